/**
 * Reader questions against the built index, in every language the site is built in: each finds a
 * page that answers it among the first three results (a misspelt one after its correction, and
 * only a misspelt one is corrected), one answered by a heading shows that heading as the first
 * result's title, and what the reader sees of the results (excerpts) holds no control text, no
 * search terms and no words run together. The questions and
 * their answering pages are in e2e/fixtures/reader-queries.yaml. No browser: Pagefind's own API
 * runs in Node (e2e/tools/search-index.ts), with the site's query and excerpt rules.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages, DIST } from './site';
import { openIndex, type Hit } from './tools/search-index';

/**
 * A reader's question: the pages that answer it; where the answer is one heading, its text as the
 * first result's title; where the question is misspelt, the query the search corrects it to.
 */
type Question = { query: string; answers: string[]; title?: string; corrected?: string };
const QUERIES = parse(readFileSync('e2e/fixtures/reader-queries.yaml', 'utf8')) as Record<string, Question[]>;

/** Words that are one word with a capital inside, not two run together. */
const CAMEL_CASE_WORDS = new Set(['SaaS', 'JavaScript', 'FinTech', 'LinkedIn']);

/** Labels of controls and helpers, which never belong in an excerpt. */
const CONTROL_KEYS = [
	'heading.anchor',
	'picture.textLabel',
	'quote.fromArticle',
	'guide.fromArticle',
	'toc.label',
	'nav.top',
];

const languages = [...new Set(builtPages().map((page) => page.lang))];

test('every built language has reader questions (at least 25 in English, 15 in any other)', () => {
	expect(languages.length).toBeGreaterThan(0);
	for (const lang of languages) {
		expect(QUERIES[lang]?.length ?? 0, `questions for ${lang}`).toBeGreaterThanOrEqual(lang === 'en' ? 25 : 15);
	}
});

for (const lang of languages) {
	test(`reader questions in "${lang}" find an answering page among the first three, with clean excerpts`, async () => {
		const index = await openIndex(DIST, lang);
		const pathsOf = new Map<string, string[]>();
		for (const page of builtPages().filter((built) => built.lang === lang)) {
			const family = page.id.split('/')[0]!;
			for (const id of [page.id, family])
				pathsOf.set(id, [...(pathsOf.get(id) ?? []), `/${page.path.replace(/^\.\//, '')}`]);
		}
		const strings = JSON.parse(readFileSync(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>;
		// A label standing alone, not the same words opening a sentence that runs on in lower case
		// (a glossary entry's "What the article says the overlap … calls for").
		const controls = CONTROL_KEYS.map((key) => strings[key])
			.filter((label): label is string => Boolean(label))
			.map((label) => ({
				label,
				alone: new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\s+\\p{Ll})`, 'u'),
			}));
		const misses: string[] = [];
		const dirty: string[] = [];
		const titles: string[] = [];
		const corrections: string[] = [];
		for (const { query, answers, title, corrected } of QUERIES[lang] ?? []) {
			const { hits, correction } = await index.search(query, 3);
			const wanted = new Set(answers.flatMap((id) => pathsOf.get(id) ?? [`(no page ${id})`]));
			if (!hits.some((hit) => wanted.has(hit.url)))
				misses.push(`${query} → ${hits.map((hit) => hit.url).join(' ') || 'nothing'}`);
			if (title !== undefined && hits[0]?.title !== title)
				titles.push(`${query} → “${hits[0]?.title ?? 'nothing'}”, not “${title}”`);
			// A question spelt right is never corrected; a misspelt one is, to the expected words.
			if (correction?.query !== corrected)
				corrections.push(
					`${query} → ${correction ? `“${correction.query}”` : 'no correction'}, not ${corrected ?? 'none'}`,
				);
			for (const text of hits.flatMap((hit: Hit) => [hit.excerpt, ...hit.sections.map((section) => section.excerpt)])) {
				const glued = (text.match(/\S*\p{Ll}\p{Lu}\S*/gu) ?? []).filter((word) =>
					// A compound such as "SaaS-Start-up" is judged part by part.
					word
						.split('-')
						.some((part) => /\p{Ll}\p{Lu}/u.test(part) && !CAMEL_CASE_WORDS.has(part.replace(/[^\p{L}]/gu, ''))),
				);
				const control = controls.find(({ alone }) => alone.test(text))?.label;
				if (/[⟦⟧]/.test(text) || glued.length > 0 || control)
					dirty.push(`${query}: ${control ?? glued.join(' ') ?? 'search terms'} in “${text}”`);
			}
		}
		expect(misses, `questions without an answering page in the first three:\n${misses.join('\n')}`).toEqual([]);
		expect(titles, `questions whose first result is not titled by their heading:\n${titles.join('\n')}`).toEqual([]);
		expect(corrections, `corrections:\n${corrections.join('\n')}`).toEqual([]);
		expect(dirty, dirty.join('\n')).toEqual([]);
	});
}
