import { describe, expect, it } from 'vitest';
import { quoteParts, quoteProblems, quotations, withQuotationMarks, wordsQuoteProblems } from './quotes';
import { formatProblem, type Problem } from './problems';

/** Problems as the lines the build prints. */
const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

describe('quoteParts', () => {
	it('splits the site’s words from the article’s quotations, in order', () => {
		expect(quoteParts('The article says: <q>Both might be involved</q> in it.')).toEqual([
			{ text: 'The article says: ', quote: false },
			{ text: 'Both might be involved', quote: true },
			{ text: ' in it.', quote: false },
		]);
		expect(quoteParts('<q>One.</q> <q>Two.</q>')).toEqual([
			{ text: 'One.', quote: true },
			{ text: ' ', quote: false },
			{ text: 'Two.', quote: true },
		]);
		expect(quoteParts('No quotation here.')).toEqual([{ text: 'No quotation here.', quote: false }]);
	});

	it('refuses bad markup rather than show a tag on the page', () => {
		expect(() => quoteParts('<q>open')).toThrow(/never closed/);
		expect(() => quoteParts('<b>bold</b>')).toThrow(/markup other than/);
	});
});

describe('quoteProblems', () => {
	it('names each problem', () => {
		expect(quoteProblems('fine <q>quote</q>')).toEqual([]);
		expect(quoteProblems('<q>a <q>b</q></q>')).toEqual([
			'a <q> inside a quotation, at "<q>b</q></q>"',
			'a </q> with no <q> before it, at "<q>a <q>b</q>"',
		]);
		expect(quoteProblems('<q> </q>')).toEqual(['an empty quotation']);
		expect(quoteProblems('x</q>')).toEqual(['a </q> with no <q> before it, at "x"']);
		expect(quoteProblems('<q cite="x">y</q>')).toEqual([
			'markup other than <q>…</q>: <q cite="x">',
			'a </q> with no <q> before it, at "<q cite="x">y"',
		]);
	});
});

describe('withQuotationMarks', () => {
	it('puts each quotation in the given marks and keeps the words', () => {
		const english = (text: string) => `“${text}”`;
		expect(withQuotationMarks('It says <q>might</q>, not <q>will</q>.', english)).toBe('It says “might”, not “will”.');
		expect(withQuotationMarks('It says <q>vielleicht</q>.', (text) => `„${text}“`)).toBe('It says „vielleicht“.');
	});
});

describe('quotations', () => {
	it('lists the article’s words only', () => {
		expect(quotations('A <q>b</q> c <q>d</q>')).toEqual(['b', 'd']);
	});
});

describe('wordsQuoteProblems', () => {
	it('names the file and the field of bad markup, and of a quotation where only plain text can show', () => {
		const data = {
			title: 'Fine',
			faq: [{ question: 'Why <q>this</q>?', answer: 'Because.', explanation: 'Because <q>that' }],
			responsibilities: { x: { explanation: 'Plain.' } },
		};
		expect(lines(wordsQuoteProblems('content/pages/en/x.mdx', data))).toEqual([
			'content/pages/en/x.mdx: field "faq.0.question": a quotation in a field shown as plain text.',
			'content/pages/en/x.mdx: field "faq.0.explanation": a <q> that is never closed, at "that".',
		]);
		// A one-line answer is the site's own words: the evidence follows it.
		expect(lines(wordsQuoteProblems('f', { answer: 'The CIO: <q>x</q>.' }))).toEqual([
			'f: field "answer": a quotation in a field shown as plain text.',
		]);
		expect(lines(wordsQuoteProblems('f', { aliases: ['<q>a</q>'] }))).toEqual([
			'f: field "aliases.0": a quotation in a field shown as plain text.',
		]);
	});
});
