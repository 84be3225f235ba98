/**
 * Every page of the built site, found without a hand-kept list so new pages are covered the
 * moment they exist: the sitemap's URLs when `dist/` has one, plus a crawl of internal links
 * from the home page, plus the not-found page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/** The built site's folder. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** Whether a built HTML file is one of Astro's redirect stubs (a moved page), not a page. */
function isRedirectStub(file: string): boolean {
	return /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/** Every HTML page in `dist/` (redirect stubs left out), as paths relative to it (`roles/cio/index.html`). */
export async function distHtmlFiles(root = DIST): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.filter((entry) => !isRedirectStub(join(entry.parentPath, entry.name)))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Every built page as a path relative to the base, read synchronously so specs can make one test
 * per page: `roles/cio/index.html` -> `roles/cio/`; `404.html` is requested at an unknown address.
 * Empty when the site is not built.
 */
export function builtPagePaths(root = DIST): string[] {
	let entries;
	try {
		entries = readdirSync(root, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.filter((entry) => !isRedirectStub(join(entry.parentPath, entry.name)))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.map((file) => (file === '404.html' ? 'no/such/page/' : file.replace(/(^|\/)index\.html$/, '$1')))
		.map((path) => (path === '' ? './' : path))
		.sort();
}

/**
 * One page per template: pages that share a route (`roles/cio/` and `roles/cto/`, the worked
 * examples under `guide/scenarios/`) are represented by the first. For the checks whose outcome
 * depends on the markup a template makes, not on the words in it.
 */
export function onePerTemplate(paths: readonly string[]): string[] {
	const template = (path: string) => path.replace(/^(roles|guide\/scenarios)\/[^/]+\/$/, '$1/*');
	const seen = new Set<string>();
	return paths.filter((path) => !seen.has(template(path)) && Boolean(seen.add(template(path))));
}

/** Page paths (relative to the base, `roles/cio/`) listed in the sitemap, if the build made one. */
export async function sitemapPaths(root = DIST): Promise<string[]> {
	const index = await readFile(join(root, 'sitemap-index.xml'), 'utf8').catch(() => undefined);
	if (!index) return [];
	const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	const paths: string[] = [];
	for (const file of files) {
		const name = file.split('/').pop()!;
		const xml = await readFile(join(root, name), 'utf8').catch(() => '');
		for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc!).pathname);
	}
	// Sitemap URLs carry the production origin and base; keep the part after the base.
	const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	return paths.map((path) => (path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')));
}

/**
 * Every page URL of the site at `baseURL`: sitemap, crawl and the not-found page, deduplicated.
 * The crawl follows same-origin links below the base to pages (no file extension, or `.html`).
 */
export async function allPageUrls(request: APIRequestContext, baseURL: string): Promise<string[]> {
	const base = new URL(baseURL);
	const found = new Set<string>();
	const queue = [base.href, ...(await sitemapPaths()).map((path) => new URL(path, base).href)];
	while (queue.length > 0) {
		const current = queue.shift()!;
		if (found.has(current)) continue;
		found.add(current);
		const response = await request.get(current);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await response.text();
		for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"#]*)(?:#[^"]*)?"/g)) {
			if (!href) continue;
			const target = new URL(href.replace(/&amp;/g, '&'), current);
			target.search = '';
			if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) continue;
			const last = target.pathname.split('/').pop() ?? '';
			if (last.includes('.') && !last.endsWith('.html')) continue;
			if (!found.has(target.href) && !queue.includes(target.href)) queue.push(target.href);
		}
	}
	found.add(new URL('no/such/page/', base).href);
	return [...found].sort();
}
