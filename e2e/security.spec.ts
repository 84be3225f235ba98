/**
 * The strict security policy at work: the site runs under the host's headers with no violation,
 * and no foreign site can frame it (except the embed page). The policies themselves are read from
 * the build by html.spec.ts; visit.spec.ts shows that no page asks another origin for anything.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { languageOf } from './lang';
import { BASE, DIST, NOT_FOUND_PATH, builtPages, expectedErrors, onePerTemplate, watchForErrors } from './site';
import { serveDist, type StaticServer } from './static-server';

const pages = builtPages();
/** Browser checks run once per template; html.spec.ts reads every page's policy from the build. */
const templatePages = onePerTemplate(pages);

test.describe('under the host headers', () => {
	let host: StaticServer;
	test.beforeAll(async () => {
		host = await serveDist({ root: DIST, base: BASE });
	});
	test.afterAll(async () => {
		await host?.close();
	});

	test('one page of every template loads and runs its scripts with the headers applied, with no violation', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const assertNoErrors = watchForErrors(page, expectedErrors(NOT_FOUND_PATH));
		for (const { path, template, lang } of templatePages) {
			const theme = languageOf(lang).t('theme.label');
			const response = await page.goto(new URL(path, host.url).href);
			const headers = response!.headers();
			expect(headers['x-content-type-options']).toBe('nosniff');
			if (path !== NOT_FOUND_PATH) {
				expect(response!.status()).toBe(200);
				expect(headers['content-security-policy']).toContain('frame-ancestors');
				// Script-driven controls only show when the header policy lets the bundles run: the theme
				// control on site pages, the questions on the embed page (which has no site chrome).
				if (template === 'embed') await expect(page.getByRole('radio').first()).toBeVisible();
				else await expect(page.getByRole('group', { name: theme })).toBeVisible();
			}
			// Every custom element of the page is defined: its script ran under the header policy.
			await page.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
			if (template !== 'embed') {
				const { t } = languageOf(lang);
				for (const choice of [t('theme.dark'), t('theme.auto')]) {
					await page.getByRole('group', { name: theme }).getByRole('radio', { name: choice }).check();
				}
			}
		}
		assertNoErrors();
	});

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
			const embed = pages.find((candidate) => candidate.template === 'embed')?.path;
			test.info().annotations.push({ type: 'embed page', description: embed ?? 'none built yet' });
			if (embed) expect(await shown(new URL(embed, host.url).href), 'the embed page is refused').toBe(true);
		} finally {
			await open.close();
			parent.closeAllConnections();
			parent.close();
		}
	});
});
