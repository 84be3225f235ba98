import { expect, test } from '@playwright/test';
import { PAGES } from './site';

/**
 * Nothing on a page may jump while it loads: parts that need script (the recommender's form, the
 * search form, the theme control, copy-link buttons) take their place before the first paint.
 * Layout shifts are what Lighthouse scores as CLS. The bound, 0.01 per page, is a tenth of what
 * Lighthouse calls good: a form appearing under the reader's eyes scores 0.07 to 0.3, while a
 * busy machine painting a half-parsed header can move a button by a pixel (about 0.001).
 * /search/?q= is left out on purpose: results arriving there are what the reader asked for.
 */
const paths = [...PAGES.map(({ path }) => path), 'search/', 'embed/recommender/', 'no/such/page/'];
const LIMIT = 0.01;

type Shift = { value: number; nodes: string };

for (const width of [375, 1280]) {
	test(`no layout shift while pages load, ${width} px wide`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height: 800 });
		await page.addInitScript(() => {
			const shifts: Shift[] = [];
			(window as unknown as { kbShifts: Shift[] }).kbShifts = shifts;
			type Entry = PerformanceEntry & { value: number; sources?: Array<{ node?: Node | null }> };
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Entry[]) {
					const nodes = (entry.sources ?? []).map(({ node }) =>
						node instanceof Element ? `<${node.localName} class="${node.className}">` : String(node?.nodeName),
					);
					shifts.push({ value: entry.value, nodes: nodes.join(', ') });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const path of paths) {
			await page.goto(path, { waitUntil: 'networkidle' });
			// Two frames, so a shift caused by the last script is laid out and reported.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const shifts = await page.evaluate(() => (window as unknown as { kbShifts: Shift[] }).kbShifts);
			const total = shifts.reduce((sum, { value }) => sum + value, 0);
			const report = shifts.map(({ value, nodes }) => `${value.toFixed(4)} ${nodes}`).join('\n');
			expect(total, `${path} moved while loading:\n${report}`).toBeLessThan(LIMIT);
		}
	});
}
