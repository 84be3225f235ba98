/**
 * The kinds of page, once: the page registry's `kind` (`src/content.config.ts`), the eyebrow above
 * a page's title and its preview image's label, and the search filter.
 */

/**
 * The kinds the search filter offers, in the order it offers them: every kind search indexes.
 * `reference` is for pages to look things up in: the FAQ, the glossary, the worksheet.
 */
export const FILTER_KINDS = [
	'home',
	'role',
	'differences',
	'guide',
	'scenario',
	'recommender',
	'reference',
	'about',
] as const;

/** Every kind of page: those search indexes, and the search and not-found pages. */
export const PAGE_KINDS = [...FILTER_KINDS, 'search', 'not-found'] as const;

/** A kind of page. */
export type PageKind = (typeof PAGE_KINDS)[number];

/** A kind of page the search filter offers, emitted as the Pagefind filter `kind`. */
export type FilterKind = (typeof FILTER_KINDS)[number];

/** Whether a value (from a URL, say) names a kind the search filter offers. */
export function isFilterKind(value: unknown): value is FilterKind {
	return typeof value === 'string' && (FILTER_KINDS as readonly string[]).includes(value);
}
