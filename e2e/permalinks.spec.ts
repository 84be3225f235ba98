import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isRedirectStub, readBuiltPage, redirectTarget } from '../src/lib/build/built-html.ts';
import { headersFor, parseHeadersFile } from '../src/lib/build/headers.ts';
import { readPermalinks, relative } from './published';
import { BASE, DIST, sitemapPaths } from './site';
import { BASE_PATH_TAG } from './tags';

/**
 * The permalink registry (permalinks.txt) is a promise to everyone who links in: each recorded URL
 * is still served, each recorded #anchor still exists, and each moved page redirects.
 */
const registry = readPermalinks();

test('every recorded page and file is served', { tag: BASE_PATH_TAG }, async ({ request, baseURL }) => {
	const missing: string[] = [];
	for (const path of registry.pages) {
		const response = await request.get(new URL(relative(path), baseURL).href, { maxRedirects: 0 });
		if (response.status() !== 200) missing.push(`${path}: ${response.status()}`);
	}
	expect(missing, `recorded URLs no longer served; add "old -> new" lines:\n${missing.join('\n')}`).toEqual([]);
});

test('every recorded heading anchor still exists on its page', { tag: BASE_PATH_TAG }, async ({ request, baseURL }) => {
	const missing: string[] = [];
	const idsByPage = new Map<string, Set<string>>();
	for (const { path, anchor } of registry.anchors) {
		if (!idsByPage.has(path)) {
			const html = await (await request.get(new URL(relative(path), baseURL).href)).text();
			idsByPage.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
		}
		if (!idsByPage.get(path)!.has(anchor)) missing.push(`${path}#${anchor}`);
	}
	expect(missing, `recorded anchors gone:\n${missing.join('\n')}`).toEqual([]);
});

test(
	'every moved page leaves a redirect at its old address that needs no script and passes the CSP',
	{ tag: BASE_PATH_TAG },
	() => {
		expect(registry.redirects.length).toBeGreaterThan(0);
		const headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
		const problems: string[] = [];
		for (const { from, to } of registry.redirects) {
			const file = join(DIST, relative(from), 'index.html');
			const page = existsSync(file) ? readBuiltPage(readFileSync(file, 'utf8')) : undefined;
			if (!page) {
				problems.push(`${from}: no page`);
				continue;
			}
			if (redirectTarget(page) !== `${BASE}${relative(to)}`.replace(/\/\.\//, '/')) {
				problems.push(`${from}: refreshes to ${redirectTarget(page)}, not ${to}`);
			}
			if (!isRedirectStub(page) || page.root.querySelector('[style]')) problems.push(`${from}: runs script or styles`);
			// The host sends it the site's policy, under which a refresh needs nothing.
			const policy = headersFor(headers, `${BASE}${relative(from)}`).get('content-security-policy') ?? '';
			if (!policy.includes("default-src 'self'") || !policy.includes("frame-ancestors 'none'")) {
				problems.push(`${from}: no strict Content-Security-Policy header`);
			}
		}
		expect(problems).toEqual([]);
	},
);

test(
	'a moved page’s old address lands on the new one in a browser',
	{ tag: BASE_PATH_TAG },
	async ({ page, baseURL }) => {
		// One redirect of each folder in the browser (the build's stubs are all read above).
		const seen = new Set<string>();
		const sample = registry.redirects.filter(({ from }) => {
			const folder = from.replace(/[^/]+\/$/, '');
			return !seen.has(folder) && Boolean(seen.add(folder));
		});
		for (const { from, to } of sample) {
			await page.goto(relative(from));
			await page.waitForURL(new URL(relative(to), baseURL).href);
			const target = new URL(relative(to), baseURL);
			expect(new URL(page.url()).pathname).toBe(target.pathname);
			expect(new URL(page.url()).hash).toBe(target.hash);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (target.hash) await expect(page.locator(target.hash)).toBeAttached();
		}
	},
);

test('every page in the sitemap is recorded, so publishing a page is a conscious act', { tag: BASE_PATH_TAG }, () => {
	const recorded = new Set(registry.pages.map(relative));
	const unrecorded = sitemapPaths().filter((path) => !recorded.has(path));
	expect(unrecorded, 'add these pages to permalinks.txt').toEqual([]);
});
