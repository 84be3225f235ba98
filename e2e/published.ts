/** The permalink registry (permalinks.txt), the public contract the e2e suite guards. */
import { readFileSync } from 'node:fs';
import { parsePermalinks, type PermalinkRegistry } from '../src/lib/domain/permalinks.ts';

/** The permalink registry in the repository. */
export function readPermalinks(): PermalinkRegistry {
	return parsePermalinks(readFileSync(new URL('../permalinks.txt', import.meta.url), 'utf8'));
}

/** A site path (`/roles/cio/`) as a path relative to the suite's baseURL (`roles/cio/`). */
export function relative(sitePath: string): string {
	return sitePath === '/' ? './' : sitePath.replace(/^\//, '');
}
