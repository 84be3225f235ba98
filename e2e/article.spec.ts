import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { stripBase } from '../src/lib/domain/base.ts';
import { uiStrings, type Locale } from '../src/lib/domain/i18n.ts';
import { SOURCE_ARTICLE, quotesInTranslation } from '../src/lib/domain/site.ts';
import { BASE, DIST, builtPages } from './site';

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

// ---- Quoted once, and never unmarked ------------------------------------------------------------

/** Each language's text of the article: the English original, and each translation's fixture. */
function articleIn(lang: string): string {
	if (lang === SOURCE_ARTICLE.language) return ARTICLE;
	return readFileSync(new URL(`./fixtures/source-article.${lang}.txt`, import.meta.url), 'utf8')
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('\n');
}

/** The languages the site is built in, from its pages. */
const builtLanguages = () => [...new Set(builtPages().map((page) => page.lang))].filter(Boolean);

/** A text's words, for comparing runs: case, quotation marks and punctuation set aside. */
const wordsOf = (text: string) =>
	normalize(text)
		.replace(/[^\p{L}\p{N}'-]+/gu, ' ')
		.split(' ')
		.filter(Boolean);

/** How many words of the article in a row count as quoting it. */
const RUN = 6;

/** Every run of {@link RUN} words of a text, joined by spaces. */
function runsOf(text: string): Set<string> {
	const words = wordsOf(text);
	const runs = new Set<string>();
	for (let index = 0; index + RUN <= words.length; index++) runs.add(words.slice(index, index + RUN).join(' '));
	return runs;
}

/**
 * The runs of the article's body in every built language (its title and headings left out: the
 * credit names the article by its title, in quotation marks, as a citation does).
 */
const articleRuns = (() => {
	let cached: Set<string> | undefined;
	return () =>
		(cached ??= new Set(
			builtLanguages().flatMap((lang) => [
				...runsOf(
					articleIn(lang)
						.split('\n')
						.filter((line) => !HEADINGS.has(line.trim()))
						.join('\n'),
				),
			]),
		));
})();

/** Text in quotation marks, in any language's style: “…”, „…“, "…", ‘…’, ‚…‘, »…«, «…». */
const QUOTED = /“([^“”]+)”|„([^„“”]+)[“”]|"([^"]+)"|‘([^‘’]+)’|‚([^‚‘]+)‘|»([^»«]+)«|«([^«»]+)»/g;

/** The runs of the article's words a text puts in quotation marks, each quoted passage once. */
function quotedArticle(text: string): string[] {
	const runs = articleRuns();
	return [...text.matchAll(QUOTED)]
		.map((match) => match.slice(1).find((group) => group !== undefined)!)
		.filter((passage) => [...runsOf(passage)].some((run) => runs.has(run)))
		.map((passage) => passage.replace(/\s+/g, ' ').trim());
}

/** Every string in a JSON value. */
const stringsIn = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(stringsIn)
			: value !== null && typeof value === 'object'
				? Object.values(value).flatMap(stringsIn)
				: [];

/**
 * The built files for machines that carry words: llms.txt, llms-full.txt, each page's Markdown
 * (`index.md`), the recommender's words, oEmbed.
 */
function machineFiles(): Array<{ file: string; text: string }> {
	return readdirSync(DIST, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(txt|json|md)$/.test(entry.name))
		.map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !/^(pagefind|_astro|og)\//.test(file) && file !== 'robots.txt')
		.map((file) => {
			const text = readFileSync(join(DIST, file), 'utf8');
			return { file, text: file.endsWith('.json') ? stringsIn(JSON.parse(text)).join('\n') : text };
		});
}

