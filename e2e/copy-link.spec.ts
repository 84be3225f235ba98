import { expect, test } from '@playwright/test';
import { watchForErrors } from './site';

test("a heading's one link control is reachable by keyboard, leads to the section and copies its address", async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
	const assertNoErrors = watchForErrors(page);
	await page.goto('roles/cio/?utm_source=newsletter&ref=blog');
	const heading = page.getByRole('heading', { name: 'Managing IT Infrastructure and Budgets' });
	const link = page.getByRole('link', { name: 'Link to this section: Managing IT Infrastructure and Budgets' });
	// One control per heading, at least 24×24 px, shown when it has focus.
	await expect(heading.getByRole('link')).toHaveCount(1);
	await link.focus();
	await expect(link).toBeVisible();
	const box = (await link.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
	await page.keyboard.press('Enter');

	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// The page's own address without the query string, with the heading's id.
	expect(copied).toBe(new URL('roles/cio/#managing-it-infrastructure-and-budgets', baseURL).href);
	await expect(page).toHaveURL(/#managing-it-infrastructure-and-budgets$/);
	expect(await heading.getAttribute('id')).toBe('managing-it-infrastructure-and-budgets');
	assertNoErrors();
});

test('when the clipboard refuses, the page says where the link is instead of failing silently', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) },
		});
	});
	await page.goto('differences/');
	await page.getByRole('link', { name: 'Link to this section: Side by side' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Could not copy/ })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the heading link still leads to the section', async ({ page }) => {
		await page.goto('guide/');
		await page.getByRole('link', { name: 'Link to this section: Industry', exact: true }).click();
		await expect(page).toHaveURL(/\/guide\/#industry$/);
	});
});
