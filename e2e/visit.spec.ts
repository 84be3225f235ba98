/**
 * One browser visit per built page does everything only a browser shows:
 * - nothing moves when the scripts arrive: the page as first painted (its module scripts removed)
 *   and as finished put the title, the section headings, the form groups, the header controls and
 *   the footer in the same place, at 375 and 1280 px;
 * - WCAG 2.2 A and AA (axe-core) in the light and the dark theme at both widths: every rule in the
 *   light theme, the colour rules in the dark one (a theme changes colours only);
 * - nothing scrolls sideways at 320 px, no heading breaks a word without a hyphen there (long words
 *   carry soft hyphens; German compounds are the test), and reading text keeps lines within 75
 *   characters at 1280 px;
 * - at 1,100 px the header shows its navigation and a search field, not the phone menu, and at
 *   1,024 px its row fits;
 * - block quotations open with the page language's quotation mark („ in German), as drawn;
 * - nothing animates when the reader asks for reduced motion;
 * - no console error, no CSP violation, and no request to any other origin, on load or in use;
 * - no search code or index before the reader asks for search (except on the search and not-found
 *   pages, which search on load);
 * - on one page per template (default language): every stop of the Tab order shows a visible focus
 *   indicator.
 * Left out of the layout comparison on purpose: `/search/?q=` and `/recommend/?size=…`, whose
 * results, arriving with the script, are what the reader asked for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, languageOf } from './lang';
import { SEARCH_REQUEST, builtPages, expectedErrors, onePerTemplate, visitedPages, watchForErrors } from './site';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules a colour change can affect: the second theme changes colours only, so it needs only these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WIDTHS: ReadonlyArray<{ width: number; height: number }> = [
	{ width: 375, height: 812 },
	{ width: 1280, height: 900 },
];

// The answer pages are sampled, one per kind of result (see visitedPages): the same template in
// the same colours needs no second axe run; html.spec.ts still reads every one of them.
const pages = visitedPages(builtPages());
// The Tab walk runs in the default language: every language's pages are the same components, and
// a focus indicator is their style, not their words.
const focusWalked = new Set(
	onePerTemplate(pages)
		.filter((page) => page.lang === LANGUAGES[0]!.lang)
		.map((page) => page.path),
);

/** The things a reader keeps their eyes on, with their place on the page. */
async function landmarks(page: Page): Promise<Record<string, { x: number; y: number }>> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	return page.evaluate(() => {
		const selectors = [
			...['h1', 'main h2[id]', 'main h3[id]', 'main fieldset', 'main [data-result]', 'main > :last-child'],
			...['header nav', '[data-search] > a', '[data-theme-switch]', 'footer'],
		];
		const places: Record<string, { x: number; y: number }> = {};
		const seen: Record<string, number> = {};
		for (const element of document.querySelectorAll(selectors.join(','))) {
			const box = element.getBoundingClientRect();
			const n = (seen[element.localName] = (seen[element.localName] ?? 0) + 1);
			const key = element.id ? `#${element.id}` : `${element.localName} ${n}`;
			places[key] = { x: Math.round(box.left + scrollX), y: Math.round(box.top + scrollY) };
		}
		return places;
	});
}

/** Applies a theme the way a reader's choice does (stored and on <html>), with the system agreeing. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((value) => {
		localStorage.setItem('kb-theme', value);
		document.documentElement.dataset['theme'] = value;
	}, theme);
	await page.evaluate(async () => {
		await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
}

/** axe's violations as readable lines; axe is injected once per page and run as often as needed. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	return page.evaluate(
		async ({ tags, rules }) => {
			type Axe = {
				run(
					context: Document,
					options: object,
				): Promise<{
					violations: Array<{
						id: string;
						impact: string;
						help: string;
						nodes: Array<{ target: string[]; failureSummary?: string }>;
					}>;
				}>;
			};
			const axe = (window as unknown as { axe: Axe }).axe;
			const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
			const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
			return violations.map(
				(violation) =>
					`${violation.id} (${violation.impact}): ${violation.help}\n` +
					violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
			);
		},
		{ tags: TAGS, rules },
	);
}

/** Templates that are read as running text, whose lines must stay readable. */
const READING = new Set(['prose', 'role', 'scenario']);

