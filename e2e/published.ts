/** What the site publishes for machines: the sitemap's pages and the permalink registry. */
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';
import { parsePermalinks, type PermalinkRegistry } from '../src/lib/permalinks';

/** The permalink registry in the repository. */
export function readPermalinks(): PermalinkRegistry {
	return parsePermalinks(readFileSync(new URL('../permalinks.txt', import.meta.url), 'utf8'));
}

/** A site path (`/roles/cio/`) as a path relative to the suite's baseURL (`roles/cio/`). */
export function relative(sitePath: string): string {
	return sitePath === '/' ? './' : sitePath.replace(/^\//, '');
}

/** The sitemap's page URLs, as absolute canonical URLs and as paths relative to the baseURL. */
export async function sitemapPages(
	request: APIRequestContext,
	baseURL: string,
): Promise<Array<{ canonical: string; path: string }>> {
	const basePath = new URL(baseURL).pathname;
	const locs = async (file: string) => {
		const response = await request.get(new URL(file, baseURL).href);
		expect(response.status(), file).toBe(200);
		return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
	};
	const pages: Array<{ canonical: string; path: string }> = [];
	for (const sitemap of await locs('sitemap-index.xml')) {
		const { pathname } = new URL(sitemap);
		expect(pathname.startsWith(basePath), `${sitemap} lies under ${basePath}`).toBe(true);
		for (const canonical of await locs(pathname.slice(basePath.length))) {
			const page = new URL(canonical).pathname;
			expect(page.startsWith(basePath), `${canonical} lies under ${basePath}`).toBe(true);
			pages.push({ canonical, path: page.slice(basePath.length) || './' });
		}
	}
	return pages;
}
