/**
 * The languages under test, for specs that run once per language (parametrised, never copied):
 * each built language with its interface strings (`content/ui/<lang>.json`) and its pages'
 * addresses by page id, both read from the source of truth and the build. A spec names a page by
 * id (`roles/cio`, `guide#goals`) and a string by key (`recommend.restart`), and so runs unchanged
 * in every language, including one added later.
 *
 *   for (const { lang, t, path } of LANGUAGES) {
 *     test.describe(lang, () => {
 *       test('…', async ({ page }) => {
 *         await page.goto(path('recommend'));
 *         await page.getByRole('button', { name: t('recommend.restart') }).click();
 *       });
 *     });
 *   }
 */
import { readFileSync } from 'node:fs';
import { BASE, builtPages, type SitePageFile } from './site';

export interface Language {
	/** The language code, as in `<html lang>` and `content/ui/<lang>.json`. */
	lang: string;
	/** An interface string with its `{placeholders}` filled; throws for a key the language lacks. */
	t(key: string, values?: Record<string, string | number>): string;
	/** A page's address relative to the base (`./`, `de/rollen/cio/`), with `#section` or `?query` kept. */
	path(target: string): string;
}

function language(lang: string): Language {
	const strings = JSON.parse(readFileSync(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>;
	const paths = new Map(
		builtPages()
			.filter((page) => page.lang === lang && page.template !== 'not-found')
			.map((page) => [page.id, page.path]),
	);
	return {
		lang,
		t(key, values = {}) {
			const template = strings[key];
			if (template === undefined) throw new Error(`content/ui/${lang}.json has no string "${key}"`);
			return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
		},
		path(target) {
			const [, id = '', rest = ''] = /^([^#?]*)(.*)$/.exec(target) ?? [];
			const path = paths.get(id);
			if (path === undefined) throw new Error(`no built page "${id}" in ${lang}`);
			return `${path}${rest}`;
		},
	};
}

/** Every language the site is built in, the default (English) first. */
const BUILT: Language[] = [...new Set(builtPages().map((page) => page.lang))]
	.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
	.map(language);

/**
 * The languages a spec runs its per-language tests in: every built one, but under a sub-path
 * (`npm run test:e2e:subpath`) the default only: what a base path can break is the same in every
 * language, and html.spec.ts still reads every page of every language there.
 */
export const LANGUAGES: Language[] = BASE === '/' ? BUILT : BUILT.slice(0, 1);

/** The language with this code (`<html lang>` of a built page); throws for one not built. */
export function languageOf(lang: string): Language {
	const found = BUILT.find((language) => language.lang === lang);
	if (!found) throw new Error(`no built language "${lang}"`);
	return found;
}

/** The built page `id` in `lang`. */
export function builtPage(lang: string, id: string): SitePageFile {
	const found = builtPages().find((page) => page.lang === lang && page.id === id);
	if (!found) throw new Error(`no built page "${id}" in ${lang}`);
	return found;
}

/** The label the header's navigation gives page `id` (its `navLabel`), read from the built home page. */
export function navLabel({ lang, path }: Language, id: string): string {
	const href = new URL(path(id), `http://host${BASE}`).pathname;
	const link = builtPage(lang, 'home')
		.html.root.querySelectorAll('header nav a')
		.find((anchor) => anchor.getAttribute('href') === href);
	if (!link) throw new Error(`the ${lang} navigation has no link to ${href}`);
	return link.text.trim();
}

/** The text of the heading with anchor `id` on the built page `page` in `lang`, as a reader sees it. */
export function headingText(lang: string, page: string, id: string): string {
	const heading = builtPage(lang, page).html.root.querySelector(`main [id="${id}"]`);
	if (!heading) throw new Error(`no heading #${id} on the built page "${page}" in ${lang}`);
	return heading.text.replace(/\s+/g, ' ').trim();
}

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
