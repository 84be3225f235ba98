/**
 * Definitions in place, in a real browser: a glossary term in the text opens its definition by
 * click and by keyboard, closes with Escape with focus back on the term, leads to its glossary
 * entry, passes axe in both themes while open, fits a phone's screen, and works without JavaScript. What needs no browser
 * (every term's definition and link) is read from the build in changes.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from './lang';
import { watchForErrors } from './site';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.2 A and AA violations on the page as it is now, as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated, not added as a script: the page's CSP allows no inline script.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
	return page.evaluate(async () => {
		type Result = { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
		const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
		const { violations } = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			resultTypes: ['violations'],
		});
		return violations.map(
			(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		);
	});
}

/** The first term of the comparison page shown in place, and its definition. */
function firstTerm(page: Page) {
	const term = page.locator('main button[popovertarget]').first();
	return { term, definition: page.locator('main [popover]').first() };
}

for (const { lang, t, path } of LANGUAGES) {
	test(`${lang}: a term in the text opens its definition by click and keyboard, Escape closes it and focus returns`, async ({
		page,
		baseURL,
	}) => {
		const assertNoErrors = watchForErrors(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(path('differences'));
		const { term, definition } = firstTerm(page);
		await expect(definition).toBeHidden();

		// A click opens it, whole, inside the window.
		await term.click();
		await expect(definition).toBeVisible();
		await expect(definition).toBeInViewport({ ratio: 1 });
		// Escape closes it and leaves focus on the term.
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(term).toBeFocused();

		// By keyboard: Enter opens, Tab reaches the glossary link inside, Escape closes and focus returns.
		await page.keyboard.press('Enter');
		await expect(definition).toBeVisible();
		await page.keyboard.press('Tab');
		const entry = definition.getByRole('link', { name: t('definition.entry') });
		await expect(entry).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(term).toBeFocused();
		// Space opens it too, and a click elsewhere closes it.
		await page.keyboard.press('Space');
		await expect(definition).toBeVisible();
		await page.locator('h1').click();
		await expect(definition).toBeHidden();

		// Open, it passes axe in both themes.
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await term.click();
			await expect(definition).toBeVisible();
			expect(await axeViolations(page), `${theme} theme`).toEqual([]);
			await page.keyboard.press('Escape');
		}

		// Its link leads to the term's entry in the glossary.
		await term.click();
		const id = (await term.getAttribute('popovertarget'))!.replace(/^kb-def-/, '');
		await entry.click();
		await expect(page).toHaveURL(new URL(path(`glossary#${id}`), baseURL).href);
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
		assertNoErrors();
	});
}

test('on a phone the definition fits the screen, whole', async ({ page }) => {
	const { path } = LANGUAGES[0]!;
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto(path('differences'));
	const { term, definition } = firstTerm(page);
	await term.click();
	await expect(definition).toBeInViewport({ ratio: 1 });
	const box = (await definition.boundingBox())!;
	expect(box.width).toBeLessThanOrEqual(375 - 16);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a term still opens its definition, and Escape closes it', async ({ page }) => {
		const { path } = LANGUAGES[0]!;
		await page.goto(path('differences'));
		const { term, definition } = firstTerm(page);
		await term.click();
		await expect(definition).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
	});
});
