/**
 * The site in every language it is built in: each page has its counterpart in every other language
 * at an address of its own, says so with reciprocal hreflang links, and the language switch leads
 * there; a page shows no interface string of another language; the recommender answers the same
 * in every language. Languages come from the build, so a third one is covered when it is built.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGUAGES } from './lang';
import { BASE, builtPages, watchForErrors, type SitePageFile } from './site';

/** The pages with an address of their own (the not-found page answers any unknown address). */
const addressed = builtPages().filter((page) => page.template !== 'not-found');
/** The built languages, the default first. */
const languages = LANGUAGES.map((language) => language.lang);
const byLanguage = new Map(languages.map((lang) => [lang, addressed.filter((page) => page.lang === lang)]));
const pageAt = new Map(addressed.map((page) => [page.path, page]));

/** The `hreflang` links of a page: language → path relative to the base. */
function alternates(page: SitePageFile): Map<string, string> {
	const links = page.html.root.querySelectorAll('head link[rel="alternate"][hreflang]');
	return new Map(
		links.map((link) => {
			const url = new URL(link.getAttribute('href')!);
			return [link.getAttribute('hreflang')!, url.pathname.slice(BASE.length) || './'] as const;
		}),
	);
}

test('the site is built in more than one language', () => {
	expect(languages.length).toBeGreaterThan(1);
});

test('every page has its counterpart in every other language, and the reverse', () => {
	const idsOf = (lang: string) => (byLanguage.get(lang) ?? []).map((page) => page.id).sort();
	for (const lang of languages) expect(idsOf(lang), `pages in ${lang}`).toEqual(idsOf(languages[0]!));
});

test('every page lists every language version with absolute, reciprocal hreflang links and an x-default', () => {
	const problems: string[] = [];
	// The embed is no page of its own for search engines (its canonical is the recommender's), and
	// hreflang on a page that names another canonical would contradict it.
	for (const page of addressed.filter((built) => built.template !== 'embed')) {
		const links = alternates(page);
		for (const href of page.html.root.querySelectorAll('head link[rel="alternate"][hreflang]'))
			if (!/^https?:\/\//.test(href.getAttribute('href')!)) problems.push(`${page.path}: relative hreflang link`);
		if (links.get(page.lang) !== page.path) problems.push(`${page.path}: does not list itself for ${page.lang}`);
		if (!links.has('x-default')) problems.push(`${page.path}: no x-default`);
		for (const lang of languages) {
			const target = pageAt.get(links.get(lang) ?? '');
			if (!target) problems.push(`${page.path}: no built page for ${lang} (${links.get(lang)})`);
			else if (target.id !== page.id || target.lang !== lang)
				problems.push(`${page.path}: ${lang} link leads to ${target.path}, another page`);
			else if (alternates(target).get(page.lang) !== page.path)
				problems.push(`${target.path} does not link back to ${page.path}`);
		}
	}
	expect(problems, problems.join('\n')).toEqual([]);
});

test('the sitemap lists every language version of each page', () => {
	const sitemap = readFileSync(`${process.env['OUT_DIR'] ?? 'dist'}/sitemap-0.xml`, 'utf8');
	for (const lang of languages) expect(sitemap).toContain(`hreflang="${lang}"`);
	expect(sitemap).toContain('hreflang="x-default"');
});

test('no page shows an interface string of another language', () => {
	const strings = Object.fromEntries(
		languages.map((lang) => [
			lang,
			JSON.parse(readFileSync(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>,
		]),
	);
	const problems: string[] = [];
	for (const lang of languages) {
		// Every run of three words or more of another language's strings that this language's differ from.
		const foreign = new Set(
			languages
				.filter((other) => other !== lang)
				.flatMap((other) =>
					Object.entries(strings[other]!)
						.filter(([key, text]) => key !== 'search.stopWords' && strings[lang]![key] !== text)
						.flatMap(([, text]) => text.split(/\{\w+\}/))
						.map((part) => part.replace(/^[\s.,:;–—“”„"()]+|[\s.,:;–—“”„"()]+$/g, ''))
						.filter((part) => part.split(/\s+/).length >= 3),
				),
		);
		for (const page of byLanguage.get(lang) ?? []) {
			const body = page.html.root.querySelector('body')!.clone() as typeof page.html.root;
			for (const skip of body.querySelectorAll('script, style, template, [lang]:not([lang="' + lang + '"])'))
				skip.remove();
			const text = body.textContent.replace(/\s+/g, ' ');
			for (const phrase of foreign) if (text.includes(phrase)) problems.push(`${page.path}: “${phrase}”`);
		}
	}
	expect(problems, problems.join('\n')).toEqual([]);
});

test('the recommender gives the same answer in every language, for every combination', () => {
	const answers = (lang: string) =>
		new Map(
			(byLanguage.get(lang) ?? [])
				.filter((page) => page.id.startsWith('answers/'))
				.map((page) => [
					page.id,
					page.html.root.querySelector('[data-recommendation]')?.getAttribute('data-recommendation'),
				]),
		);
	const first = answers(languages[0]!);
	expect(first.size).toBe(27);
	for (const lang of languages.slice(1)) expect(answers(lang), `answers in ${lang}`).toEqual(first);
});

test('the language switch leads to the same page in the other language, and keeps the recommender’s answers', async ({
	page,
}) => {
	const assertNoErrors = watchForErrors(page);
	const [from, to] = languages.map((lang) => byLanguage.get(lang)!);
	for (const id of ['roles/cio', 'faq']) {
		const source = from!.find((built) => built.id === id)!;
		const target = to!.find((built) => built.id === id)!;
		await page.goto(source.path);
		await page.locator(`a[data-lang-switch][hreflang="${target.lang}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`${BASE}${target.path}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);
	}
	const recommend = from!.find((built) => built.id === 'recommend')!;
	const counterpart = to!.find((built) => built.id === 'recommend')!;
	await page.goto(`${recommend.path}?size=large&industry=service&goal=both`);
	await page.locator(`a[data-lang-switch][hreflang="${counterpart.lang}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`${BASE}${counterpart.path}\\?size=large&industry=service&goal=both$`));
	await expect(page.locator('[data-result]')).toHaveAttribute('data-recommendation', 'both');
	assertNoErrors();
});

test('choosing a language sets nothing behind the reader’s back: no cookie, no storage, no redirect', async ({
	page,
	context,
}) => {
	const german = byLanguage.get(languages[1]!)!.find((built) => built.id === 'home')!;
	const response = await page.goto(german.path);
	expect(response?.request().redirectedFrom()).toBeNull();
	await page.goto('./');
	await expect(page.locator('html')).toHaveAttribute('lang', languages[0]!);
	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => !/theme/i.test(key)))).toEqual([]);
});
