import { expect, test as base, type Page } from '@playwright/test';
import { builtPage, LANGUAGES, navLabel } from './lang';
import { onePerTemplate } from './site';

/**
 * One page without JavaScript per worker, shared by its tests: without script a page keeps no
 * state, so each test still starts from a fresh load, and no test pays for a new browser page.
 */
const test = base.extend<object, { reader: Page }>({
	reader: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.use({ javaScriptEnabled: false });

/** Each language's strings and addresses, by its code (`<html lang>`). */
const languageOf = new Map(LANGUAGES.map((language) => [language.lang, language]));

// The text of every page is read from the build by html.spec.ts; here the browser shows one page
// per template and language as a reader without JavaScript sees it, found by that language's labels.
for (const { path, heading, template, lang } of onePerTemplate()) {
	test(`${path} reads in full with JavaScript disabled, with no dead control`, async ({ reader: page, baseURL }) => {
		const language = languageOf.get(lang);
		if (!language) throw new Error(`${path}: no built language "${lang}"`);
		const { t } = language;
		await page.goto(new URL(path, baseURL).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const text = await page.getByRole('main').innerText();
		// Pages that carry an article; the search, not-found and embed pages are short by nature.
		const article = ['prose', 'role', 'scenario'].includes(template);
		expect(text.length, `${path} has too little text`).toBeGreaterThan(article ? 400 : 100);
		if (template === 'embed') return;
		await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
		// A control that needs script must not be shown as a dead control: it is in the page, but hidden.
		const theme = page.getByRole('group', { name: t('theme.label'), includeHidden: true });
		await expect(theme).toHaveCount(1);
		await expect(theme).toBeHidden();
		// A glossary term's button opens its definition without script (a native popover).
		await expect(page.getByRole('main').getByRole('button').and(page.locator(':not([popovertarget])'))).toHaveCount(0);
	});
}

for (const language of LANGUAGES) {
	const { lang, t, path } = language;

	test.describe(`in ${lang}`, () => {
		test('navigation works without JavaScript', async ({ page, baseURL }) => {
			await page.goto(path('home'));
			await page
				.getByRole('navigation', { name: t('nav.label') })
				.getByRole('link', { name: navLabel(language, 'guide') })
				.click();
			await expect(page).toHaveURL(new URL(path('guide'), baseURL).href);
			const guide = builtPage(lang, 'guide');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.heading);
			const companySize = guide.html.root.querySelector('main [id="company-size"]')?.text.trim();
			if (!companySize) throw new Error(`no heading #company-size on the built guide in ${lang}`);
			await expect(page.getByRole('heading', { name: companySize })).toBeVisible();
		});
	});
}