/** Paragraphs and list items in <main> whose lines run longer than 75 characters. */
async function longLines(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// Characters per line: the paragraph's text over the number of lines it takes.
		const found: string[] = [];
		for (const paragraph of document.querySelectorAll<HTMLElement>('main p, main li')) {
			// The text shown: innerText leaves out what is hidden, such as a term's closed definition.
			const text = paragraph.innerText.trim();
			if (text.length < 120 || paragraph.getClientRects().length === 0) continue;
			const lines = Math.round(
				paragraph.getBoundingClientRect().height / parseFloat(getComputedStyle(paragraph).lineHeight),
			);
			const perLine = text.length / Math.max(lines, 1);
			if (lines > 1 && perLine > 75) found.push(`${Math.round(perLine)} characters a line in "${text.slice(0, 40)}…"`);
		}
		return found;
	});
}

/** Elements that animate or transition although the reader asked for reduced motion. */
async function moving(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const seconds = (value: string) =>
			Math.max(
				...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))),
			);
		const found: string[] = [];
		for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
			for (const pseudo of [null, '::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				const transition = style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
				const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
				if (transition > 0.001 || animation > 0.001) found.push(`${element.tagName}${pseudo ?? ''}`);
			}
		}
		if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
		return found;
	});
}

/**
 * Headings (and the home page's promise) in <main> that would have to break a word without a
 * hyphen to fit: with emergency breaking switched off, their text runs wider than their box.
 */
async function unhyphenatedBreaks(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, .kb-promise)')]
			// Shown ones: a heading only for screen readers (1 px, clipped) breaks nothing anyone sees.
			.filter((heading) => heading.checkVisibility() && heading.clientWidth > 1)
			.flatMap((heading) => {
				const { overflowWrap, wordBreak } = heading.style;
				heading.style.overflowWrap = 'normal';
				heading.style.wordBreak = 'normal';
				const wide = heading.scrollWidth > heading.clientWidth + 1;
				heading.style.overflowWrap = overflowWrap;
				heading.style.wordBreak = wordBreak;
				return wide ? [`"${heading.textContent?.replaceAll('\u00AD', '').trim()}"`] : [];
			}),
	);
}

/** The first character each block quotation in <main> shows, as the browser draws it (its generated quotation mark). */
async function quotationOpenings(page: Page): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		type Node = { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[] };
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Node[] };
		const byId = new Map(nodes.map((node) => [node.nodeId, node]));
		const firstText = (node: Node | undefined): string | undefined => {
			if (!node) return undefined;
			if (node.role?.value === 'StaticText' && node.name?.value.trim()) return node.name.value.trim();
			for (const child of node.childIds ?? []) {
				const found = firstText(byId.get(child));
				if (found) return found;
			}
			return undefined;
		};
		return nodes.filter((node) => node.role?.value === 'blockquote').map((node) => firstText(node)?.[0] ?? '');
	} finally {
		await cdp.detach();
	}
}

test('the site is built, so there are pages to visit', () => {
	expect(pages.length, 'run npm run build first').toBeGreaterThan(10);
});

