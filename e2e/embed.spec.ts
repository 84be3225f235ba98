import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './site';

function parentPage(embedUrl: string): string {
	const origin = new URL(embedUrl).origin;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>
<body>
<h1>A blog post</h1>
<iframe src="${embedUrl}" title="CIO or CTO? The recommender" width="100%" height="300"
	style="border:0" loading="lazy" data-kb-recommender></iframe>
<script>
	addEventListener('message', (event) => {
		if (event.origin !== '${origin}' || event.data?.type !== 'kb-embed-height') return;
		for (const frame of document.querySelectorAll('iframe[data-kb-recommender]')) {
			if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
		}
	});
	window.heights = [];
	addEventListener('message', (event) => window.heights.push(event.data?.height));
</script>
</body></html>`;
}

/**
 * Serves the parent page from its own local server: another origin (another port) on the same
 * machine. A page faked with `page.route` would count as public, and Chromium's local network
 * access checks would then refuse to frame the local preview server.
 */
async function serveParent(body: string): Promise<{ url: string; server: Server }> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/blog/post/`, server };
}

test('the embedded recommender works in an iframe on another origin', async ({ page, baseURL }) => {
	const embedUrl = new URL('embed/recommender/?size=large', baseURL).href;
	const parent = await serveParent(parentPage(embedUrl));
	await page.goto(parent.url);
	try {
		await checkEmbed(page);
	} finally {
		parent.server.close();
	}
});

async function checkEmbed(page: Page) {
	const frame = page.frameLocator('iframe[data-kb-recommender]');
	const iframe = page.locator('iframe[data-kb-recommender]');

	// No site chrome inside the frame.
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('CIO, CTO, both, or one person doing both?');
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('contentinfo')).toHaveCount(0);

	// The pre-filled answer from the iframe's URL, then the rest by keyboard-free clicks.
	await expect(frame.getByRole('radio', { name: /Large enterprise/ })).toBeChecked();
	await frame.getByText('Service-based or operations-heavy', { exact: true }).click();
	await frame.getByText('Operational efficiency', { exact: true }).click();
	await expect(frame.locator('[data-result]')).toHaveAttribute('data-recommendation', 'cio');
	await expect(frame.getByRole('status')).toContainText('A CIO.');

	// The frame reported its height, and the parent resized the iframe to fit the content.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
		.toBeGreaterThan(0);
	const contentHeight = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
	await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(contentHeight);
	expect(contentHeight).toBeGreaterThan(300);

	// Every link opens in the parent window.
	const links = frame.getByRole('link');
	expect(await links.count()).toBeGreaterThan(3);
	for (const link of await links.all()) await expect(link).toHaveAttribute('target', '_top');
	await frame.getByRole('link', { name: 'Goals' }).click();
	await expect(page).toHaveURL(/\/guide\/#goals$/);
}

test('the embed page is a minimal, framable page with no errors', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	const response = await page.goto('embed/recommender/');
	expect(response?.status()).toBe(200);
	expect(response?.headers()['x-frame-options']).toBeUndefined();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle(/CIO, CTO, both, or one person doing both\?/);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(0);
	await page.getByText('Start-up or small company', { exact: true }).click();
	await page.getByText('Tech-centric or product-based', { exact: true }).click();
	await page.getByText('Product innovation', { exact: true }).click();
	await expect(page.locator('[data-result]')).toHaveAttribute('data-recommendation', 'combined');
	await expect(page).toHaveURL(/\/embed\/recommender\/\?size=small&industry=tech&goal=innovation$/);
	await expect(page.getByRole('link', { name: 'Link to this answer' })).toHaveAttribute(
		'href',
		/\/recommend\/\?size=small&industry=tech&goal=innovation$/,
	);
	assertNoErrors();
});
