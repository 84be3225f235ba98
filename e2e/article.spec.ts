import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { uiStrings, type Locale } from '../src/lib/domain/i18n.ts';
import { SOURCE_ARTICLE, quotesInTranslation } from '../src/lib/domain/site.ts';
import { builtPages } from './site';

/**
 * Nothing of the source article is lost, and its words are always shown as its words: every
 * sentence of it appears on some page of the site, inside a quotation that cites it, and every
 * quotation on the site is the article's, word for word. The article (as captured from the NXT YOU
 * blog, navigation text removed) is in fixtures/.
 */
const ARTICLE = readFileSync(new URL('./fixtures/source-article.txt', import.meta.url), 'utf8');

/** Section headings of the article; the site structures its pages differently. */
const HEADINGS = new Set([
	'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
	'The Role of the CIO',
	'The Role of the CTO',
	'Key Differences and Overlaps',
	'Choosing the Right Role for Your Organization',
]);

/** Sentences the site words differently, and the wording (one or more passages) that stands in for each. */
const ADAPTED: Record<string, string[]> = {
	// Quoted after "It" on the home page, where "this article" would read as the knowledge base.
	'This article delves into two such roles, the Chief Information Officer (CIO) and the Chief Technology Officer (CTO), highlighting their unique responsibilities and their significance in modern enterprises.':
		[
			'delves into two such roles, the Chief Information Officer (CIO) and the Chief Technology Officer (CTO), highlighting their unique responsibilities and their significance in modern enterprises.',
		],
	// Quoted half by half, one half for each role, in the comparison.
	'Responsibilities: While the CIO manages IT infrastructure, budgets, and operational efficiency, the CTO oversees product development, technical vision, and emerging technologies.':
		[
			'the CIO manages IT infrastructure, budgets, and operational efficiency',
			'the CTO oversees product development, technical vision, and emerging technologies',
		],
};

const normalize = (text: string) =>
	text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's sentences and its bullet labels ("Focus", "Aligning IT with Business Goals"). */
function articleText(): { sentences: string[]; labels: string[] } {
	const sentences: string[] = [];
	const labels: string[] = [];
	for (const rawLine of ARTICLE.split('\n')) {
		let line = rawLine.replace(/^\s*•\s*/, '').trim();
		if (line === '' || HEADINGS.has(line)) continue;
		const adapted = ADAPTED[line];
		if (adapted) {
			sentences.push(...adapted);
			continue;
		}
		const bullet = /^([A-Z][A-Za-z ]{2,60}): (.*)$/.exec(line);
		if (bullet) {
			labels.push(bullet[1]!);
			line = bullet[2]!;
		}
		for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
			sentences.push(...(ADAPTED[sentence] ?? [sentence.replace(/:$/, '')]));
		}
	}
	return { sentences, labels };
}

/** The article's sentences: bullet labels split off, a trailing colon dropped. */
function articleSentences(): string[] {
	const { sentences, labels } = articleText();
	return [...labels, ...sentences];
}

/** Text compared without its closing punctuation, which a quotation may leave out or change. */
const core = (text: string) => normalize(text).replace(/[.:;,]+$/, '');

/** Every quotation on the English pages: `<q>` and `<blockquote>` elements, with their page. */
function englishQuotations() {
	return builtPages()
		.filter((page) => page.lang === 'en')
		.flatMap((page) =>
			(page.html.root.querySelector('main')?.querySelectorAll('q, blockquote') ?? []).map((element) => ({
				page: page.path,
				cite: element.getAttribute('cite'),
				text: element.text,
			})),
		);
}

test('every sentence of the source article appears on the English pages', () => {
	const text = builtPages()
		.filter((page) => page.lang === 'en')
		.map((page) => page.html.root.querySelector('main')?.text ?? '')
		.join('\n');
	const site = normalize(text);
	const sentences = articleSentences();
	expect(sentences.length).toBeGreaterThan(30);
	const missing = sentences.filter((sentence) => !site.includes(normalize(sentence)));
	expect(missing, `missing from the site:\n${missing.join('\n')}`).toEqual([]);
});

test('every quotation on the site is the article’s, word for word, and cites it', () => {
	const article = normalize(ARTICLE);
	const quotations = englishQuotations();
	expect(quotations.length).toBeGreaterThan(30);
	for (const quotation of quotations) {
		expect(quotation.cite, `${quotation.page}: “${quotation.text}” does not cite the article`).toBe(SOURCE_ARTICLE.url);
		expect(article, `${quotation.page}: “${quotation.text}” is not the article’s wording`).toContain(
			core(quotation.text),
		);
	}
});

test('every sentence of the article is shown as a quotation of it somewhere on the English pages', () => {
	const quoted = englishQuotations().map((quotation) => normalize(quotation.text));
	const unmarked = articleText().sentences.filter((sentence) => !quoted.some((text) => text.includes(core(sentence))));
	expect(unmarked, `shown without quotation marks:\n${unmarked.join('\n')}`).toEqual([]);
});

test('in every other language the article is quoted in translation: each quotation cites it, and each page says so and links the original', () => {
	const translated = builtPages().filter((page) => quotesInTranslation(page.lang) && page.template !== 'embed');
	expect(translated.length, 'a language that quotes the article in translation is built').toBeGreaterThan(0);
	let quotations = 0;
	for (const page of translated) {
		for (const element of page.html.root.querySelector('main')?.querySelectorAll('q, blockquote') ?? []) {
			expect(element.getAttribute('cite'), `${page.path}: “${element.text}” does not cite the article`).toBe(
				SOURCE_ARTICLE.url,
			);
			quotations++;
		}
		const footer = page.html.root.querySelector('footer');
		const note = uiStrings(page.lang as Locale)['credit.translated']!;
		expect(footer?.text.replace(/\s+/g, ' '), `${page.path} does not say its quotations are translated`).toContain(
			note,
		);
		expect(
			footer?.querySelectorAll('a').some((link) => link.getAttribute('href') === SOURCE_ARTICLE.url),
			`${page.path} does not link the original`,
		).toBe(true);
	}
	expect(quotations).toBeGreaterThan(30);
});

test('in every other language each quotation is a cut of that language’s one translation of the article', () => {
	const translated = builtPages().filter((page) => quotesInTranslation(page.lang) && page.template !== 'embed');
	const problems: string[] = [];
	for (const lang of new Set(translated.map((page) => page.lang))) {
		// fixtures/source-article.<lang>.txt: the reference translation, one sentence a line.
		const reference = normalize(
			readFileSync(new URL(`./fixtures/source-article.${lang}.txt`, import.meta.url), 'utf8')
				.split('\n')
				.filter((line) => !line.startsWith('#'))
				.join('\n'),
		);
		for (const page of translated.filter((built) => built.lang === lang)) {
			for (const element of page.html.root.querySelector('main')?.querySelectorAll('q, blockquote') ?? []) {
				if (!reference.includes(core(element.text))) problems.push(`${page.path}: „${element.text.trim()}“`);
			}
		}
	}
	expect(problems, `quotations that are not the reference translation's wording:\n${problems.join('\n')}`).toEqual([]);
});
