/**
 * Soft hyphens in the long words of headings. A heading in a narrow column must not break a word
 * without a hyphen ("Wissensdaten|bank"); CSS `hyphens: auto` does it only where the browser has a
 * dictionary for the language (Chromium on Linux has none), so the build marks where each long word
 * may break, from the language's hyphenation patterns (TeX's, via the `hyphen` package). A soft
 * hyphen is invisible unless the line breaks there, and then shows as "-".
 */
import de from 'hyphen/de';
import en from 'hyphen/en-gb';

/** The hyphenators by primary language subtag; a language without one is left as it is. */
const HYPHENATORS: Readonly<Record<string, (html: string, options: { minWordLength: number }) => string>> = {
	de: de.hyphenateHTMLSync,
	en: en.hyphenateHTMLSync,
};

/**
 * Words of fewer letters fit a heading's line on the narrowest phone (320 px) at the largest
 * heading size, so they are left whole.
 */
export const MIN_WORD_LENGTH = 12;

/** The soft hyphen, U+00AD. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * `html` (a heading's text or its rendered markup; tags and entities are left alone) with soft
 * hyphens in each word of at least MIN_WORD_LENGTH letters, for the language `lang` (`de`, `en-GB`).
 */
export function hyphenateHeading(html: string, lang: string): string {
	const hyphenate = HYPHENATORS[lang.split('-')[0]!.toLowerCase()];
	return hyphenate ? hyphenate(html, { minWordLength: MIN_WORD_LENGTH }) : html;
}
