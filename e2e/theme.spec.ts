import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseTokens } from '../src/lib/views/tokens.ts';
import { LANGUAGES } from './lang';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

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
		await expect(page.getByLabel('Theme')).toHaveValue('auto');
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
			await page.getByLabel(t('theme.label')).selectOption('dark');
			expect(await background(page)).toBe(DARK_BG);

			await page.reload();
			expect(await background(page)).toBe(DARK_BG);
			await expect(page.getByLabel(t('theme.label'))).toHaveValue('dark');

			await page.goto(path('roles/cto'));
			expect(await background(page)).toBe(DARK_BG);

			await page.getByLabel(t('theme.label')).selectOption('auto');
			expect(await background(page)).toBe(LIGHT_BG);
			await page.reload();
			expect(await background(page)).toBe(LIGHT_BG);
			await context.close();
		});

		test('the theme control is reachable and usable by keyboard', async ({ page }) => {
			await page.goto(path('home'));
			const select = page.getByLabel(t('theme.label'));
			await select.focus();
			await expect(select).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(select).not.toHaveValue('auto');
		});
	});
}
