import { expect, test } from '@playwright/test';
import { headingText, LANGUAGES } from './lang';
import { watchForErrors } from './site';

for (const { lang, t, path } of LANGUAGES) {
	test.describe(`in ${lang}`, () => {
		test("a heading's one link control is reachable by keyboard, leads to the section and copies its address", async ({
			page,
			context,
			baseURL,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
			const assertNoErrors = watchForErrors(page);
			const id = 'managing-it-infrastructure-and-budgets';
			const name = headingText(lang, 'roles/cio', id);
			await page.goto(path('roles/cio?utm_source=newsletter&ref=blog'));
			const heading = page.getByRole('heading', { name });
			const link = page.getByRole('link', { name: `${t('heading.anchor')} ${name}` });
			// One control per heading, at least 24×24 px, shown when it has focus.
			await expect(heading.getByRole('link')).toHaveCount(1);
			await link.focus();
			await expect(link).toBeVisible();
			const box = (await link.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
			await page.keyboard.press('Enter');

			await expect(page.getByRole('status').filter({ hasText: t('heading.copied') })).toBeVisible();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			// The page's own address without the query string, with the heading's id.
			expect(copied).toBe(new URL(path(`roles/cio#${id}`), baseURL).href);
			await expect(page).toHaveURL(new RegExp(`#${id}$`));
			expect(await heading.getAttribute('id')).toBe(id);
			assertNoErrors();
		});

		test('when the clipboard refuses, the page says where the link is instead of failing silently', async ({
			page,
		}) => {
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: () => Promise.reject(new Error('denied')) },
				});
			});
			await page.goto(path('differences'));
			await page
				.getByRole('link', { name: `${t('heading.anchor')} ${headingText(lang, 'differences', 'side-by-side')}` })
				.click();
			await expect(page.getByRole('status').filter({ hasText: t('heading.copyFailed') })).toHaveCount(1);
		});

		test('"Copy as Markdown" copies the page\'s Markdown and says so; where copying fails, the Markdown opens', async ({
			page,
			context,
			baseURL,
			request,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
			const assertNoErrors = watchForErrors(page);
			await page.goto(path('faq'));
			const control = page.getByRole('link', { name: t('markdown.copy') });
			await control.click();
			await expect(page.getByRole('status').filter({ hasText: t('markdown.copied') })).toBeVisible();
			// Copied, not opened: the reader stays on the page.
			await expect(page).toHaveURL(new URL(path('faq'), baseURL).href);
			const markdown = await (await request.get(new URL(`${path('faq')}index.md`, baseURL).href)).text();
			expect(markdown).toMatch(/^# /);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
			assertNoErrors();

			// A clipboard that refuses: the reader gets the Markdown to copy by hand.
			await page.evaluate(() => {
				Object.defineProperty(navigator, 'clipboard', { value: { write: () => Promise.reject(new Error('denied')) } });
			});
			await control.click();
			await expect(page).toHaveURL(new URL(`${path('faq')}index.md`, baseURL).href);
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('"Copy as Markdown" opens the Markdown, to copy from', async ({ page, baseURL }) => {
				await page.goto(path('roles/cio'));
				await page.getByRole('link', { name: t('markdown.copy') }).click();
				await expect(page).toHaveURL(new URL(`${path('roles/cio')}index.md`, baseURL).href);
			});

			test('the heading link still leads to the section', async ({ page, baseURL }) => {
				await page.goto(path('guide'));
				await page
					.getByRole('link', {
						name: `${t('heading.anchor')} ${headingText(lang, 'guide', 'industry')}`,
						exact: true,
					})
					.click();
				await expect(page).toHaveURL(new URL(path('guide#industry'), baseURL).href);
			});
		});
	});
}
