import { expect, test } from '@playwright/test';
import { onePerTemplate } from './site';

test.use({ javaScriptEnabled: false });

// The text of every page is read from the build by html.spec.ts; here the browser shows one page
// per template as a reader without JavaScript sees it.
for (const { path, heading, template } of onePerTemplate()) {
	test(`${path} reads in full with JavaScript disabled, with no dead control`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const text = await page.getByRole('main').innerText();
		// Pages that carry an article; the search, not-found and embed pages are short by nature.
		const article = ['prose', 'role', 'scenario'].includes(template);
		expect(text.length, `${path} has too little text`).toBeGreaterThan(article ? 400 : 100);
		if (template === 'embed') return;
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		// A control that needs script must not be shown as a dead control.
		await expect(page.getByLabel('Theme')).toBeHidden();
		await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
	});
}

test('navigation works without JavaScript', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choosing the right role for your organisation');
	await expect(page.getByRole('heading', { name: 'Company size' })).toBeVisible();
});