for (const { path, template, lang } of pages) {
	const walk = focusWalked.has(path);
	const searchesOnLoad = template === 'search' || template === 'not-found';
	test(`${path}: stays put as scripts arrive, passes axe in both themes at 375 and 1280 px${walk ? ', shows focus on every stop' : ''}`, async ({
		browser,
		baseURL,
	}) => {
		test.setTimeout(90_000);
		const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light', viewport: WIDTHS[0]! });
		const page = await context.newPage();
		const assertNoErrors = watchForErrors(page, expectedErrors(path));
		const foreign: string[] = [];
		// Search code requested before the Tab walk, the reader's first sign of intent.
		const searchCode: string[] = [];
		let intent = false;
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(url.href);
			if (!intent && SEARCH_REQUEST.test(url.pathname)) searchCode.push(url.pathname);
		});
		// The first paint: the HTML without its module scripts (the inline theme script stays), with
		// the landmarks' places at each width.
		const address = new URL(path, baseURL).href;
		await page.route(address, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
			return route.fulfill({ response, body });
		});
		await page.goto(path);
		expect(await page.evaluate(() => document.querySelectorAll('script[type="module"]').length)).toBe(0);
		const firstPaint: Array<Record<string, { x: number; y: number }>> = [];
		for (const size of WIDTHS) {
			await page.setViewportSize(size);
			firstPaint.push(await landmarks(page));
		}
		await page.unroute(address);

		// Finished: every custom element is defined; /search/ also loads its interface and index.
		await page.setViewportSize(WIDTHS[0]!);
		await page.goto(path, { waitUntil: path.includes('search/') ? 'networkidle' : 'load' });
		await page.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
		await page.evaluate(AXE);
		const violations: string[] = [];
		for (const [index, size] of WIDTHS.entries()) {
			await page.setViewportSize(size);
			await useTheme(page, 'light');
			const before = firstPaint[index]!;
			expect(Object.keys(before).length, `${path} has landmarks to compare`).toBeGreaterThan(3);
			expect(await landmarks(page), `${path} at ${size.width} px moved when its scripts ran`).toEqual(before);
			if (size.width === 1280 && READING.has(template)) {
				const long = await longLines(page);
				// Soft, so a long line does not hide the page's axe results.
				expect.soft(long, `${path} at 1280 px:\n${long.join('\n')}`).toEqual([]);
			}
			violations.push(...(await axeViolations(page)).map((line) => `light, ${size.width} px: ${line}`));
			await useTheme(page, 'dark');
			violations.push(...(await axeViolations(page, COLOUR_RULES)).map((line) => `dark, ${size.width} px: ${line}`));
		}
		expect(violations, violations.join('\n')).toEqual([]);
		if (template !== 'embed') {
			// The header's row is tightest where it starts, at 1,024 px: it fits, in every language.
			await page.setViewportSize({ width: 1024, height: 900 });
			const row = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth - innerWidth,
				header:
					Math.max(...[...document.querySelectorAll('header *')].map((e) => e.getBoundingClientRect().right)) -
					innerWidth,
			}));
			expect(row, `${path}: the header's row overflows at 1,024 px`).toEqual({ page: 0, header: expect.any(Number) });
			expect(row.header, `${path}: the header's row overflows at 1,024 px`).toBeLessThanOrEqual(0);
			// Between a phone and a wide screen: a laptop's 1,100 px has room for the header's row.
			await page.setViewportSize({ width: 1100, height: 900 });
			const header = page.getByRole('banner');
			await expect(header.getByRole('navigation')).toBeVisible();
			// A field to type in, its label shown: not the phone's magnifier button.
			const search = header.locator('[data-search] > a');
			expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(120);
			expect((await search.getByText(languageOf(lang).t('search.open')).boundingBox())!.width).toBeGreaterThan(20);
			await expect(header.getByRole('button', { name: languageOf(lang).t('nav.menu') })).toBeHidden();
		}
		const opening = languageOf(lang).t('quote.inline', { text: '' }).at(0);
		const openings = await quotationOpenings(page);
		expect(
			openings.filter((mark) => mark !== opening),
			`${path}: block quotations open with ${opening}`,
		).toEqual([]);
		await page.setViewportSize({ width: 320, height: 640 });
		const overflow = await page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			const wide = [...document.querySelectorAll('body *')]
				.filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
				.map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
			return { by: document.documentElement.scrollWidth - innerWidth, wide: wide.slice(0, 5) };
		});
		expect(overflow.by, `${path} scrolls sideways at 320 px: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
		const broken = await unhyphenatedBreaks(page);
		expect(broken, `${path} at 320 px breaks a word without a hyphen in:\n${broken.join('\n')}`).toEqual([]);
		expect(await moving(page), `${path} moves despite reduced motion`).toEqual([]);

		await page.waitForLoadState('networkidle');
		if (!searchesOnLoad) expect(searchCode, `${path} loaded search before the reader asked`).toEqual([]);

		if (walk) {
			intent = true;
			// Every focus stop is recorded as it happens, so a Tab press costs one round trip.
			await useTheme(page, 'light');
			await page.evaluate(() => {
				const stops: Array<{ name: string; shown: boolean }> = [];
				(window as unknown as { kbStops: typeof stops }).kbStops = stops;
				document.addEventListener('focusin', (event) => {
					const element = event.target as HTMLElement;
					const style = getComputedStyle(element);
					const box = element.getBoundingClientRect();
					const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
					const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
					stops.push({
						name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
						shown: visible && (outlined || style.boxShadow !== 'none'),
					});
				});
				(document.activeElement as HTMLElement | null)?.blur();
			});
			const count = await page.evaluate(
				() =>
					[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')].filter(
						(element) => element.checkVisibility(),
					).length,
			);
			for (let press = 0; press <= count; press++) await page.keyboard.press('Tab');
			const stops = await page.evaluate(
				() => (window as unknown as { kbStops: Array<{ name: string; shown: boolean }> }).kbStops,
			);
			expect(stops.length, 'the page has focus stops').toBeGreaterThan(0);
			const missing = stops.filter((stop) => !stop.shown).map((stop) => stop.name);
			expect(missing, `focus not shown on:\n${missing.join('\n')}`).toEqual([]);
		}
		await page.waitForLoadState('networkidle');
		expect(foreign, `${path} asked another origin`).toEqual([]);
		assertNoErrors();
		await context.close();
	});
}
