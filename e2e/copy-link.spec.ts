import { expect, test } from '@playwright/test';
import { watchForErrors } from './site';

test("a heading's copy-link button is reachable by keyboard, copies the section address and says so", async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
	const assertNoErrors = watchForErrors(page);
	await page.goto('roles/cio/?utm_source=newsletter&ref=blog');
	const heading = page.getByRole('heading', { name: 'Managing IT Infrastructure and Budgets' });
	const button = page.getByRole('button', {
		name: 'Copy link to this section: Managing IT Infrastructure and Budgets',
	});
	await expect(button).toBeVisible();
	// The tooltip names the action on its own; the section's name is for screen readers.
	await expect(button).toHaveAttribute('title', 'Copy link to this section');

	// Tab from the section's # link to its copy button, then press Enter.
	await page.getByRole('link', { name: 'Link to this section: Managing IT Infrastructure and Budgets' }).focus();
	await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');

	const status = page.locator('kb-copy-link', { has: button }).getByRole('status');
	await expect(status).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// The page's own address without the query string, with the heading's id.
	expect(copied).toBe(new URL('roles/cio/#managing-it-infrastructure-and-budgets', baseURL).href);
	expect(await heading.getAttribute('id')).toBe('managing-it-infrastructure-and-budgets');
	assertNoErrors();
});

test('when the clipboard refuses, the button says so instead of failing silently', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) },
		});
	});
	await page.goto('differences/');
	await page.getByRole('button', { name: 'Copy link to this section: Side by side' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Could not copy/ })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('no dead copy buttons are shown, and the # link still leads to the section', async ({ page }) => {
		await page.goto('guide/');
		await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
		await page.getByRole('link', { name: 'Link to this section: Industry', exact: true }).click();
		await expect(page).toHaveURL(/\/guide\/#industry$/);
	});
});