/** The built page a URL of the site names (`https://…/guide/`), if any. */
function pageAt(url: string) {
	const path = stripBase(new URL(url).pathname, BASE).replace(/^\//, '');
	return builtPages().find((page) => page.path === (path === '' ? './' : path));
}

/**
 * Takes one of a page's quotations for a passage a text for machines puts in quotation marks: each
 * `<q>` of the page stands for one such passage, no more (structured data and Markdown can only
 * mark a quotation with quotation marks, so they must quote what the page marks, once each).
 */
function takeQuotation(available: string[], passage: string): boolean {
	const index = available.indexOf(core(passage));
	if (index < 0) return false;
	available.splice(index, 1);
	return true;
}

test('no page and no file for machines shows six or more of the article’s words in plain quotation marks', () => {
	const problems: string[] = [];
	const inline = new Map<string, string[]>();
	for (const page of builtPages()) {
		// On a page the article's words are a <q> or a <blockquote> that cites it; anything else in
		// quotation marks is unmarked, wherever it stands: text, attributes, the head.
		const root = parse(page.html.root.toString());
		inline.set(
			page.path,
			root.querySelectorAll('q').map((element) => core(element.text)),
		);
		for (const element of root.querySelectorAll('q, blockquote, script, style')) element.remove();
		const attributes = root
			.querySelectorAll('[content], [alt], [title], [aria-label]')
			.flatMap((element) => ['content', 'alt', 'title', 'aria-label'].map((name) => element.getAttribute(name) ?? ''));
		for (const words of quotedArticle([root.text, ...attributes].join('\n'))) problems.push(`${page.path}: “${words}”`);
		// Its structured data quotes what the page marks, each quotation once at most.
		const available = [...inline.get(page.path)!];
		const data = page.html.scripts.filter((script) => script.type === 'application/ld+json');
		for (const words of quotedArticle(data.flatMap((script) => stringsIn(JSON.parse(script.body))).join('\n'))) {
			if (!takeQuotation(available, words)) problems.push(`${page.path} (structured data): “${words}”`);
		}
	}
	// A page's Markdown quotes what the page marks, once each; llms-full.txt gives each page under
	// its address, and quotes there what that page marks. Elsewhere (the recommender's words,
	// oEmbed, text outside a page) nothing can be marked.
	for (const { file, text } of machineFiles()) {
		const own = file.endsWith('.md')
			? builtPages().find((page) => page.file === file.replace(/md$/, 'html'))
			: undefined;
		let available: string[] = own ? [...(inline.get(own.path) ?? [])] : [];
		let section = own ? ` (${own.path})` : '';
		for (const line of text.split('\n')) {
			if (own) {
				for (const words of quotedArticle(line)) {
					if (!takeQuotation(available, words)) problems.push(`${file}: “${words}”`);
				}
				continue;
			}
			const address = /^[^\s:]+: (https?:\/\/\S+)$/.exec(line)?.[1];
			const page = address ? pageAt(address) : undefined;
			if (page) {
				available = [...(inline.get(page.path) ?? [])];
				section = ` (${page.path})`;
			}
			for (const words of quotedArticle(line)) {
				if (!takeQuotation(available, words)) problems.push(`${file}${section}: “${words}”`);
			}
		}
	}
	expect(
		problems,
		`the article's words in plain quotation marks, not marked as a quotation:\n${problems.join('\n')}`,
	).toEqual([]);
});

/** The place of a quotation in its language's article, as a span of normalised text; undefined when it is not there. */
function spanIn(article: string, quotation: string): [number, number] | undefined {
	const text = core(quotation);
	const start = article.indexOf(text);
	return start < 0 ? undefined : [start, start + text.length];
}

/** Pages whose entries stand alone, each quoting what it needs: the FAQ and the glossary. */
const STANDALONE_ENTRIES = new Set(['faq', 'glossary']);

test('no page quotes the same words of the article twice (the FAQ and the glossary aside)', () => {
	const problems: string[] = [];
	const articles = new Map(builtLanguages().map((lang) => [lang, normalize(articleIn(lang))]));
	let checked = 0;
	for (const page of builtPages().filter((candidate) => !STANDALONE_ENTRIES.has(candidate.id))) {
		const article = articles.get(page.lang);
		if (!article) continue;
		// A quotation of three words or more: shorter ones are the article's terms ("business-centric").
		const quotations = (page.html.root.querySelector('main')?.querySelectorAll('q, blockquote') ?? [])
			.map((element) => element.text.replace(/\s+/g, ' ').trim())
			.filter((text) => wordsOf(text).length >= 3)
			.flatMap((text) => {
				const span = spanIn(article, text);
				return span ? [{ text, span }] : [];
			});
		checked += quotations.length;
		for (const [index, quotation] of quotations.entries()) {
			for (const again of quotations.slice(index + 1)) {
				if (again.span[0] < quotation.span[1] && quotation.span[0] < again.span[1]) {
					problems.push(`${page.path}: “${quotation.text}” and “${again.text}”`);
				}
			}
		}
	}
	expect(checked).toBeGreaterThan(30);
	expect(problems, `the same words of the article quoted twice on one page:\n${problems.join('\n')}`).toEqual([]);
});
