import { expect, test } from '@playwright/test';

test('printing drops the site chrome and prints dark text on white, even in the dark theme', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('roles/cio/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Reading order' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const colours = await page.evaluate(() => ({
		background: getComputedStyle(document.documentElement).backgroundColor,
		text: getComputedStyle(document.body).color,
	}));
	expect(colours.background).toBe('rgb(255, 255, 255)');
	// Near-black text: every channel dark.
	expect(Math.max(...(colours.text.match(/\d+/g) ?? []).map(Number))).toBeLessThan(40);
	// The credit stays, so a printout still names its source.
	await expect(page.getByRole('contentinfo')).toContainText('Marin Delija');
	await context.close();
});
