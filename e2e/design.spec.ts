/**
 * What a reader notices first about the design: the home page's first screen offers the
 * recommender, the phone header stays compact and its menu works by keyboard and without script,
 * pages prefetch on intent, and the pictures can be read without seeing them. (Line length is
 * measured on every visited page: visit.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp, LANGUAGES, navLabel } from './lang';
import { watchForErrors } from './site';

const PHONE = { width: 375, height: 812 };

/** The roles' focus in `lang`, in the comparison's words (content/differences/<lang>/focus.yaml). */
const focusWords = (lang: string) =>
	parseYaml(readFileSync(`content/differences/${lang}/focus.yaml`, 'utf8')) as {
		cio: { short: string };
		cto: { short: string };
	};

for (const language of LANGUAGES) {
	const { lang, t, path } = language;

	test.describe(`in ${lang}`, () => {
		test('the home page offers the recommender and the comparison on the first screen of a phone', async ({
			page,
			baseURL,
		}) => {
			await page.setViewportSize(PHONE);
			await page.goto(path('home'));
			const main = page.getByRole('main');
			const recommender = main.getByRole('link', { name: t('start.recommend') });
			await expect(recommender).toBeInViewport({ ratio: 1 });
			await expect(recommender).toHaveAttribute('href', new URL(path('recommend'), baseURL).pathname);
			await expect(main.getByRole('link', { name: t('start.compare') })).toBeInViewport({ ratio: 1 });
			// The one line that says how the roles differ (their focus, in the comparison's words) is on the first screen too.
			const { cio, cto } = focusWords(lang);
			await expect(
				main.getByText(new RegExp(`${escapeRegExp(cio.short)}.*${escapeRegExp(cto.short)}`, 'i')).first(),
			).toBeInViewport();
		});

		test('the phone header is at most 72 px tall, and its menu opens and closes by keyboard', async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			await page.setViewportSize(PHONE);
			await page.goto(path('roles/cio'));
			const header = page.getByRole('banner');
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
			const nav = page.getByRole('navigation', { name: t('nav.label') });
			await expect(nav).toBeHidden();
			const menu = header.locator('summary');
			await expect(menu).toHaveAccessibleName(t('nav.menu'));
			await menu.focus();
			await page.keyboard.press('Enter');
			await expect(nav).toBeVisible();
			await expect(page.getByLabel(t('theme.label'))).toBeVisible();
			// The next Tab stops land in the menu, and a link there leads on.
			await page.keyboard.press('Tab');
			await expect(nav.getByRole('link').first()).toBeFocused();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Enter');
			await expect(nav).toBeHidden();
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
			assertNoErrors();
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('the phone menu still opens and leads to every page of the navigation', async ({ page, baseURL }) => {
				await page.setViewportSize(PHONE);
				await page.goto(path('home'));
				await page.getByRole('banner').locator('summary').click();
				const nav = page.getByRole('navigation', { name: t('nav.label') });
				await expect(nav).toBeVisible();
				await nav.getByRole('link', { name: navLabel(language, 'guide') }).click();
				await expect(page).toHaveURL(new URL(path('guide'), baseURL).href);
			});
		});
	});
}

test('hovering a link to another page prefetches it', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('./');
	const prefetched = page.waitForRequest(
		(request) =>
			request.url() === new URL('differences/', baseURL).href &&
			request.headers()['sec-purpose']?.includes('prefetch') === true,
	);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Differences' }).hover();
	await prefetched;
});
