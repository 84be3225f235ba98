import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { builtPage, escapeRegExp, LANGUAGES, languageOf, type Language } from './lang';
import { BASE, DIST, builtPages, watchForErrors } from './site';
import { serveDist, type StaticServer } from './static-server';
import { headersFor, parseHeadersFile } from '../src/lib/build/headers.ts';
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
			question: string;
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
		/** A question as the form asks it ("How large is your organisation?"). */
		question: (param: string): string => question(param).question,
		title(): string {
			const file = `content/pages/${lang}/recommend.mdx`;
			const [, yaml = ''] = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8')) ?? [];
			const title = (parseYaml(yaml) as { title?: string }).title;
			if (!title) throw new Error(`${file} has no title`);
			return title;
		},
	};
}

/**
 * A blog post with the code "Embed this" on /recommend/ gives, as a blogger pastes it: the iframe
 * and its host script, taken from the built page in `lang` (its addresses moved from the public
 * origin to the one under test), and a recorder of the messages the frame sends.
 */
function parentPage(lang: string, origin: string): string {
	const recommend = builtPage(lang, 'recommend').html.root;
	const code = recommend.querySelector('#embed-code')?.text;
	if (!code) throw new Error(`the built recommender page in ${lang} has no embed code (#embed-code)`);
	const published = new URL(recommend.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>
<body>
<h1>A blog post</h1>
${code.replaceAll(published, origin)}
<script>
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
			'pasted as “Embed this” gives it, the recommender works in an iframe on another origin and is sized to its content',
			{ tag: BASE_PATH_TAG },
			async ({ page, baseURL }) => {
				const parent = await serveParent(parentPage(lang, new URL(baseURL!).origin));
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
				// On a phone the frame must fit WordPress's 1,000 px, before the answer and after it.
				await page.setViewportSize({ width: 375, height: 812 });
				const height = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
				expect(await height()).toBeLessThanOrEqual(1000);
				const firstQuestion = page.getByRole('group', { name: contentWords(lang).question('size') });
				await page.getByText(label('size', 'small'), { exact: true }).click();
				await page.getByText(label('industry', 'tech'), { exact: true }).click();
				await page.getByText(label('goal', 'innovation'), { exact: true }).click();
				await expect(page.locator('[data-result]')).toHaveAttribute('data-recommendation', 'combined');
				await expect(page).toHaveURL(new URL(path('embed?size=small&industry=tech&goal=innovation'), baseURL).href);
				// The answer takes the questions' place, with the title and the credit still there.
				await expect(firstQuestion).toBeHidden();
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(
					page.getByRole('link', { name: t('site.homeTitle', { site: t('site.name'), tagline: t('site.tagline') }) }),
				).toBeVisible();
				expect(await height()).toBeLessThanOrEqual(1000);
				// The way back keeps the answers; a changed one shows its answer at once.
				await page.getByRole('button', { name: t('recommend.change') }).click();
				await expect(firstQuestion).toBeVisible();
				await expect(page.getByRole('radio', { name: radioName(label('size', 'small')) })).toBeChecked();
				await page.getByText(label('size', 'large'), { exact: true }).click();
				await expect(page.locator('[data-result]')).toHaveAttribute('data-recommendation', 'cto');
				await expect(firstQuestion).toBeHidden();
				// The card is the compact one; its reasons are on the answer's own page.
				await expect(page.getByRole('link', { name: t('recommend.more') })).toHaveAttribute(
					'href',
					endingWith(path('answers/large-tech-innovation')),
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

	// Before the answer, as after it, the frame is as tall as its content.
	// Both heights are read afresh on each try: the content may still be settling (its stylesheet,
	// the form's script) when the first try reads it, and the frame must follow it.
	const fits = async () => {
		await expect
			.poll(async () => {
				const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
				const shown = Math.round((await iframe.boundingBox())!.height);
				return `frame ${shown} px for ${content} px of content`;
			})
			.toMatch(/^frame (\d+) px for \1 px of content$/);
	};
	await fits();
	await frame.getByText(words.label('size', 'large'), { exact: true }).click();
	await frame.getByText(words.label('industry', 'service'), { exact: true }).click();
	await frame.getByText(words.label('goal', 'efficiency'), { exact: true }).click();
	await expect(frame.locator('[data-result]')).toHaveAttribute('data-recommendation', 'cio');
	await expect(frame.getByRole('status')).toContainText(t('recommend.headline.cio'));

	// The frame reported its height, and the parent resized the iframe to fit the content.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
		.toBeGreaterThan(0);
	await fits();

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
 * How WordPress frames it (a sandbox, messages) is mechanics no language changes: English only, to
 * keep the suite fast. The real WordPress is in embed-in-wordpress.spec.ts (at the root); this
 * host page speaks its protocol under the base path too.
 */
test.describe('embedded by WordPress: sandboxed to allow-scripts, on another origin', () => {
	const { lang, t, path } = languageOf('en');
	const { label } = contentWords(lang);
	let host: StaticServer;
	test.beforeAll(async () => {
		// A static host that ignores dist/_headers (S3, nginx without the documented rules): no
		// Access-Control-Allow-Origin anywhere. The embed needs none: its script and words are inline.
		host = await serveDist({ root: DIST, base: BASE, withHeaders: false });
	});
	test.afterAll(async () => {
		await host?.close();
	});

	test(
		'runs in the opaque-origin frame without any CORS header, is resized by its height messages and links through the parent',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			const embedUrl = new URL(path('embed?size=growing'), host.url).href;
			const parent = await serveParent(wordpressPost(embedUrl, 'Abc123XYZ0'));
			// What the frame asks the host for: its page and its stylesheet, nothing that needs CORS.
			const requested: string[] = [];
			page.on('request', (request) => {
				if (request.frame() !== page.mainFrame()) requested.push(`${request.resourceType()} ${request.url()}`);
			});
			try {
				await page.goto(parent.url);
				const iframe = page.locator('iframe.wp-embedded-content');
				const frame = page.frameLocator('iframe.wp-embedded-content');
				await expect(frame.getByRole('radio', { name: radioName(label('size', 'growing')) })).toBeChecked();
				await frame.getByText(label('industry', 'service'), { exact: true }).click();
				await frame.getByText(label('goal', 'innovation'), { exact: true }).click();
				await expect(frame.locator('[data-result]')).toHaveAttribute('data-recommendation', 'both');
				expect(requested.map((line) => line.split(' ')[0])).toEqual(['document', 'stylesheet']);
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
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('recommend.headline.both'));
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
});

test(
	'the embed page runs only inline script, each allowed by its hash, and carries its words: it fetches nothing to run',
	{
		tag: BASE_PATH_TAG,
	},
	() => {
		const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
		for (const page of builtPages().filter((candidate) => candidate.template === 'embed')) {
			const scripts = page.html.scripts.filter((script) => script.executable);
			expect(scripts.length, page.path).toBeGreaterThan(0);
			const header = headersFor(rules, `${BASE}${page.path}`).get('content-security-policy') ?? '';
			const inBody = new Set(page.html.root.querySelectorAll('body script').map((element) => element.rawText));
			for (const script of scripts) {
				expect(script.src, `${page.path}: a script file`).toBeUndefined();
				const hash = `'sha256-${createHash('sha256').update(script.body).digest('base64')}'`;
				// The host's policy allows each; the page's own (its meta element) each that runs after it.
				expect(header, `${page.path}: the hash of an inline script in the header`).toContain(hash);
				if (inBody.has(script.body))
					expect(page.html.csp, `${page.path}: the hash in the page's policy`).toContain(hash);
			}
			const recommender = page.html.root.querySelector('kb-recommender')!;
			expect(recommender.getAttribute('data-words'), page.path).toBeUndefined();
			const { words } = JSON.parse(recommender.getAttribute('data-words-json') ?? '{}') as {
				words: Record<string, string>;
			};
			expect(Object.keys(words), page.path).toContain('recommend.headline.cto');
		}
	},
);
