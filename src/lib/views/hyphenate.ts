/**
 * Soft hyphens in the long words of headings. A heading in a narrow column must not break a word
 * without a hyphen ("Wissensdaten|bank"); CSS `hyphens: auto` does it only where the browser has a
 * dictionary for the language (Chromium on Linux has none), so the build marks where each long word
 * may break, from the language's hyphenation patterns (TeX's, via the `hyphen` package). A soft
 * hyphen shows only where the line breaks, as "-".
 */
import de from 'hyphen/de';
import en from 'hyphen/en-gb';
import { textWidth } from './diagrams/svg';

/** The hyphenators by primary language subtag; a language without one is left as it is. */
const HYPHENATORS: Readonly<Record<string, (word: string, options: { minWordLength: number }) => string>> = {
	de: de.hyphenateSync,
	en: en.hyphenateSync,
};

/** The narrowest line a heading has: a 320 px screen less the page's margins. */
export const NARROWEST_LINE = 288;

/**
 * Whether `word` may not fit the narrowest line at `fontSize` px in bold: its width as the diagrams
 * estimate it (erring wide), with a tenth kept in reserve. Only such words get soft hyphens, so a
 * page carries just the ones a phone may need (each costs bytes, and hides the word from
 * repetition in the compressed page).
 */
export function mayNotFit(word: string, fontSize: number): boolean {
	return textWidth(word, fontSize, true) > 0.9 * NARROWEST_LINE;
}

/** The soft hyphen, U+00AD. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * `html` (a heading's text or its rendered markup; tags and entities are left alone) with soft
 * hyphens in each word that may not fit the narrowest line at `fontSize` px (the heading's size on a
 * phone), for the language `lang` (`de`, `en-GB`).
 */
export function hyphenateHeading(html: string, lang: string, fontSize: number): string {
	const hyphenate = HYPHENATORS[lang.split('-')[0]!.toLowerCase()];
	if (!hyphenate) return html;
	return html
		.split(/(<[^>]*>|&[#\w]+;)/)
		.map((part, index) =>
			index % 2 === 1
				? part
				: part.replace(/[\p{L}\p{M}]+/gu, (word) =>
						mayNotFit(word, fontSize) ? hyphenate(word, { minWordLength: 1 }) : word,
					),
		)
		.join('');
}
