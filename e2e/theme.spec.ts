import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseTokens } from '../src/lib/views/tokens.ts';
import { LANGUAGES } from './lang';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/** The theme switch's option named `name` (System, Light, Dark in the page's language). */
const choice = (page: import('@playwright/test').Page, group: string, name: string) =>
	page.getByRole('group', { name: group }).getByRole('radio', { name });

/** The page background of each theme, from the colour tokens (src/styles/tokens.css). */
const { bg } = parseTokens(readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8'));
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;
const DARK_BG = rgb(bg!.dark);
const LIGHT_BG = rgb(bg!.light);

test('the theme follows the system setting by default', async ({ browser }) => {
	for (const [colorScheme, expected] of [
		['dark', DARK_BG],
		['light', LIGHT_BG],
	] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('./');
		expect(await background(page)).toBe(expected);
		await expect(choice(page, 'Theme', 'System')).toBeChecked();
		await context.close();
	}
});

test('a stored theme is applied before first paint, with no flash of the other one', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	await context.addInitScript(() => {
		localStorage.setItem('kb-theme', 'dark');
		// Record the theme at the first moment the body exists, before any paint.
		new MutationObserver((_records, observer) => {
			if (document.body) {
				(window as unknown as { themeAtBody: string | undefined }).themeAtBody =
					document.documentElement.dataset['theme'];
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	const page = await context.newPage();
	await page.goto('about/');
	expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
	await context.close();
});

// The theme's mechanics (system setting, first paint) are the same in every language; the control
// is labelled and placed in each language's own words, so it is found and used in each.
for (const { lang, t, path } of LANGUAGES) {
	test.describe(`in ${lang}`, () => {
		test('the theme toggle switches the theme and the choice persists across pages and reloads', async ({
			browser,
		}) => {
			const context = await browser.newContext({ colorScheme: 'light' });
			const page = await context.newPage();
			await page.goto(path('home'));
			await choice(page, t('theme.label'), t('theme.dark')).check();
			expect(await background(page)).toBe(DARK_BG);

			await page.reload();
			expect(await background(page)).toBe(DARK_BG);
			await expect(choice(page, t('theme.label'), t('theme.dark'))).toBeChecked();

			await page.goto(path('roles/cto'));
			expect(await background(page)).toBe(DARK_BG);

			await choice(page, t('theme.label'), t('theme.auto')).check();
			expect(await background(page)).toBe(LIGHT_BG);
			await page.reload();
			expect(await background(page)).toBe(LIGHT_BG);
			await context.close();
		});

		test('the theme switch looks like one: its choices are icons side by side, the chosen one marked', async ({
			page,
		}) => {
			await page.goto(path('home'));
			const options = page.getByRole('group', { name: t('theme.label') }).getByRole('radio');
			await expect(options).toHaveCount(3);
			const boxes = await options.evaluateAll((inputs) =>
				inputs.map((input) => {
					const box = input.getBoundingClientRect();
					return { top: Math.round(box.top), width: box.width, fill: getComputedStyle(input).backgroundColor };
				}),
			);
			// Side by side, each a target of at least 24 px, and only the chosen one filled.
			expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
			for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(24);
			expect(boxes.filter((box) => box.fill !== 'rgba(0, 0, 0, 0)')).toHaveLength(1);
		});
	});
}
