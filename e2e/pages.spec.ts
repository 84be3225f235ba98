import { expect, test } from '@playwright/test';

test('an unknown address gets a helpful not-found page', async ({ page }) => {
	const response = await page.goto('no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.getByRole('main');
	for (const name of ['CIO', 'CTO', 'Differences', 'Guide']) {
		await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
	}
});

test('the navigation marks the current page', async ({ page }) => {
	await page.goto('roles/cto/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'CTO', exact: true })).toHaveAttribute('aria-current', 'page');
	await expect(nav.getByRole('link', { name: 'CIO', exact: true })).not.toHaveAttribute('aria-current', 'page');
});

test('breadcrumbs and previous/next links follow the reading order', async ({ page }) => {
	await page.goto('roles/cto/');
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
	await expect(crumbs.getByRole('link', { name: 'Home' })).toBeVisible();
	await expect(crumbs.locator('[aria-current="page"]')).toHaveText('CTO');

	const order = page.getByRole('navigation', { name: 'Reading order' });
	await expect(order.getByRole('link', { name: /Previous/ })).toContainText('CIO');
	await order.getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(/\/differences\/$/);
});

test('long pages have an on-page table of contents whose links land on their headings', async ({ page }) => {
	await page.goto('roles/cio/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await toc.getByRole('link', { name: 'Managing IT Infrastructure and Budgets' }).click();
	await expect(page).toHaveURL(/#managing-it-infrastructure-and-budgets$/);
	await expect(page.locator('#managing-it-infrastructure-and-budgets')).toBeInViewport();
});

test('every heading has an anchor link that points at itself', async ({ page }) => {
	await page.goto('differences/');
	const anchors = page.locator('main .heading-anchor');
	expect(await anchors.count()).toBeGreaterThan(3);
	for (const anchor of await anchors.all()) {
		const href = await anchor.getAttribute('href');
		expect(href).toMatch(/^#[a-z0-9-]+$/);
		await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
		await expect(anchor).toHaveAccessibleName(/^Link to this section: .+/);
	}
});

test('the comparison is rendered from the data: one row per dimension, each side in its role colour', async ({
	page,
}) => {
	await page.goto('differences/');
	const rows = page.locator('main section[aria-labelledby]');
	await expect(rows).toHaveCount(4);
	const focus = page.getByRole('region', { name: 'Focus' });
	await expect(focus).toContainText('Business-centric');
	await expect(focus).toContainText('Technology-centric');
	// Each point is said once: the short answer and its sentence sit together in one card.
	await expect(page.getByRole('main').getByText(/^\s*(CIO\s*)?Business-centric\s*$/)).toHaveCount(1);
	const colours = await focus.evaluate((row) =>
		[...row.querySelectorAll(':scope > div')].map((card) => getComputedStyle(card).borderLeftColor),
	);
	expect(new Set(colours).size).toBe(2);
});
