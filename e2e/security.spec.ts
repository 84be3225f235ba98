/**
 * The strict security policy, shown: every built page carries a CSP without unsafe script
 * sources; the host headers file sends the same policy plus the other security headers; the site
 * works under those headers with no violation; no page asks any other origin for anything.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseCsp, parseHeadersFile, unsafeScriptSources } from '../src/lib/headers.ts';
import { DIST, builtPagePaths, distHtmlFiles, onePerTemplate } from './site-pages';
import { NOT_FOUND_STATUS, watchForErrors } from './site';
import { serveDist, type StaticServer } from './static-server';

const pages = builtPagePaths();
/** Per-page browser checks run once per template; axe (a11y.spec.ts) still covers every page. */
const templatePages = onePerTemplate(pages);
const BASE = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;
const decode = (value: string) =>
	value
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** The URL path a dist file is served at. */
const servedPath = (file: string) => BASE + file.replace(/(^|\/)index\.html$/, '$1');

/** Uses the page the way a reader would: every focus stop, then each theme. */
async function interact(page: Page) {
	for (let stops = 0; stops < 12; stops++) await page.keyboard.press('Tab');
	const theme = page.getByLabel('Theme');
	if (await theme.isVisible()) {
		for (const value of ['dark', 'light', 'auto']) await theme.selectOption(value);
	}
}

test('every built page has a CSP meta element with no unsafe script source', async () => {
	const files = await distHtmlFiles();
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		const match = META.exec(await readFile(join(DIST, file), 'utf8'));
		expect(match, `${file} has no CSP meta element`).not.toBeNull();
		const policy = decode(match![1]!);
		expect(unsafeScriptSources(policy), `${file}: ${policy}`).toEqual([]);
		const csp = parseCsp(policy);
		expect(csp.get('default-src'), file).toEqual(["'self'"]);
		expect(csp.get('object-src'), file).toEqual(["'none'"]);
		expect(csp.get('base-uri'), file).toEqual(["'self'"]);
	}
});

test('the headers file sends each page its own policy plus the other security headers', async () => {
	const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
	for (const file of await distHtmlFiles()) {
		const path = servedPath(file);
		const headers = headersFor(rules, path);
		expect(headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
		const header = headers.get('content-security-policy') ?? '';
		expect(header, `${path}: one policy, not several joined`).not.toContain(',');
		const sent = parseCsp(header);
		const meta = parseCsp(decode(META.exec(await readFile(join(DIST, file), 'utf8'))![1]!));
		for (const [directive, sources] of meta) {
			expect(sent.get(directive), `${path} ${directive}`).toEqual(expect.arrayContaining(sources));
		}
		expect(unsafeScriptSources(header), path).toEqual([]);
		const framable = path.startsWith(`${BASE}embed/`);
		expect(sent.get('frame-ancestors'), path).toEqual(framable ? ['*'] : ["'none'"]);
	}
});

for (const path of templatePages) {
	test(`${path} asks no other origin for anything, on load or in use`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
		});
		const assertNoErrors = watchForErrors(page, { allow: path === 'no/such/page/' ? [NOT_FOUND_STATUS] : [] });
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await interact(page);
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
		assertNoErrors();
	});
}

test.describe('under the host headers', () => {
	let host: StaticServer;
	test.beforeAll(async () => {
		host = await serveDist({ root: DIST, base: BASE });
	});
	test.afterAll(async () => {
		await host?.close();
	});

	for (const path of templatePages) {
		test(`${path} loads and works with the headers applied, with no violation`, async ({ page }) => {
			const assertNoErrors = watchForErrors(page, { allow: path === 'no/such/page/' ? [NOT_FOUND_STATUS] : [] });
			const response = await page.goto(new URL(path, host.url).href);
			const headers = response!.headers();
			expect(headers['x-content-type-options']).toBe('nosniff');
			if (path !== 'no/such/page/') {
				expect(response!.status()).toBe(200);
				expect(headers['content-security-policy']).toContain('frame-ancestors');
				// Script-driven controls only show when the header policy lets the bundles run: the theme
				// control on site pages, the questions on the embed page (which has no site chrome).
				if (path.startsWith('embed/')) await expect(page.getByRole('radio').first()).toBeVisible();
				else await expect(page.getByLabel('Theme')).toBeVisible();
			}
			await interact(page);
			assertNoErrors();
		});
	}

	test('search runs under the header policy: dialog, results, highlight on the landing page', async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.goto(new URL('roles/cio/', host.url).href);
		await page.keyboard.press('Control+K');
		const dialog = page.getByRole('dialog', { name: 'Search the knowledge base' });
		await dialog.getByRole('searchbox', { name: 'Search terms' }).fill('emerging technologies');
		await expect(dialog.locator('[data-search-status]')).toContainText('for “emerging technologies”');
		await dialog.locator('[data-search-results] > li > a').first().click();
		await expect(page).toHaveURL(/pagefind-highlight=/);
		await expect(page.locator('mark').first()).toBeVisible();
		assertNoErrors();
	});

	test('the recommender runs under the header policy', async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.goto(new URL('recommend/?size=large&industry=mixed&goal=both', host.url).href);
		await expect(page.locator('kb-recommender [data-result]')).toHaveAttribute('data-recommendation', 'both');
		await page.getByRole('radio', { name: /Operational efficiency/ }).check();
		await expect(page.locator('kb-recommender [data-result]')).toHaveAttribute('data-recommendation', 'cio');
		assertNoErrors();
	});

	test('a stored theme still applies before first paint under the header policy', async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.addInitScript(() => localStorage.setItem('kb-theme', 'dark'));
		await page.goto(new URL('about/', host.url).href);
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		assertNoErrors();
	});

	test('another site cannot frame a page, but may frame the embed page', async ({ page }) => {
		// The parent is a page on another origin (another port); it frames whatever ?src names.
		const parent = createServer((request, response) => {
			const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
			const attribute = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
			response
				.writeHead(200, { 'content-type': 'text/html' })
				.end(`<!doctype html><title>parent</title><iframe src="${attribute}"></iframe>`);
		});
		await new Promise<void>((resolve) => parent.listen(0, '127.0.0.1', resolve));
		const parentUrl = `http://127.0.0.1:${(parent.address() as AddressInfo).port}/`;
		const open = await serveDist({ root: DIST, base: BASE, withHeaders: false });
		const shown = async (url: string) => {
			await page.goto(`${parentUrl}?src=${encodeURIComponent(url)}`);
			await page.waitForLoadState('load');
			const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
			// A refused frame shows the browser's error page (chrome-error://) instead of the page.
			return !!frame && frame.url() === url && (await frame.evaluate(() => document.body.innerText.length > 0));
		};
		try {
			expect(await shown(open.url), 'without the headers the frame shows the page (the check works)').toBe(true);
			expect(await shown(host.url), 'the home page is shown inside a foreign frame').toBe(false);
			expect(await shown(new URL('roles/cio/', host.url).href)).toBe(false);
			const embed = pages.find((path) => path.startsWith('embed/'));
			test.info().annotations.push({ type: 'embed page', description: embed ?? 'none built yet' });
			if (embed) expect(await shown(new URL(embed, host.url).href), 'the embed page is refused').toBe(true);
		} finally {
			await open.close();
			parent.closeAllConnections();
			parent.close();
		}
	});
});
