import { expect, test } from '@playwright/test';
import { PAGES } from './site';

test.use({ javaScriptEnabled: false });

test('every page reads fully with JavaScript disabled', async ({ page }) => {
	test.setTimeout(120_000);
	for (const { path, heading } of PAGES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const text = await page.getByRole('main').innerText();
		expect(text.length, `${path} has too little text`).toBeGreaterThan(500);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		// A control that needs script must not be shown as a dead control.
		await expect(page.getByLabel('Theme')).toBeHidden();
	}
});

test('navigation works without JavaScript', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choosing the right role for your organisation');
	await expect(page.getByRole('heading', { name: 'Company size' })).toBeVisible();
});
