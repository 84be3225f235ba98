import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp, LANGUAGES, languageOf, type Language } from './lang';
import { BASE, DIST, watchForErrors } from './site';
import { serveDist, type StaticServer } from './static-server';
import { BASE_PATH_TAG } from './tags';

/** An address that ends with `path` (a page's address relative to the base, as `path()` gives it). */
const endingWith = (path: string) => new RegExp(`/${escapeRegExp(path)}$`);

/** A radio's accessible name: its answer's label, then its hint. */
const radioName = (label: string) => new RegExp(`^${escapeRegExp(label)}(\\s|$)`);

/** The recommender's question files by param (`size` → `size.yaml`, `goal` → `goals.yaml`). */
const QUESTION_FILES = new Map(
	readdirSync('content/guide')
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => [(parseYaml(readFileSync(`content/guide/${file}`, 'utf8')) as { param: string }).param, file]),
);

/**
 * Helper of this spec: the words of the embed that come from the content files in `lang`: an answer's
 * label, a question's name (`content/guide/<lang>/`), and the title of the recommender's page, which
 * the embed shares (`content/pages/<lang>/recommend.mdx`).
 */
function contentWords(lang: string) {
	const question = (param: string) => {
		const file = QUESTION_FILES.get(param);
		if (!file) throw new Error(`content/guide has no question "${param}"`);
		return parseYaml(readFileSync(`content/guide/${lang}/${file}`, 'utf8')) as {
			title: string;
			options: Record<string, { label: string }>;
		};
	};
	return {
		label(param: string, id: string): string {
			const option = question(param).options[id];
			if (!option) throw new Error(`content/guide/${lang}: question "${param}" has no answer "${id}"`);
			return option.label;
		},
		factor: (param: string): string => question(param).title,
		title(): string {
			const file = `content/pages/${lang}/recommend.mdx`;
			const [, yaml = ''] = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8')) ?? [];
			const title = (parseYaml(yaml) as { title?: string }).title;
			if (!title) throw new Error(`${file} has no title`);
			return title;
		},
	};
}

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

for (const language of LANGUAGES) {
	const { lang, t, path } = language;
	const { label } = contentWords(lang);

	test.describe(`in ${lang}`, () => {
		test(
			'the embedded recommender works in an iframe on another origin',
			{ tag: BASE_PATH_TAG },
			async ({ page, baseURL }) => {
				const embedUrl = new URL(path('embed?size=large'), baseURL).href;
				const parent = await serveParent(parentPage(embedUrl));
				await page.goto(parent.url);
				try {
					await checkEmbed(page, language, baseURL!);
				} finally {
					parent.server.close();
				}
			},
		);

		test(
			'the embed page is a minimal, framable page with no errors',
			{ tag: BASE_PATH_TAG },
			async ({ page, baseURL }) => {
				const assertNoErrors = watchForErrors(page);
				const response = await page.goto(path('embed'));
				expect(response?.status()).toBe(200);
				expect(response?.headers()['x-frame-options']).toBeUndefined();
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page).toHaveTitle(new RegExp(escapeRegExp(contentWords(lang).title())));
				await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
				await expect(page.getByRole('banner')).toHaveCount(0);
				await page.getByText(label('size', 'small'), { exact: true }).click();
				await page.getByText(label('industry', 'tech'), { exact: true }).click();
				await page.getByText(label('goal', 'innovation'), { exact: true }).click();
				await expect(page.locator('[data-result]')).toHaveAttribute('data-recommendation', 'combined');
				await expect(page).toHaveURL(new URL(path('embed?size=small&industry=tech&goal=innovation'), baseURL).href);
				// The card is the compact one; its reasons are on the answer's own page.
				await expect(page.getByRole('link', { name: t('recommend.more') })).toHaveAttribute(
					'href',
					endingWith(path('answers/small-tech-innovation')),
				);
				assertNoErrors();
			},
		);
	});
}

async function checkEmbed(page: Page, { lang, t, path }: Language, baseURL: string) {
	const words = contentWords(lang);
	const frame = page.frameLocator('iframe[data-kb-recommender]');
	const iframe = page.locator('iframe[data-kb-recommender]');

	// No site chrome inside the frame.
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(words.title());
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('contentinfo')).toHaveCount(0);

	// The pre-filled answer from the iframe's URL, then the rest by keyboard-free clicks.
	await expect(frame.getByRole('radio', { name: radioName(words.label('size', 'large')) })).toBeChecked();
	await frame.getByText(words.label('industry', 'service'), { exact: true }).click();
	await frame.getByText(words.label('goal', 'efficiency'), { exact: true }).click();
	await expect(frame.locator('[data-result]')).toHaveAttribute('data-recommendation', 'cio');
	await expect(frame.getByRole('status')).toContainText(t('recommend.headline.cio'));

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
	await frame.getByRole('link', { name: t('recommend.next.guide', { factor: words.factor('industry') }) }).click();
	await expect(page).toHaveURL(new URL(path('guide#industry'), baseURL).href);
}

/**
 * A blog post on another origin that embeds the recommender the way WordPress does for a provider it
 * finds by oEmbed discovery: the iframe sandboxed to `allow-scripts` (so the frame's origin is
 * opaque), hidden until it first speaks, with `#?secret=…` on its address and `data-secret`. The
 * script is this test's own, speaking the protocol of WordPress's wp-includes/js/wp-embed.js: a
 * `height` message sets the iframe's height (200 to 1000 px) and removes its style, a `link`
 * message navigates the top window when the address is on the frame's host and the frame has
 * focus, and a frame added without a secret gets one and a `ready` message.
 */
