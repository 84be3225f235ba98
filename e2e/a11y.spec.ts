/**
 * WCAG 2.2 AA, shown: an axe scan of every page of the built site (every HTML file in dist/, which
 * covers every sitemap URL; checked below) in light and dark theme at phone and desktop widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPageUrls, builtPagePaths } from './site-pages';
import { NOT_FOUND_STATUS, watchForErrors } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
	{ name: 'phone', width: 375, height: 812 },
	{ name: 'desktop', width: 1280, height: 900 },
] as const;

const pages = builtPagePaths();

test('the site is built, so there are pages to scan', () => {
	expect(pages.length, 'run npm run build first').toBeGreaterThan(0);
});

test('every page in the sitemap and every page linked from home is a built page that gets scanned', async ({
	request,
	baseURL,
}) => {
	const scanned = new Set(pages.map((path) => new URL(path, baseURL).href));
	const missing = (await allPageUrls(request, baseURL!)).filter((url) => !scanned.has(url));
	expect(missing).toEqual([]);
});

/** Rules a colour change can affect: a second theme changes colours only, so it needs only these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const path of pages) {
	test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ browser }) => {
		test.setTimeout(90_000);
		for (const size of WIDTHS) {
			const context = await browser.newContext({
				colorScheme: 'light',
				reducedMotion: 'reduce',
				viewport: { width: size.width, height: size.height },
			});
			const page = await context.newPage();
			const assertNoErrors = watchForErrors(page, { allow: path === 'no/such/page/' ? [NOT_FOUND_STATUS] : [] });
			await page.goto(path);
			for (const theme of THEMES) {
				// The system setting and the stored choice agree, so both ways of picking a theme are covered.
				await page.emulateMedia({ colorScheme: theme });
				await page.evaluate((value) => {
					localStorage.setItem('kb-theme', value);
					document.documentElement.dataset['theme'] = value;
				}, theme);
				// Let the colour change settle (transitions, even shortened ones) before axe reads colours.
				await page.evaluate(async () => {
					await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
					await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
				});
				// Every rule in the first theme; in the second only what colours can change.
				// Only violations are reported: collecting every passing node is most of axe's work.
				const builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] });
				const results = await (theme === THEMES[0] ? builder : builder.withRules(COLOUR_RULES)).analyze();
				const violations = results.violations.map(
					(violation) =>
						`${violation.id} (${violation.impact}): ${violation.help}\n` +
						violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
				);
				expect(violations, `${path}, ${theme} theme, ${size.name}:\n${violations.join('\n')}`).toEqual([]);
			}
			assertNoErrors();
			await context.close();
		}
	});
}
