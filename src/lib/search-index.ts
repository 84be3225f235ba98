/**
 * What the search index reads of a built page. Pagefind joins the text of neighbouring elements
 * without a space ("CIOCTO", "sizeGrowing") and indexes the words drawn inside inline SVG, which
 * every picture repeats in its text equivalent. The index therefore reads a copy of each page in
 * which elements are kept apart and pictures are left out; the page served is untouched.
 */

/** Inline elements that sit inside a sentence: text may run on after them ("…</q>."). */
const PHRASING = new Set([
	'a',
	'abbr',
	'b',
	'cite',
	'code',
	'em',
	'i',
	'mark',
	'q',
	's',
	'small',
	'strong',
	'sub',
	'sup',
	'u',
]);

/** Elements that start a block of their own, so a word before them ends there. */
const BLOCK_START =
	/([^\s>])(<(?:address|article|aside|blockquote|button|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|label|legend|li|ol|output|p|section|summary|table|td|th|tr|ul)\b)/gi;

/** The page as the index should read it: no inline SVG, and a space wherever two elements meet. */
export function indexableHtml(html: string): string {
	return (
		html
			.replace(/<svg\b[\s\S]*?<\/svg>/gi, ' ')
			.replace(/<br\s*\/?>/gi, ' ')
			// After an element, a space: unless it is a phrase inside a sentence that runs on ("…</q>.").
			.replace(/<\/([a-z][a-z0-9-]*)\s*>(?=(<[a-z])?[^\s])/gi, (tag, name: string, element?: string) =>
				PHRASING.has(name.toLowerCase()) && !element ? tag : `${tag} `,
			)
			.replace(BLOCK_START, '$1 $2')
	);
}
