import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from './lang';
import { onePerTemplate } from './site';

/** What a reader and a crawler get from a page: its canonical URL, its content and its links. */
async function snapshot(page: Page) {
	return page.evaluate(() => ({
		canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
		ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
		title: document.title,
		main: document.querySelector('main')?.innerHTML,
		links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
	}));
}

for (const { lang } of LANGUAGES) {
	test.describe(`in ${lang}`, () => {
		test('tracking parameters from the blog (utm_*, ref) change nothing on the page', async ({ page }) => {
			test.setTimeout(120_000);
			// One page per template (the not-found page answers any address, so it has none to tag) ...
			const all = onePerTemplate().filter((candidate) => candidate.template !== 'not-found');
			const pages = all.filter((candidate) => candidate.lang === lang);
			// ... and this language has a page of every template, so it cannot pass by having none.
			expect(new Set(pages.map((candidate) => candidate.template))).toEqual(
				new Set(all.map((candidate) => candidate.template)),
			);
			for (const { path } of pages) {
				await page.goto(path);
				const plain = await snapshot(page);
				await page.goto(`${path}?utm_source=nxtyou-blog&utm_medium=post&utm_campaign=cio-cto&ref=blog#x`);
				const tagged = await snapshot(page);
				expect(tagged, path).toEqual(plain);
				expect(plain.canonical).not.toContain('?');
				expect(plain.links.some((href) => href?.includes('utm_'))).toBe(false);
			}
		});
	});
}
