/**
 * The word list typo correction reads (see `searchForgivingTypos` in src/lib/domain/search.ts):
 * every word of what the search index reads of the pages, per language, most frequent first.
 * The Pagefind step builds it from the same copy of each page it gives the index, so the list
 * holds the words the index holds, search terms included, and writes one file per language
 * beside the index (`wordListFile`), which the search loads only when a reader's word is not in
 * the index.
 */
import { parse } from 'node-html-parser';

/** What Pagefind leaves out of a page's text: `data-pagefind-ignore` and the elements it never reads. */
const NOT_INDEXED =
	'[data-pagefind-ignore], head, style, script, noscript, label, form, svg, footer, nav, iframe, template';

/** A page's indexed text and the language of its index (`<html lang>`, as Pagefind reads it). */
export type IndexedText = { lang: string; text: string };

/**
 * The text the index reads of a page: its `data-pagefind-body` elements without what Pagefind
 * leaves out. Undefined for a page without a body to index.
 */
export function indexedText(html: string): IndexedText | undefined {
	const root = parse(html, { comment: false });
	const bodies = root.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	for (const body of bodies) for (const element of body.querySelectorAll(NOT_INDEXED)) element.remove();
	const lang = (root.querySelector('html')?.getAttribute('lang') ?? 'unknown').trim().toLowerCase() || 'unknown';
	return { lang, text: bodies.map((body) => body.text).join(' ') };
}

/** The longest word kept: longer runs are identifiers or noise, not words a reader types. */
const MAX_WORD_LENGTH = 40;

/** Counts the words of a text into `counts`: lower case, split at anything but letters and digits, three letters or more. */
export function countWords(text: string, counts: Map<string, number>): void {
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		const length = [...word].length;
		if (length < 3 || length > MAX_WORD_LENGTH || !/\p{L}/u.test(word)) continue;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
}

/**
 * At most this many words per language (about 300 KB, 100 KB over the wire, at the cap). This
 * site's vocabulary is about a thousand words a language, and 10,000 synthetic articles add none;
 * a vocabulary past the cap loses its rarest words first, which readers rarely misspell.
 */
export const MAX_WORDS = 30_000;

/** The list as the search loads it: most frequent first, ties alphabetical, capped at `max`. */
export function wordList(counts: ReadonlyMap<string, number>, max = MAX_WORDS): string[] {
	return [...counts]
		.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
		.slice(0, max)
		.map(([word]) => word);
}
