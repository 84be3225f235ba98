/**
 * The content entries a page shows, each with the day it was last reviewed against the article:
 * what a page's review date is made of (`reviews.ts`) and what its components declare (`prose.ts`).
 */

/** One entry of the content, by `<collection>/<id>` (`faq/who-owns-the-it-budget`), with its review date. */
export interface ShownEntry {
	entry: string;
	/** `YYYY-MM-DD`. */
	reviewed: string;
}

/** Entries of one collection as shown entries. */
export const shown = (collection: string, entries: ReadonlyArray<{ id: string; reviewed: string }>): ShownEntry[] =>
	entries.map(({ id, reviewed }) => ({ entry: `${collection}/${id}`, reviewed }));