function wordpressPost(embedUrl: string, secret: string | undefined): string {
	const src = secret ? `${embedUrl}#?secret=${secret}` : embedUrl;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title></head>
<body>
<h1>A WordPress post</h1>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"
	style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="CIO or CTO? The recommender"
	src="${src}" ${secret ? `data-secret="${secret}"` : ''} width="600" height="760" frameborder="0"></iframe>
<script>
	window.messages = [];
	addEventListener('message', (event) => {
		const data = event.data;
		window.messages.push(data);
		if (!data || !data.secret || /[^a-zA-Z0-9]/.test(data.secret)) return;
		for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
			if (event.source !== frame.contentWindow) continue;
			frame.removeAttribute('style');
			if (data.message === 'height') {
				frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0));
			} else if (data.message === 'link') {
				const from = new URL(frame.getAttribute('src'));
				const to = new URL(data.value);
				if (/^https?:$/.test(to.protocol) && to.host === from.host && document.activeElement === frame) {
					window.top.location.href = data.value;
				}
			}
		}
	});
	addEventListener('DOMContentLoaded', () => {
		for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
			let key = frame.getAttribute('data-secret');
			if (!key) {
				key = 'late' + Math.random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, '0');
				frame.src += '#?secret=' + key;
				frame.setAttribute('data-secret', key);
			}
			frame.contentWindow.postMessage({ message: 'ready', secret: key }, '*');
		}
	});
</script>
</body></html>`;
}

/**
 * How WordPress frames it (a sandbox, messages, the CORS header) is mechanics no language changes:
 * English only, to keep the suite fast.
 */
test.describe('embedded by WordPress: sandboxed to allow-scripts, on another origin', () => {
	const { lang, t, path } = languageOf('en');
	const { label } = contentWords(lang);
	let host: StaticServer;
	test.beforeAll(async () => {
		// The site as a static host serves it, with the headers of dist/_headers (the CORS header on
		// the scripts among them), not the preview server.
		host = await serveDist({ root: DIST, base: BASE });
	});
	test.afterAll(async () => {
		await host?.close();
	});

	test(
		'runs in the opaque-origin frame, is resized by its height messages and links through the parent',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			const embedUrl = new URL(path('embed?size=growing'), host.url).href;
			const parent = await serveParent(wordpressPost(embedUrl, 'Abc123XYZ0'));
			try {
				await page.goto(parent.url);
				const iframe = page.locator('iframe.wp-embedded-content');
				const frame = page.frameLocator('iframe.wp-embedded-content');
				// Its scripts loaded and ran although every request from the frame is cross-origin.
				await expect(frame.getByRole('radio', { name: radioName(label('size', 'growing')) })).toBeChecked();
				await frame.getByText(label('industry', 'service'), { exact: true }).click();
				await frame.getByText(label('goal', 'innovation'), { exact: true }).click();
				await expect(frame.locator('[data-result]')).toHaveAttribute('data-recommendation', 'both');
				// The parent took the height from WordPress's messages: the style that hid the frame is gone,
				// and the frame is as tall as its content, up to WordPress's 1,000 px.
				await expect(iframe).not.toHaveAttribute('style');
				const height = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
				await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(Math.min(1000, height));
				const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
				expect(messages).toContainEqual({ message: 'height', value: height, secret: 'Abc123XYZ0' });
				expect(messages).toContainEqual({ type: 'kb-embed-height', height });
				// A sandboxed frame may not navigate the top window; the link goes through the parent.
				await frame.getByRole('link', { name: t('recommend.more') }).click();
				await expect(page).toHaveURL(new URL(path('answers/growing-service-innovation'), host.url).href);
				await expect(page.locator('main [data-card] [data-headline]')).toHaveText(t('recommend.headline.both'));
				assertNoErrors();
			} finally {
				parent.server.close();
			}
		},
	);

	test(
		'answers a parent that adds the secret after the frame loaded and then says it is ready',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			const parent = await serveParent(wordpressPost(new URL(path('embed'), host.url).href, undefined));
			try {
				await page.goto(parent.url);
				const iframe = page.locator('iframe.wp-embedded-content');
				await expect(iframe).toHaveAttribute('data-secret', /^late/);
				await expect(iframe).not.toHaveAttribute('style');
				const secret = await iframe.getAttribute('data-secret');
				const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
				expect(messages).toContainEqual(expect.objectContaining({ message: 'height', secret }));
				assertNoErrors();
			} finally {
				parent.server.close();
			}
		},
	);

	test(
		'without the CORS header on its scripts, the frame could not run them: the header is why it works',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			const bare = await serveDist({ root: DIST, base: BASE, withHeaders: false });
			const parent = await serveParent(wordpressPost(new URL(path('embed'), bare.url).href, 'Abc123XYZ0'));
			try {
				await page.goto(parent.url);
				const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
				await frame.waitForLoadState('load');
				expect(await frame.evaluate(() => customElements.get('kb-recommender') === undefined)).toBe(true);
			} finally {
				parent.server.close();
				await bare.close();
			}
		},
	);
});
