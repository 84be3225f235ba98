/**
 * What a reader notices first about the design: the home page's first screen offers the
 * recommender, the phone header stays compact and its menu (a popover) opens and closes by keyboard,
 * by its close button and by its backdrop, also without script, and pages prefetch on intent.
 * (Line length, the header at 1,100 px, German headings at 320 px and German block quotations are
 * checked on every visited page: visit.spec.ts.)
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
			// (Read as shown: soft hyphens in long words are invisible.)
			const { cio, cto } = focusWords(lang);
			const differ = `${escapeRegExp(cio.short)}.*${escapeRegExp(cto.short)}`;
			const onScreen = await main
				.locator('p')
				.evaluateAll(
					(paragraphs, source) =>
						paragraphs
							.filter((p) => new RegExp(source, 'i').test((p.textContent ?? '').replaceAll('\u00AD', '')))
							.map((p) => p.getBoundingClientRect().bottom <= innerHeight && p.checkVisibility()),
					differ,
				);
			expect(onScreen[0], `a paragraph saying ${differ}`).toBe(true);
		});

		test('the phone header is at most 72 px tall, and its menu opens and closes by keyboard, close button and backdrop', async ({
			page,
		}) => {
			const assertNoErrors = watchForErrors(page);
			await page.setViewportSize(PHONE);
			await page.goto(path('roles/cio'));
			const header = page.getByRole('banner');
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
			const nav = page.getByRole('navigation', { name: t('nav.label') });
			await expect(nav).toBeHidden();
			const menu = header.getByRole('button', { name: t('nav.menu') });
			await menu.focus();
			await page.keyboard.press('Enter');
			await expect(nav).toBeVisible();
			await expect(page.getByRole('group', { name: t('theme.label') })).toBeVisible();
			// The next Tab stops land in the menu, and a link there leads on.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: t('nav.close') })).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(nav.getByRole('link').first()).toBeFocused();
			// Escape closes it and gives focus back to the menu button.
			await page.keyboard.press('Escape');
			await expect(nav).toBeHidden();
			await expect(menu).toBeFocused();
			// The close button closes it.
			await menu.click();
			await page.getByRole('button', { name: t('nav.close') }).click();
			await expect(nav).toBeHidden();
			// The page behind is dimmed while it is open, and a click there closes it.
			await menu.click();
			const backdrop = await page
				.locator('#kb-menu')
				.evaluate((panel) => getComputedStyle(panel, '::backdrop').backgroundColor);
			expect(backdrop).not.toMatch(/^rgba\(0, 0, 0, 0\)$|transparent/);
			await page.mouse.click(20, 400);
			await expect(nav).toBeHidden();
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
			assertNoErrors();
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('the phone menu still opens, closes and leads to every page of the navigation', async ({
				page,
				baseURL,
			}) => {
				await page.setViewportSize(PHONE);
				await page.goto(path('home'));
				const nav = page.getByRole('navigation', { name: t('nav.label') });
				await page
					.getByRole('banner')
					.getByRole('button', { name: t('nav.menu') })
					.click();
				await expect(nav).toBeVisible();
				await page.getByRole('button', { name: t('nav.close') }).click();
				await expect(nav).toBeHidden();
				await page
					.getByRole('banner')
					.getByRole('button', { name: t('nav.menu') })
					.click();
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
