/**
 * Linking the glossary's terms on their first use on a page: which text may carry a link, and
 * where in a run of text the next unlinked term starts. Pure functions over plain strings, so the
 * MDX transform (`src/integrations/glossary-links.ts`) and its tests share them.
 */

/** A term as the linker sees it: its id (its anchor on the glossary page) and every form it takes. */
export interface LinkableTerm {
	id: string;
	/** The term and its other forms (plurals, spellings), as the page's language writes them. */
	forms: readonly string[];
}

/**
 * Text inside these elements is never linked: headings, links, code, quotations (the article's
 * words stay as it wrote them) and components.
 */
const NO_LINK = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'code',
	'pre',
	'kbd',
	'dfn',
	'abbr',
	'q',
	'blockquote',
	'script',
	'style',
]);

/**
 * Whether text with these ancestors (element or component names, nearest first) may carry a term
 * link: not in a heading, a link, code, a quotation, or a component (a capitalised name, such as `SiteLink`).
 */
export function mayLink(ancestors: readonly string[]): boolean {
	return !ancestors.some((name) => NO_LINK.has(name) || /^[A-Z]/.test(name));
}

/** A word written in capitals (CIO, IT): it matches only as written; other words ignore case. */
const isAcronym = (word: string) => /^[A-Z]{2,}s?$/.test(word);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds terms in text: the longest form at the earliest place, whole words only. */
export interface TermMatcher {
	/** The next form of any term in `text` from `from` on, if any. */
	next(text: string, from: number): { index: number; text: string; id: string } | undefined;
}

/** A matcher for the given terms. Throws when two terms share a form, which would make a link ambiguous. */
export function termMatcher(terms: readonly LinkableTerm[]): TermMatcher {
	const owner = new Map<string, { id: string; form: string }>();
	for (const term of terms) {
		for (const form of term.forms) {
			const key = form.toLowerCase();
			const other = owner.get(key);
			if (other && other.id !== term.id)
				throw new Error(`Glossary terms "${other.id}" and "${term.id}" share the form "${form}".`);
			owner.set(key, { id: term.id, form });
		}
	}
	const forms = [...owner.values()].sort((a, b) => b.form.length - a.form.length);
	if (forms.length === 0) return { next: () => undefined };
	// Whole words: no letter, digit or hyphen may touch a match on either side.
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(?:${forms.map(({ form }) => escape(form).replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}\\p{N}-])`,
		'giu',
	);
	return {
		next(text, from) {
			pattern.lastIndex = from;
			for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
				const found = forms.find(({ form }) =>
					new RegExp(`^${escape(form).replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+')}$`, 'iu').test(match![0]),
				);
				const written = match[0].split(/[\s\u00a0]+/);
				const wanted = found?.form.split(/[\s\u00a0]+/) ?? [];
				// An acronym in a form matches only in capitals: "IT budget", never "it budget".
				if (found && wanted.every((word, index) => !isAcronym(word) || written[index] === word)) {
					return { index: match.index, text: match[0], id: owner.get(found.form.toLowerCase())!.id };
				}
				pattern.lastIndex = match.index + 1;
			}
			return undefined;
		},
	};
}

/** A run of text, or a term to link in it. */
export type LinkedPart = string | { id: string; text: string };

/**
 * Splits text into plain runs and the first use of each term not yet in `linked` (which it
 * updates). Later uses, and terms in `skip`, stay plain text.
 */
export function linkFirstUses(
	text: string,
	matcher: TermMatcher,
	linked: Set<string>,
	skip: ReadonlySet<string> = new Set(),
): LinkedPart[] {
	const parts: LinkedPart[] = [];
	let last = 0;
	for (let found = matcher.next(text, 0); found; found = matcher.next(text, found.index + found.text.length)) {
		if (linked.has(found.id) || skip.has(found.id)) continue;
		linked.add(found.id);
		if (found.index > last) parts.push(text.slice(last, found.index));
		parts.push({ id: found.id, text: found.text });
		last = found.index + found.text.length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts.length > 0 ? parts : [text];
}
