/**
 * What Astro's incremental build (`experimental.incrementalBuild`) keys each page by. Astro reuses
 * a page from its cache folder when the page's code (its modules and what they import), the
 * configuration and the installed packages are unchanged and its `cacheKey` is the same as in the
 * last build. The key here is everything else a page can show: the whole content (every entry,
 * facts and words, since a page shows other pages' titles, sections and terms) and the middleware,
 * which runs for every page but which Astro bundles apart from the page's modules. So a second
 * build with nothing changed writes no page anew, and any change to the content writes them all:
 * never a stale page.
 */
import { createHash } from 'node:crypto';
import middleware from '../../middleware.ts?raw';
import { contentDigest } from '../content/digest';

let key: Promise<string> | undefined;

/** The `cacheKey` of every page and file a route builds from the content. */
export function pageCacheKey(): Promise<string> {
	key ??= contentDigest().then((content) =>
		createHash('sha256').update(`${content}\n`).update(middleware).digest('hex').slice(0, 40),
	);
	return key;
}
