import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './site';

/**
 * Nothing on a page moves when its scripts arrive: parts that need script (the recommender's form,
 * the search form, the theme control, copy-link buttons) take their place before the first paint.
 * Each page is loaded twice: as first painted (module scripts removed, so only the inline head
 * script has run) and as it ends up once every script has run. The title, every section heading,
 * the header's controls and the footer must sit at the same place in both. Unlike a layout-shift
 * observer, this does not depend on when the browser happens to paint.
 *
 * Left out on purpose: `/search/?q=` and `/recommend/?size=…`, whose results, arriving with the
 * script, are what the reader asked for.
 */
const paths = [...PAGES.map(({ path }) => path), 'search/', 'embed/recommender/', 'no/such/page/'];

/** The things a reader keeps their eyes on, with their place on the page. */
async function landmarks(page: Page): Promise<Record<string, { x: number; y: number }>> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	return page.evaluate(() => {
		const selectors = [
			...['h1', 'main h2[id]', 'main h3[id]', 'main fieldset', 'main [data-result]', 'main > :last-child'],
			...['header nav', 'kb-search a', 'kb-theme-select', 'footer'],
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

/** Phone and desktop: each page is loaded once and measured at both widths. */
const WIDTHS = [375, 1280];
const half = Math.ceil(paths.length / 2);

for (const [part, group] of [paths.slice(0, half), paths.slice(half)].entries()) {
	test(`nothing moves when the scripts arrive, ${WIDTHS.join(' and ')} px wide (part ${part + 1})`, async ({
		browser,
	}) => {
		test.setTimeout(120_000);
		const painted = await browser.newPage();
		// The first paint: the HTML without its module scripts (the inline theme script stays).
		await painted.route('**/*', async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const body = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
			return route.fulfill({ response, body });
		});
		const finished = await browser.newPage();
		for (const path of group) {
			await painted.goto(path);
			// Finished: every custom element is defined; /search/ also loads its interface and index.
			await finished.goto(path, { waitUntil: path.startsWith('search/') ? 'networkidle' : 'load' });
			await finished.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
			expect(await painted.evaluate(() => document.querySelectorAll('script[type="module"]').length)).toBe(0);
			for (const width of WIDTHS) {
				for (const page of [painted, finished]) await page.setViewportSize({ width, height: 800 });
				const before = await landmarks(painted);
				expect(Object.keys(before).length, `${path} has landmarks to compare`).toBeGreaterThan(3);
				expect(await landmarks(finished), `${path} at ${width} px moved when its scripts ran`).toEqual(before);
			}
		}
		await painted.close();
		await finished.close();
	});
}
