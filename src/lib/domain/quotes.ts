/**
 * The article's own words in the site's text. Words files mark every phrase or sentence taken from
 * the source article with `<q>…</q>`; nothing else may be marked so, and no other markup is
 * allowed in these strings. Views render a marked run as a `<q>` element that cites the article,
 * `llms-full.txt` and the structured data as text in the language's quotation marks. Pure
 * functions, shared by the views, the Markdown and the checks.
 */
import type { Problem } from './problems';

/** A run of text: the site's own words, or a quotation from the article. */
export interface QuotePart {
	text: string;
	quote: boolean;
}

const TAG = /<\/?q>|<[^>]*>/g;

/**
 * What is wrong with a string's quotation marks, one line per problem: a `<q>` left open or
 * closed twice, quotations inside quotations, an empty one, or any other tag.
 */
export function quoteProblems(text: string): string[] {
	const problems: string[] = [];
	let open = -1;
	for (const match of text.matchAll(TAG)) {
		const tag = match[0];
		if (tag === '<q>') {
			if (open !== -1) problems.push(`a <q> inside a quotation, at "${text.slice(match.index, match.index + 30)}"`);
			open = match.index + tag.length;
		} else if (tag === '</q>') {
			if (open === -1)
				problems.push(`a </q> with no <q> before it, at "${text.slice(Math.max(0, match.index - 30), match.index)}"`);
			else if (text.slice(open, match.index).trim() === '') problems.push('an empty quotation');
			open = -1;
		} else {
			problems.push(`markup other than <q>…</q>: ${tag}`);
		}
	}
	if (open !== -1) problems.push(`a <q> that is never closed, at "${text.slice(open, open + 30)}"`);
	return problems;
}

/** The runs of a string, in order: the site's words and the article's quotations. Throws on bad markup. */
export function quoteParts(text: string): QuotePart[] {
	const problems = quoteProblems(text);
	if (problems.length > 0) throw new Error(`${problems.join('; ')} in "${text}"`);
	const parts: QuotePart[] = [];
	let quote = false;
	let last = 0;
	for (const match of text.matchAll(TAG)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), quote });
		quote = match[0] === '<q>';
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), quote: false });
	return parts;
}

/**
 * The string as plain text, each quotation put in quotation marks by `mark` (the language's
 * `quote.inline` template, e.g. `“{text}”`): for structured data, meta data and Markdown.
 */
export function withQuotationMarks(text: string, mark: (quoted: string) => string): string {
	return quoteParts(text)
		.map((part) => (part.quote ? mark(part.text) : part.text))
		.join('');
}

/** The article's words in a string, each quotation on its own. */
export function quotations(text: string): string[] {
	return quoteParts(text)
		.filter((part) => part.quote)
		.map((part) => part.text);
}

/**
 * Fields shown as plain text (headings, labels, meta data, table cells): they cannot show a
 * quotation, so `<q>` is not allowed in them.
 */
const PLAIN_FIELDS = new Set([
	'title',
	'navLabel',
	'description',
	'summary',
	'focus',
	'dimension',
	'short',
	'question',
	'answer',
	'label',
	'hint',
	'term',
	'aliases',
]);

/**
 * One problem per string field of a words entry whose `<q>` markup is wrong, or that has `<q>`
 * where it cannot be shown, naming the file and the field (`responsibilities.x.explanation`).
 */
export function wordsQuoteProblems(file: string, data: unknown, path = ''): Problem[] {
	if (typeof data === 'string') {
		const field = path.replace(/^\./, '');
		const key = field.split('.').findLast((segment) => !/^\d+$/.test(segment)) ?? '';
		const problems = quoteProblems(data);
		if (PLAIN_FIELDS.has(key) && /<q>/.test(data)) problems.push('a quotation in a field shown as plain text');
		return problems.map((message) => ({ file, field, message }));
	}
	if (Array.isArray(data)) return data.flatMap((item, index) => wordsQuoteProblems(file, item, `${path}.${index}`));
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => wordsQuoteProblems(file, value, `${path}.${key}`));
	}
	return [];
}
