/**
 * The languages of the knowledge base and their interface strings. Each language's words are in
 * `content/ui/<lang>.json`, typed against English: a key missing in another language, a key no
 * code uses, or a template whose placeholders differ fails the tests, and `translator()` fails the
 * build for a missing string, so no page shows a hole or another language's words. Components
 * never import a language: the middleware puts the request's translator on `Astro.locals`.
 */
import en from '../../../content/ui/en.json' with { type: 'json' };
import de from '../../../content/ui/de.json' with { type: 'json' };
import { fill, placeholders } from './template';

/** Every language, the default first. The default lives at the site root; the others under `/<code>/`. */
export const LOCALES = ['en', 'de'] as const;

/** A language of the knowledge base. */
export type Locale = (typeof LOCALES)[number];

/** The language at the site root. */
export const DEFAULT_LOCALE: Locale = 'en';

/** What a language needs besides its words. */
export interface LocaleSettings {
	/** The `<html lang>` value; Pagefind builds one index per value. */
	lang: string;
	/** `og:locale`, in the language_TERRITORY form Open Graph uses. */
	ogLocale: string;
	/** The language's own name, for the language switch. */
	name: string;
}

export const LOCALE_SETTINGS: Record<Locale, LocaleSettings> = {
	en: { lang: 'en', ogLocale: 'en_GB', name: 'English' },
	de: { lang: 'de', ogLocale: 'de_DE', name: 'Deutsch' },
};

/** A key of an interface string. */
export type UiKey = keyof typeof en;

/** The interface strings of one language. */
export type UiStrings = Record<UiKey, string>;

const STRINGS: Record<Locale, Readonly<Record<string, string>>> = { en, de };

/** Translates a key, filling its template's placeholders (`t('search.status.one', { query })`). */
export type Translate = (key: UiKey, values?: Readonly<Record<string, string | number>>) => string;

/** Whether a string names a language of the knowledge base. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a site path (without base): `/de/...` is German, everything else the default. */
export function localeOfPath(sitePath: string): Locale {
	const first = sitePath.split('/')[1];
	return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The translator for a language. A key without a string there throws, naming the file to fix. */
export function translator(locale: Locale): Translate {
	const strings = STRINGS[locale];
	return (key, values) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`content/ui/${locale}.json has no string "${key}".`);
		return fill(template, values);
	};
}

/** The raw strings of a language, for checks and for handing templates to the browser. */
export function uiStrings(locale: Locale): Readonly<Record<string, string>> {
	return STRINGS[locale];
}

/**
 * What is wrong with a language's strings against the default's: keys missing or extra, and
 * templates whose placeholders differ. One line per problem.
 */
export function stringProblems(
	locale: string,
	strings: Readonly<Record<string, string>>,
	reference: Readonly<Record<string, string>> = en,
): string[] {
	const problems: string[] = [];
	const file = `content/ui/${locale}.json`;
	for (const key of Object.keys(reference)) {
		const text = strings[key];
		if (typeof text !== 'string' || text.trim() === '') {
			problems.push(`${file}: "${key}" is missing`);
			continue;
		}
		const want = placeholders(reference[key]!).sort().join(', ');
		const have = placeholders(text).sort().join(', ');
		if (want !== have) problems.push(`${file}: "${key}" has placeholders {${have}}, expected {${want}}`);
	}
	for (const key of Object.keys(strings)) {
		if (!(key in reference)) problems.push(`${file}: "${key}" is not a key of content/ui/en.json`);
	}
	return problems;
}

// Fail the build at once when a language's strings do not match the default's.
const problems = LOCALES.flatMap((locale) => stringProblems(locale, STRINGS[locale]));
if (problems.length > 0) throw new Error(`Interface strings:\n  ${problems.join('\n  ')}`);
