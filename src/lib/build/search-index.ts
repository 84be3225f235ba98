/**
 * What the search index reads of a built page. Pagefind joins the text of neighbouring elements
 * without a space ("CIOCTO", "sizeGrowing") and indexes the words drawn inside inline SVG, which
 * every picture repeats in its text equivalent. The index therefore reads a copy of each page in
 * which elements are kept apart and pictures are left out, and to which the page's search terms
 * are added (the words readers use; see the README's "Search terms"); the page served is untouched.
 */
import { searchTermsText } from '../domain/search';

/** A language's search terms by page path (`/de/faq/`): the page's own, and its sections' by id. */
export type SearchTermsFile = Record<string, { page: string[]; sections: Record<string, string[]> }>;

/** The terms as the index reads them: weighted like a heading's words, between the marks excerpts cut out. */
function termsElement(terms: readonly string[]): string {
	const text = searchTermsText(terms).replace(/[<>&]/g, (char) => `&#${char.charCodeAt(0)};`);
	return text === '' ? '' : ` <span data-pagefind-weight="5">${text}</span> `;
}

/**
 * Adds a page's search terms to the copy the index reads: the page's after its main heading, a
 * section's after the element that carries its id (a heading, a glossary term), so a result for
 * them leads to that section. A section id the page lacks is an error: the terms would be lost.
 */
export function withSearchTerms(html: string, terms: SearchTermsFile[string] | undefined): string {
	if (!terms) return html;
	let result = html.replace(/<\/h1>/i, (end) => `${end}${termsElement(terms.page)}`);
	for (const [id, sectionTerms] of Object.entries(terms.sections)) {
		if (sectionTerms.length === 0) continue;
		const element = new RegExp(
			`<(h[1-6]|dt|section|div|li)\\b[^>]*\\sid="${id.replace(/[^\w-]/g, '')}"[^>]*>[\\s\\S]*?<\\/\\1>`,
			'i',
		);
		if (!element.test(result)) throw new Error(`search terms for #${id}, which the page does not have`);
		result = result.replace(element, (whole) => `${whole}${termsElement(sectionTerms)}`);
	}
	return result;
}

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

/**
 * Text only screen readers get (`class="sr-only"`: a grid cell's full answers, a table's caption):
 * it repeats what the page shows, so an excerpt of it reads as noise. An element only hidden at
 * some widths (`sm:sr-only`) is read on others and stays.
 */
const SCREEN_READER_ONLY = /<(span|caption)\b[^>]*\sclass="sr-only"[^>]*>[^<]*<\/\1>/gi;

/**
 * The page as the index should read it: no inline SVG, a space wherever two elements meet, and no
 * soft hyphens (long words in headings carry them for narrow screens; a word is indexed whole).
 */
export function indexableHtml(html: string): string {
	return (
		html
			.replaceAll('\u00AD', '')
			.replace(/<svg\b[\s\S]*?<\/svg>/gi, ' ')
			.replace(SCREEN_READER_ONLY, ' ')
			.replace(/<br\s*\/?>/gi, ' ')
			// After an element, a space: unless it is a phrase inside a sentence that runs on ("…</q>.").
			.replace(/<\/([a-z][a-z0-9-]*)\s*>(?=(<[a-z])?[^\s])/gi, (tag, name: string, element?: string) =>
				PHRASING.has(name.toLowerCase()) && !element ? tag : `${tag} `,
			)
			.replace(BLOCK_START, '$1 $2')
	);
}

/** One file of a Pagefind bundle: its path in `pagefind/` and its bytes. */
export interface BundleFile {
	path: string;
	content: Uint8Array;
}

/** The file that lists a bundle's languages, which the search script reads first. */
const ENTRY = 'pagefind-entry.json';

type Entry = { version: string; languages: Record<string, unknown>; include_characters?: unknown };

/**
 * One bundle from bundles that Pagefind made one language at a time (each language's index in a
 * process of its own, so no process holds every language's words at once). Their languages'
 * files are their own; the files they share (the search script, its worker, the fallback
 * WebAssembly) must be the same bytes; their entry files are joined into one that lists every
 * language. A language in two bundles, a shared file that differs or another Pagefind version
 * fails, naming the file. Files come out in path order.
 */
export function mergeBundles(bundles: ReadonlyArray<readonly BundleFile[]>): BundleFile[] {
	const files = new Map<string, Uint8Array>();
	let entry: Entry | undefined;
	for (const bundle of bundles) {
		for (const file of bundle) {
			if (file.path === ENTRY) {
				const next = JSON.parse(new TextDecoder().decode(file.content)) as Entry;
				if (!entry) {
					entry = { ...next, languages: { ...next.languages } };
					continue;
				}
				if (next.version !== entry.version) {
					throw new Error(`${ENTRY}: Pagefind ${next.version} and ${entry.version} in one bundle`);
				}
				if (JSON.stringify(next.include_characters) !== JSON.stringify(entry.include_characters)) {
					throw new Error(`${ENTRY}: the languages' indexes read words with different characters`);
				}
				for (const [language, index] of Object.entries(next.languages)) {
					if (language in entry.languages) throw new Error(`${ENTRY}: the language "${language}" is in two indexes`);
					entry.languages[language] = index;
				}
				continue;
			}
			const known = files.get(file.path);
			if (known && !Buffer.from(known).equals(Buffer.from(file.content))) {
				throw new Error(`${file.path} differs between the languages' indexes`);
			}
			files.set(file.path, file.content);
		}
	}
	if (entry) {
		const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
		files.set(ENTRY, new TextEncoder().encode(JSON.stringify({ ...entry, languages })));
	}
	return [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, content]) => ({ path, content }));
}
