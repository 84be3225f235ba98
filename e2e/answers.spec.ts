/**
 * The answer pages (`/recommend/<size>-<industry>-<goal>/`), the grid of all answers and the
 * oEmbed endpoint: what needs no browser is read from the build, then what only a browser shows
 * (the grid at 320 px, the page without script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { languageOf } from './lang';
import { TITLE_LIMIT } from '../src/lib/views/seo.ts';
import { BASE, DIST, builtPages, sitemapPaths, watchForErrors } from './site';

const pages = builtPages();
const answerPages = pages.filter((page) => page.template === 'answer');
const SIZES = ['small', 'growing', 'large'];
const INDUSTRIES = ['tech', 'service', 'mixed'];
const GOALS = ['efficiency', 'innovation', 'both'];
const ALL = SIZES.flatMap((size) =>
	INDUSTRIES.flatMap((industry) => GOALS.map((goal) => `${size}-${industry}-${goal}`)),
);

test('every combination of answers has its own page, out of the sitemap and of search, with its own canonical URL and preview image', () => {
	const english = answerPages.filter((page) => page.lang === 'en').map((page) => page.path);
	expect(english.sort()).toEqual(ALL.map((id) => `recommend/${id}/`).sort());
	const listed = new Set(sitemapPaths());
	const images = new Set<string>();
	for (const page of answerPages) {
		expect(listed.has(page.path), `${page.path} is in the sitemap`).toBe(false);
		const canonical = page.html.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
		expect(new URL(canonical).pathname, page.path).toBe(`${BASE}${page.path}`);
		expect(page.html.meta['robots'], page.path).toBeUndefined();
		// Pagefind indexes only elements marked data-pagefind-body; an answer page has none.
		expect(page.html.root.querySelector('[data-pagefind-body]'), page.path).toBeNull();
		const image = new URL(page.html.meta['og:image']!).pathname;
		expect(image, page.path).toBe(`${BASE}og/${page.path.replace(/\/$/, '')}.png`);
		const png = readFileSync(join(DIST, image.slice(BASE.length)));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		images.add(png.toString('base64'));
		// The heading is the answer in words, the line under it the company; the description says both,
		// so a shared link reads as the answer in chat apps. The title is the grid's short form (the
		// answer in a few words, then the three answers), short enough for a search result to show whole.
		const { t } = languageOf(page.lang);
		const kinds = ['cio', 'cto', 'both', 'combined'] as const;
		// The longest headline the heading opens with ("Ein CIO und ein CTO" opens with "Ein CIO" too).
		const opening = (each: (typeof kinds)[number]) => t(`recommend.headline.${each}`).split('{')[0]!;
		const kind = kinds
			.filter((each) => page.heading.startsWith(opening(each)))
			.sort((a, b) => opening(b).length - opening(a).length)[0];
		expect(kind, `${page.path}: “${page.heading}” is the answer`).toBeDefined();
		const company = page.html.root.querySelectorAll('main header p').at(-1)?.text.trim() ?? '';
		expect(company, page.path).toMatch(/^\p{Lu}.{40,}[^.]$/u);
		const description = page.html.meta['og:description'] ?? '';
		expect(description, page.path).toContain(page.heading);
		expect(description, page.path).toContain(company);
		const title = page.html.meta['og:title'] ?? '';
		expect(title, page.path).toBe(page.html.root.querySelector('title')?.text);
		expect(title.length, `${page.path}: “${title}”`).toBeLessThanOrEqual(TITLE_LIMIT);
		const cells =
			kind === 'combined'
				? ['cio', 'cto', 'balanced'].map((lean) =>
						t('recommend.cell.combined', { lean: t(`recommend.cellLean.${lean}`) }),
					)
				: [t(`recommend.cell.${kind}`)];
		expect(
			cells.some((cell) => title.startsWith(`${cell}: `)),
			`${page.path}: “${title}” opens with the grid's words for its answer`,
		).toBe(true);
		expect(title, `${page.path}: one separator before the site's name at most`).not.toMatch(/ · .+ · /);
	}
	expect(images.size, 'each answer page has an image of its own').toBe(answerPages.length);
});

test('an answer page reads in full without script: the answer, each answer with its reason, what next, the grid with itself marked', () => {
	const page = pages.find((candidate) => candidate.path === 'recommend/growing-service-innovation/')!;
	const card = page.html.root.querySelector('main [data-card]')!;
	expect(card.getAttribute('data-recommendation')).toBe('both');
	expect(card.querySelector('[data-headline]')!.text).toBe('Both a CIO and a CTO');
	// For whoever receives it: the answer, the company in a plain line, the answers as chips, and
	// a way to try it with their own answers.
	expect(page.heading).toBe('Both a CIO and a CTO');
	expect(page.html.root.querySelectorAll('main header p').at(-1)?.text.trim()).toBe(
		'A growing company that offers a service or runs heavy operations, aiming first at product innovation',
	);
	expect(
		page.html.root
			.querySelectorAll('main ul[aria-label="The answers given"] li')
			.map((chip) => chip.text.replace(/\s+/g, ' ').trim()),
	).toEqual([
		'Company size: Growing company',
		'Industry: Service-based or operations-heavy',
		'Goals: Product innovation',
	]);
	const tryIt = page.html.root
		.querySelectorAll('main a')
		.find((link) => link.text.trim() === 'Try it with your own answers');
	expect(tryIt?.getAttribute('href')).toBe('#try');
	expect(page.html.root.querySelector('#try ~ kb-recommender [data-form]')).not.toBeNull();
	const rows = card.querySelectorAll('[data-row]');
	expect(rows.map((row) => row.querySelector('[data-label]')?.text.trim())).toEqual([
		'Growing company',
		'Service-based or operations-heavy',
		'Product innovation',
		undefined,
	]);
	for (const row of rows.slice(0, 3)) expect(row.querySelector('[data-text]')!.text.length).toBeGreaterThan(40);
	expect(rows[2]!.text).toContain("the CTO's work");
	const next = card.querySelectorAll('ul a').map((link) => link.getAttribute('href'));
	expect(next).toEqual([
		`${BASE}roles/cio/`,
		`${BASE}roles/cto/`,
		`${BASE}guide/scenarios/hospital-group/`,
		`${BASE}guide/#goals`,
		`${BASE}who-decides-what/`,
	]);
	const current = page.html.root.querySelectorAll('[data-grid] [aria-current]');
	expect(current.map((cell) => [cell.getAttribute('aria-current'), cell.getAttribute('href')])).toEqual([
		['page', `${BASE}recommend/growing-service-innovation/`],
	]);
	const change = page.html.root.querySelectorAll('main a').find((link) => link.text.includes('Change these answers'));
	expect(change?.getAttribute('href')).toBe(`${BASE}recommend/?size=growing&industry=service&goal=innovation`);
});

test('the grid of all answers on /recommend/ links every cell to its answer page, the cell named by its answers', () => {
	const recommend = pages.find((page) => page.path === 'recommend/')!;
	const cells = recommend.html.root.querySelectorAll('[data-grid] a');
	expect(cells.map((cell) => cell.getAttribute('href')).sort()).toEqual(
		ALL.map((id) => `${BASE}recommend/${id}/`).sort(),
	);
	for (const cell of cells) {
		expect(cell.getAttribute('aria-current')).toBeUndefined();
	}
	const first = cells.find((cell) => cell.getAttribute('href') === `${BASE}recommend/large-service-efficiency/`)!;
	expect(first.text.replace(/\s+/g, ' ').trim()).toBe('Large · Service · Efficiency: CIO');
});

test('/recommend/ and the embed page announce the oEmbed response, a rich iframe of the embed page', () => {
	const embed = pages.find((page) => page.template === 'embed' && page.lang === 'en')!;
	const recommend = pages.find((page) => page.path === 'recommend/')!;
	const links = [recommend, embed].map((page) =>
		page.html.root.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href'),
	);
	expect(links[0]).toBeDefined();
	expect(links[1]).toBe(links[0]);
	const url = new URL(links[0]!);
	expect(url.pathname).toBe(`${BASE}embed/recommender/oembed.json`);
	const response = JSON.parse(readFileSync(join(DIST, url.pathname.slice(BASE.length)), 'utf8')) as Record<
		string,
		string | number
	>;
	expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 700, title: embed.heading });
	// WordPress's own format: a link to the page first, so WordPress loads its host script for it.
	expect(String(response['html'])).toMatch(/^<blockquote class="wp-embedded-content"><a href="[^"]+\/recommend\/">/);
	const iframe = /<iframe src="([^"]+)" title="([^"]+)"/.exec(String(response['html']))!;
	expect(new URL(iframe[1]!).pathname).toBe(`${BASE}${embed.path}`);
	expect(iframe[2]).toBe(embed.heading);
	// Only pages that have an embed announce one.
	const role = pages.find((page) => page.path === 'roles/cio/')!;
	expect(role.html.root.querySelector('link[type="application/json+oembed"]')).toBeNull();
});

test('the oEmbed response is served as JSON', async ({ request }) => {
	const response = await request.get('embed/recommender/oembed.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/application\/json/);
	expect((await response.json()) as object).toMatchObject({ type: 'rich' });
});

test.describe('the grid at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('fits, with every word whole (a line may break only between words or after a hyphen)', async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.goto('recommend/');
		const grid = page.locator('[data-grid]');
		await grid.scrollIntoViewIfNeeded();
		const report = await grid.evaluate((table) => {
			const broken: string[] = [];
			const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement!;
				if (element.closest('.sr-only')) continue;
				const text = node.textContent ?? '';
				// Each piece between spaces and after hyphens must sit on one line.
				for (const match of text.matchAll(/[^\s-]+-?/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
					if (lines.size > 1) broken.push(match[0]);
				}
			}
			const box = table.getBoundingClientRect();
			return { broken, right: box.right, cells: table.querySelectorAll('a').length };
		});
		expect(report.broken).toEqual([]);
		expect(report.right).toBeLessThanOrEqual(320);
		expect(report.cells).toBe(27);
		assertNoErrors();
	});
});

test.describe('sharing an answer page', () => {
	const { t } = languageOf('en');
	const answerPage = answerPages.find((page) => page.lang === 'en' && page.path === 'recommend/growing-tech-both/')!;
	const address = answerPage.html.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;

	test('“Copy link” copies the page’s address and says so; without a share sheet, no share button', async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
		const assertNoErrors = watchForErrors(page);
		await page.goto(answerPage.path);
		await expect(page.getByRole('button', { name: t('recommend.page.share') })).toBeHidden();
		await page.getByRole('button', { name: t('recommend.copy') }).click();
		await expect(page.getByRole('status').filter({ hasText: t('recommend.copied') })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
		assertNoErrors();
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

		test('“Share” opens the platform’s share sheet with the page’s address and title', async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			// Chromium on Linux has no share sheet: a stand-in records what the page hands it.
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'share', {
					value: (data: unknown) => {
						(window as unknown as { shared: unknown }).shared = data;
						return Promise.resolve();
					},
				});
			});
			await page.goto(answerPage.path);
			await page.getByRole('button', { name: t('recommend.page.share') }).click();
			expect(await page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual({
				url: address,
				title: answerPage.html.root.querySelector('title')!.text.replace(/ · [^·]+$/, ''),
			});
			assertNoErrors();
		});
	});
});
