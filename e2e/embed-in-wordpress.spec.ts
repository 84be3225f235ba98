/**
 * The embed in a real WordPress post, the client it is made for (README, "Embedding"; issue 21):
 * Debian's WordPress 6.1 (e2e/wordpress/harness.ts) publishes a post with the recommender's address
 * in each language on a line of its own, finds the embed by oEmbed discovery in the build's own
 * pages, and shows it with its own host script (wp-embed.js). Then, in Chromium, at a desk's and a
 * phone's width: each frame is sandboxed, shown, and exactly as tall as its content (no scrollbar
 * inside) before and after answering, answering scrolls nothing on the blog's page, and a link in
 * the answer opens the knowledge base in the blog's window, with no error on the way.
 *
 * The knowledge base is served as a static host serves it (dist/ with the headers of `_headers`)
 * on a loopback port; WordPress and the browser reach its public address there, as a hosts file
 * would make them, so every address in the build stays as it is published.
 */
import { test as base, expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { LANGUAGES, builtPage } from './lang';
import { BASE, DIST, watchForErrors } from './site';
import { serveDist, type StaticServer } from './static-server';
import { startWordPress } from './wordpress/harness';

/** The recommender's public address in each language, as the build publishes it (its canonical URL). */
const addresses = LANGUAGES.map(({ lang, t }) => {
	const href = builtPage(lang, 'recommend').html.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
	if (!href) throw new Error(`the built recommender page in ${lang} has no canonical URL`);
	return { lang, t, url: href };
});
const publicOrigin = new URL(addresses[0]!.url).origin;

/** The blog, with its post, and the knowledge base's local host; set up once for this file's tests. */
const test = base.extend<object, { blog: { post: string; host: StaticServer } }>({
	blog: [
		async ({}, use) => {
			const host = await serveDist({ root: DIST, base: BASE });
			const port = Number(process.env['E2E_PORT'] ?? 4321) + 5;
			let wordpress;
			try {
				wordpress = await startWordPress({ port, knowledgeBase: { origin: host.origin, publicOrigin } });
				// A post as a blogger writes it: some words, and each address on a line of its own.
				const post = await wordpress.publish(
					'Which technology executive do we need?',
					[
						'<p>We answered three questions about our company. Try it for yours:</p>',
						...addresses.flatMap(({ url }) => [url, '<p>…</p>']),
					].join('\n\n'),
				);
				await use({ post, host });
			} finally {
				await wordpress?.stop();
				await host.close();
			}
		},
		// Installing the packages (only where they are missing) and WordPress take their time.
		{ scope: 'worker', timeout: 240_000 },
	],
});

// One WordPress for the file: its tests run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

/** The browser resolves the knowledge base's public host to its local host, as WordPress does. */
async function resolveKnowledgeBase(context: BrowserContext, host: StaticServer) {
	await context.route(`${publicOrigin}/**`, async (route) => {
		const url = new URL(route.request().url());
		try {
			const response = await route.fetch({ url: `${host.origin}${url.pathname}${url.search}` });
			await route.fulfill({ response });
		} catch (error) {
			// A request the page gave up meanwhile (it navigated: the embed's link opens the knowledge
			// base in the blog's window) has nobody to answer; anything else is a failure.
			if (/disposed|closed|destroyed/i.test(String(error))) return;
			throw error;
		}
	});
}

/** The frame's content height, and whether its content scrolls inside it. */
const measure = (frame: FrameLocator) =>
	frame.locator('html').evaluate((html) => ({
		content: Math.ceil(html.getBoundingClientRect().height),
		scrolls: html.scrollHeight > innerHeight || html.scrollWidth > innerWidth,
	}));

/** Checks that WordPress shows the frame at its content's height, within its 200–1,000 px. */
async function expectSizedToContent(page: Page, index: number, frame: FrameLocator) {
	const iframe = page.locator('iframe.wp-embedded-content').nth(index);
	await expect
		.poll(async () => {
			const { content } = await measure(frame);
			return Number(await iframe.getAttribute('height')) - content;
		})
		.toBe(0);
	const { content, scrolls } = await measure(frame);
	expect(content, 'WordPress makes an embed at most 1,000 px tall').toBeLessThanOrEqual(1000);
	expect(scrolls, 'nothing scrolls inside the frame').toBe(false);
	expect(Math.round((await iframe.boundingBox())!.height)).toBe(content);
}

for (const viewport of [
	{ name: 'a desk', width: 1280, height: 800, follow: 'en' },
	{ name: 'a phone', width: 375, height: 812, follow: 'de' },
]) {
	test(`in a WordPress post on ${viewport.name}, each language's embed is shown, sized to its content before and after answering, and its link opens the knowledge base in the blog's window`, async ({
		browser,
		blog,
	}) => {
		const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
		const page = await context.newPage();
		const assertNoErrors = watchForErrors(page);
		try {
			await resolveKnowledgeBase(context, blog.host);
			await page.goto(blog.post);
			const iframes = page.locator('iframe.wp-embedded-content');
			await expect(iframes).toHaveCount(addresses.length);
			// WordPress loads its host script only for an embed in its own format (a blockquote first).
			await expect(page.locator('script#wp-embed-js')).toHaveCount(1);
			for (const [index, { lang, t }] of addresses.entries()) {
				const iframe = iframes.nth(index);
				const frame = page.locator('iframe.wp-embedded-content').nth(index).contentFrame();
				// WordPress's own treatment: sandboxed to scripts, hidden behind the link until it speaks.
				await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
				const secret = await iframe.getAttribute('data-secret');
				expect(secret).toMatch(/^[a-zA-Z0-9]{10}$/);
				await expect(page.locator(`blockquote.wp-embedded-content[data-secret="${secret}"]`)).toHaveCount(1);
				await expect(iframe).not.toHaveAttribute('style');
				await expect(page.locator(`blockquote[data-secret="${secret}"]`)).toBeHidden();
				await expect(frame.locator('html')).toHaveAttribute('lang', lang);
				await expectSizedToContent(page, index, frame);

				// Answering, the last answer clicked where the reader sees it: the blog's page stays put.
				await frame.locator('input[name="size"][value="growing"]').check();
				await frame.locator('input[name="industry"][value="tech"]').check();
				const last = frame.locator('input[name="goal"][value="both"]');
				await last.scrollIntoViewIfNeeded();
				const scrolled = await page.evaluate(() => scrollY);
				await last.check();
				await expect(frame.getByRole('status')).toHaveText(new RegExp(`^${t('recommend.headline.cto')}`));
				expect(await page.evaluate(() => scrollY), 'answering scrolls nothing on the blog').toBe(scrolled);
				await expectSizedToContent(page, index, frame);
			}

			// A link in the answer opens the knowledge base in the blog's window (through wp-embed.js).
			const index = addresses.findIndex(({ lang }) => lang === viewport.follow);
			const { lang, t } = addresses[index]!;
			const guide = builtPage(lang, 'guide').html.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
			const frame = page.locator('iframe.wp-embedded-content').nth(index).contentFrame();
			const link = frame.getByRole('link', { name: new RegExp(t('recommend.next.guide', { factor: '.+' })) });
			await link.click();
			await expect(page).toHaveURL(`${guide}#goals`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtPage(lang, 'guide').heading);
			assertNoErrors();
		} finally {
			await context.close();
		}
	});
}
