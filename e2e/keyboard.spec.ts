/**
 * Keyboard-only journeys: skip link, navigation, theme choice, in every language. A visible focus
 * indicator on every focus stop and reduced motion are checked on every page by visit.spec.ts;
 * search and the recommender have their own specs.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPage, LANGUAGES, navLabel } from './lang';
import { watchForErrors } from './site';

/** Where focus is: in the main content, or the main element itself. */
async function focusInfo(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		return { inMain: !!element.closest('main'), isMain: element.tagName === 'MAIN' };
	});
}

for (const language of LANGUAGES) {
	const { lang, t, path } = language;

	test.describe(`in ${lang}`, () => {
		test('the skip link is the first focus stop, becomes visible and moves focus into the main content', async ({
			page,
		}) => {
			const assertNoErrors = watchForErrors(page);
			await page.goto(path('roles/cio'));
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: t('skipLink') });
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			const box = await skip.boundingBox();
			expect(box!.width).toBeGreaterThan(20);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/#main$/);
			const info = await focusInfo(page);
			expect(info?.isMain || info?.inMain, 'focus is in <main> after the skip link').toBe(true);
			// The next Tab continues inside the main content, not back in the header.
			await page.keyboard.press('Tab');
			expect((await focusInfo(page))?.inMain).toBe(true);
			assertNoErrors();
		});

		test('the main navigation is reachable with Tab and followed with Enter', async ({ page, baseURL }) => {
			const assertNoErrors = watchForErrors(page);
			await page.goto(path('home'));
			const nav = page.getByRole('navigation', { name: t('nav.label') });
			const target = nav.getByRole('link', { name: navLabel(language, 'differences'), exact: true });
			for (let stops = 0; stops < 30; stops++) {
				await page.keyboard.press('Tab');
				if (await target.evaluate((element) => element === document.activeElement)) break;
			}
			await expect(target).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new URL(path('differences'), baseURL).href);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtPage(lang, 'differences').heading);
			assertNoErrors();
		});

		test('the theme is chosen with the keyboard alone', async ({ browser }) => {
			const context = await browser.newContext({ colorScheme: 'light' });
			const page = await context.newPage();
			const assertNoErrors = watchForErrors(page);
			await page.goto(path('home'));
			// A three-way switch: Tab reaches the chosen option, the arrow keys choose.
			const theme = page.getByRole('group', { name: t('theme.label') });
			const system = theme.getByRole('radio', { name: t('theme.auto') });
			for (let stops = 0; stops < 30; stops++) {
				await page.keyboard.press('Tab');
				if (await system.evaluate((element) => element === document.activeElement)) break;
			}
			await expect(system).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect(theme.getByRole('radio', { name: t('theme.dark') })).toBeChecked();
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
			assertNoErrors();
			await context.close();
		});
	});
}
