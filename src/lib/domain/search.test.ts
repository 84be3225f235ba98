import { describe, expect, it } from 'vitest';
import en from '../../../content/ui/en.json' with { type: 'json' };
import {
	MAX_QUERY_LENGTH,
	decodeEntities,
	excerptParts,
	highlightTerms,
	stopWordSet,
	normaliseQuery,
	openSearchXml,
	withHighlight,
	wordsFromPath,
	indexQuery,
	searchInReaderWords,
	searchTermsText,
	withoutSearchTerms,
	closestWords,
	correctableWords,
	correctedParts,
	editDistance,
	foldWord,
	inReadersCase,
	listHasPrefix,
	matchedWords,
	showsTraceOf,
	presentResult,
	presentResults,
	searchForgivingTypos,
	typoBudget,
	wordListFile,
	type PageData,
} from './search';
import { FILTER_KINDS, isFilterKind } from './page-kinds';

describe('isFilterKind', () => {
	it('accepts the kinds and nothing else', () => {
		for (const kind of FILTER_KINDS) expect(isFilterKind(kind)).toBe(true);
		for (const value of ['', 'Role', '<b>', null, undefined, 3]) expect(isFilterKind(value)).toBe(false);
	});
});

describe('normaliseQuery', () => {
	it('collapses whitespace and drops control characters', () => {
		expect(normaliseQuery('  who \n manages\tthe\u0000IT   budget ')).toBe('who manages the IT budget');
	});

	it('caps the length instead of rejecting long input', () => {
		expect(normaliseQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
	});

	it('keeps emoji, right-to-left text and punctuation as typed', () => {
		expect(normaliseQuery('🚀 מנהל (.*)')).toBe('🚀 מנהל (.*)');
	});
});

describe('wordsFromPath', () => {
	it('turns a missing address into search words', () => {
		expect(wordsFromPath('/roles/chief-technology-officer/')).toBe('roles chief technology officer');
	});

	it('strips the base path', () => {
		expect(wordsFromPath('/kb/guide/startups/', '/kb/')).toBe('guide startups');
	});

	it('decodes escapes and keeps letters and digits only', () => {
		expect(wordsFromPath('/%3Cimg%20src=x%20onerror=alert(1)%3E/')).toBe('img src onerror alert');
		expect(wordsFromPath('/gr%C3%BC%C3%9Fe/')).toBe('grüße');
	});

	it('survives a malformed escape and drops noise', () => {
		expect(wordsFromPath('/%E0%A4%A/index.html')).toBe('e0 a4');
		expect(wordsFromPath('/2023/10/page/')).toBe('');
	});

	it('gives at most six words', () => {
		expect(wordsFromPath('/a1/b2/c3/d4/e5/f6/g7/h8/').split(' ')).toHaveLength(6);
	});
});

describe('excerptParts', () => {
	it('splits an excerpt into plain and marked runs', () => {
		expect(excerptParts('managing IT <mark>budgets,</mark> ensuring')).toEqual([
			{ text: 'managing IT ', mark: false },
			{ text: 'budgets,', mark: true },
			{ text: ' ensuring', mark: false },
		]);
	});

	it('never passes on a tag other than mark, and decodes entities to text', () => {
		const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)><mark>x</mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', mark: false },
			{ text: 'x', mark: true },
		]);
	});
});

describe('decodeEntities', () => {
	it('decodes named and numeric entities and leaves unknown ones', () => {
		expect(decodeEntities('&amp; &#39; &#x1F680; &bogus; &#0;')).toBe("& ' 🚀 &bogus; &#0;");
	});
});

describe('highlightTerms', () => {
	const STOP = stopWordSet(en['search.stopWords']);
	it('keeps the words worth marking', () => {
		expect(highlightTerms('Who manages the IT budget?', STOP)).toEqual(['manages', 'it', 'budget']);
	});

	it('drops repeats and empty words', () => {
		expect(highlightTerms('budget budget (.*) ', STOP)).toEqual(['budget']);
	});
});

describe('indexQuery', () => {
	const STOP = stopWordSet(en['search.stopWords']);
	it('searches the words that carry meaning, keeping IT', () => {
		expect(indexQuery('Who owns the tech stack?', STOP)).toBe('owns tech stack?');
		expect(indexQuery('Do we need an IT department', STOP)).toBe('need IT department');
	});

	it('searches a query of stop words only as typed', () => {
		expect(indexQuery('  who  are you ', STOP)).toBe('who are you');
	});
});

describe('search terms in excerpts', () => {
	it('carries an entry’s terms between marks, once each', () => {
		expect(searchTermsText(['tech stack', 'CTIO', 'tech stack'])).toBe('⟦ tech stack. CTIO. ⟧');
		expect(searchTermsText([])).toBe('');
	});

	it('cuts them out wherever the excerpt starts or ends', () => {
		expect(withoutSearchTerms('The CIO runs IT. ⟦ <mark>tech</mark> stack. ⟧ Focus: business.')).toBe(
			'The CIO runs IT. Focus: business.',
		);
		expect(withoutSearchTerms('stack. IT department. ⟧ The CTO sets')).toBe('The CTO sets');
		expect(withoutSearchTerms('The CTO sets ⟦ tech stack. IT')).toBe('The CTO sets');
	});

	it('shows a reader neither the terms nor a marked stop word', () => {
		const STOP = stopWordSet(en['search.stopWords']);
		expect(
			excerptParts('<mark>Who</mark> owns <mark>the</mark> <mark>budget</mark> ⟦ <mark>money</mark> ⟧', STOP),
		).toEqual([
			{ text: 'Who owns the ', mark: false },
			{ text: 'budget', mark: true },
		]);
	});
});

describe('withHighlight', () => {
	it('adds the terms before the fragment of a root-relative URL', () => {
		expect(withHighlight('/kb/roles/cio/#focus', ['it', 'budget'])).toBe(
			'/kb/roles/cio/?pagefind-highlight=it&pagefind-highlight=budget#focus',
		);
	});

	it('encodes terms and leaves the URL alone without terms', () => {
		expect(withHighlight('/guide/', ['a&b'])).toBe('/guide/?pagefind-highlight=a%26b');
		expect(withHighlight('/guide/', [])).toBe('/guide/');
	});
});

describe('openSearchXml', () => {
	it('describes the search page and escapes what it is given', () => {
		const xml = openSearchXml({
			shortName: 'CIO vs CTO',
			description: 'Search <this> & that',
			searchUrl: 'https://example.org/kb/search/',
			selfUrl: 'https://example.org/kb/opensearch.xml',
			iconUrl: 'https://example.org/kb/favicon.svg',
		});
		expect(xml).toContain('template="https://example.org/kb/search/?q={searchTerms}"');
		expect(xml).toContain('<Description>Search &#60;this&#62; &#38; that</Description>');
		expect(xml).toContain('<ShortName>CIO vs CTO</ShortName>');
	});
});

describe('searchInReaderWords', () => {
	const STOP = stopWordSet(en['search.stopWords']);
	/** A fake index: each page's words; like Pagefind, it drops the words no page has. */
	const pages: Record<string, string[]> = {
		cio: ['budget', 'infrastructure', 'it'],
		cto: ['product', 'innovation'],
		faq: ['budget', 'product', 'salary'],
	};
	const run = async (query: string) => {
		const known = query.split(' ').filter((word) => Object.values(pages).some((words) => words.includes(word)));
		if (known.length === 0) return [];
		return Object.entries(pages)
			.filter(([, words]) => known.every((word) => words.includes(word)))
			.map(([id, words]) => ({ id, score: words.length, data: async () => id }));
	};
	const ids = async (query: string) => {
		const found = (await searchInReaderWords(query, STOP, run))!;
		return { ids: found.hits.map((hit) => hit.id), complete: found.complete };
	};

	it('gives the pages with every word, complete', async () => {
		expect(await ids('the budget')).toEqual({ ids: ['cio', 'faq'], complete: 2 });
	});

	it('adds the pages with most of the words when few have all of them', async () => {
		expect(await ids('budget product')).toEqual({ ids: ['faq', 'cio', 'cto'], complete: 1 });
	});

	it('calls a search with a word no page has incomplete, though the index drops that word', async () => {
		expect(await ids('budget xylophone')).toEqual({ ids: ['cio', 'faq'], complete: 0 });
		expect(await ids('xylophone')).toEqual({ ids: [], complete: 0 });
	});
});

describe('typo correction: words', () => {
	it('folds case and accents, ß as ss', () => {
		expect(foldWord('Größe')).toBe('grosse');
		expect(foldWord('Café')).toBe('cafe');
	});

	it('allows no typo under four letters, one up to seven, two from eight', () => {
		expect([typoBudget('cio'), typoBudget('buget'), typoBudget('strategy'), typoBudget('Infrastucktur')]).toEqual([
			0, 1, 2, 2,
		]);
	});

	it('counts insertions, deletions, replacements and swapped neighbours as one edit each', () => {
		expect(editDistance('buget', 'budget')).toBe(1);
		expect(editDistance('bugdet', 'budget')).toBe(1);
		expect(editDistance('budgat', 'budget')).toBe(1);
		expect(editDistance('budgett', 'budget')).toBe(1);
		expect(editDistance('infrastucktur', 'infrastruktur')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});

	it('stops counting above the limit', () => {
		expect(editDistance('budget', 'strategy', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 1)).toBe(2);
	});

	it('looks at the words worth correcting: no stop words, numbers or short words, split at hyphens', () => {
		const stop = stopWordSet(en['search.stopWords']);
		expect(correctableWords('who owns the IT-Buget in 2023', stop)).toEqual(['owns', 'buget']);
		expect(correctableWords('CIO vs CTO', stop)).toEqual([]);
	});

	const LIST = ['budget', 'innovation', 'budgets', 'infrastructure', 'strategy', 'which', 'bucket'];

	it('offers the closest words, fewest edits first, then the same first letter, then the more frequent', () => {
		expect(closestWords('buget', LIST)).toEqual(['budget']);
		expect(closestWords('inovation', LIST)).toEqual(['innovation']);
		expect(closestWords('budgetz', LIST)).toEqual(['budget', 'budgets']);
		expect(closestWords('vudget', ['budget', 'vudgets'])).toEqual(['vudgets', 'budget']);
	});

	it('offers nothing for short words, stop words or words too far from any', () => {
		expect(closestWords('cto', ['cio'])).toEqual([]);
		expect(closestWords('whick', LIST, new Set(['which']))).toEqual([]);
		expect(closestWords('xylophone', LIST)).toEqual([]);
	});

	it('knows a word still being typed', () => {
		expect(listHasPrefix('strat', LIST)).toBe(true);
		expect(listHasPrefix('Infra', LIST)).toBe(true);
		expect(listHasPrefix('strax', LIST)).toBe(false);
	});

	it('writes a correction the way the reader wrote the word', () => {
		expect(inReadersCase('Infrastucktur', 'infrastruktur')).toBe('Infrastruktur');
		expect(inReadersCase('BUGET', 'budget')).toBe('BUDGET');
		expect(inReadersCase('buget', 'budget')).toBe('budget');
	});

	it('replaces whole words only, keeping the rest as typed', () => {
		const parts = correctedParts('who owns the IT-Buget,  buget?', new Map([['buget', 'budget']]));
		expect(parts).toEqual([
			{ text: 'who owns the IT-', corrected: false },
			{ text: 'Budget', corrected: true },
			{ text: ', ', corrected: false },
			{ text: 'budget', corrected: true },
			{ text: '?', corrected: false },
		]);
		expect(correctedParts('budgeting', new Map([['budget', 'x']]))).toEqual([{ text: 'budgeting', corrected: false }]);
	});

	it('names a word list file per language, safe in a URL', () => {
		expect(wordListFile('de')).toBe('words-de.json');
		expect(wordListFile('../x')).toBe('words-x.json');
	});
});

describe("traces of the reader's words in the matches", () => {
	it('reads the matched words at their positions', () => {
		expect(matchedWords({ raw_content: 'The IT-Budget is the CIO’s.', locations: [1, 4] })).toEqual([
			'it-budget',
			'cio’s.',
		]);
		expect(matchedWords({})).toEqual([]);
	});

	it('sees a word in its forms, its beginning and compounds, not in a shorter word it starts with', () => {
		expect(showsTraceOf('budgeting', ['budget'])).toBe(true);
		expect(showsTraceOf('strat', ['strategy.'])).toBe(true);
		expect(showsTraceOf('Infrastruktur', ['it-infrastruktur,'])).toBe(true);
		expect(showsTraceOf('inovation', ['in', 'innovation'])).toBe(false);
		expect(showsTraceOf('buget', [])).toBe(false);
	});
});

describe('searchForgivingTypos', () => {
	const STOP = stopWordSet(en['search.stopWords']);
	const pages: Record<string, string[]> = {
		cio: ['budget', 'infrastructure', 'it'],
		cto: ['product', 'innovation'],
		faq: ['budget', 'product', 'in'],
	};
	const indexed = (word: string) => Object.values(pages).some((words) => words.includes(word));
	/**
	 * A fake Pagefind: a word matches the words it starts; a word that starts none falls back to the
	 * longest indexed word it starts with ("inovation" finds "in"); a quoted word matches exactly.
	 */
	const run = async (query: string) => {
		query = query.toLowerCase();
		const exact = /^"(.*)"$/.exec(query)?.[1];
		const matches = (word: string, page: string[]) => page.some((known) => known.startsWith(word));
		const terms = (exact ? [exact] : query.split(' '))
			.map((word) => {
				if (exact) return indexed(word) ? word : undefined;
				if (Object.values(pages).some((page) => matches(word, page))) return word;
				const prefix = Object.values(pages)
					.flat()
					.filter((known) => word.startsWith(known))
					.sort((a, b) => b.length - a.length)[0];
				return prefix;
			})
			.filter((word): word is string => word !== undefined);
		if (terms.length === 0) return [];
		return Object.entries(pages)
			.filter(([, words]) => terms.every((term) => words.some((known) => known.startsWith(term))))
			.map(([id, words]) => ({
				id,
				score: words.length,
				// Like Pagefind's data: the page's text and where the matched words are.
				data: async () => ({
					raw_content: words.join(' '),
					locations: words.flatMap((known, at) => (terms.some((term) => known.startsWith(term)) ? [at] : [])),
				}),
			}));
	};
	let loads = 0;
	const words = async () => {
		loads += 1;
		return ['budget', 'product', 'innovation', 'infrastructure', 'it', 'in'];
	};
	const search = async (query: string) => {
		const found = (await searchForgivingTypos(query, STOP, run, words))!;
		return { ids: found.hits.map((hit) => hit.id), corrected: found.correction?.query };
	};

	it('searches a query whose words are all in the index as typed, without loading the word list', async () => {
		loads = 0;
		expect(await search('budget product')).toEqual({ ids: ['faq', 'cio', 'cto'], corrected: undefined });
		expect(loads).toBe(0);
	});

	it('costs a query spelt right no exact search', async () => {
		const searched: string[] = [];
		const counting = async (query: string) => (searched.push(query), run(query));
		await searchForgivingTypos('budget product', STOP, counting, words);
		await searchForgivingTypos('innovation', STOP, counting, words);
		expect(searched.filter((query) => query.startsWith('"'))).toEqual([]);
	});

	it('checks exactly only a word that found pages but left no trace in them', async () => {
		const searched: string[] = [];
		const counting = async (query: string) => (searched.push(query), run(query));
		await searchForgivingTypos('buget', STOP, counting, words);
		await searchForgivingTypos('inovation', STOP, counting, words);
		expect(searched.filter((query) => query.startsWith('"'))).toEqual(['"inovation"']);
	});

	it('corrects a word no page has', async () => {
		expect(await search('buget')).toEqual({ ids: ['cio', 'faq'], corrected: 'budget' });
	});

	it('corrects a word the index only matches by a shorter word it starts with', async () => {
		expect(await search('inovation')).toEqual({ ids: ['cto'], corrected: 'innovation' });
	});

	it('corrects one word of several, keeping the others as typed', async () => {
		// One page has every word; the other has some (fewer than three full matches bring them in).
		expect(await search('the IT buget')).toEqual({ ids: ['cio', 'faq'], corrected: 'the IT budget' });
	});

	it('leaves a word being typed alone', async () => {
		expect((await search('infra')).corrected).toBeUndefined();
	});

	it('searches as typed when nothing is close, or when asked to', async () => {
		expect(await search('xylophone')).toEqual({ ids: [], corrected: undefined });
		const asTyped = (await searchForgivingTypos('buget', STOP, run))!;
		expect(asTyped.hits).toEqual([]);
		expect(asTyped.correction).toBeUndefined();
	});

	it('searches as typed when the word list cannot load', async () => {
		const found = (await searchForgivingTypos('buget', STOP, run, () => Promise.reject(new Error('offline'))))!;
		expect(found.correction).toBeUndefined();
	});

	it('shows early results only for words the index has: as typed, or once corrected', async () => {
		const early: string[] = [];
		const record = (outcome: { correction?: { query: string } }) =>
			void early.push(outcome.correction?.query ?? 'as typed');
		await searchForgivingTypos('inovation product', STOP, run, words, record);
		await searchForgivingTypos('innovation product', STOP, run, words, record);
		expect(early).toEqual(['innovation product', 'as typed']);
	});

	it('stops when a newer search supersedes it', async () => {
		let calls = 0;
		const superseded = async (query: string) => (++calls > 1 ? null : run(query));
		expect(await searchForgivingTypos('buget', STOP, superseded, words)).toBeNull();
	});
});

describe('results titled by the heading that matches', () => {
	/** The FAQ page for "owns IT budget": its title at 0, two questions, the second matching fully. */
	const faq: PageData = {
		url: '/faq/',
		excerpt: 'page excerpt',
		meta: { title: 'Questions readers bring' },
		filters: { kind: ['reference'] },
		locations: [10, 103, 266, 268, 269, 285],
		sub_results: [
			{ title: 'Questions readers bring', url: '/faq/', excerpt: 'intro', locations: [10] },
			{
				title: 'What does a CIO do?',
				url: '/faq/#cio',
				excerpt: 'cio excerpt',
				anchor: { element: 'h3', id: 'cio', text: 'What does a CIO do?', location: 59 },
				locations: [103],
			},
			{
				title: 'Who owns the IT budget?',
				url: '/faq/#it-budget',
				excerpt: 'budget excerpt',
				anchor: { element: 'h3', id: 'it-budget', text: 'Who owns the IT budget?', location: 265 },
				locations: [266, 268, 269, 285],
			},
		],
	};

	it('titles the result by the heading that holds the query, with the page as breadcrumb', () => {
		const view = presentResult(faq, 3);
		expect(view).toMatchObject({
			title: 'Who owns the IT budget?',
			url: '/faq/#it-budget',
			excerpt: 'budget excerpt',
			page: { title: 'Questions readers bring', url: '/faq/' },
			kind: 'reference',
			coverage: 1,
		});
		expect(view.sections.map((section) => section.title)).toEqual(['What does a CIO do?']);
	});

	it('shows what follows the heading, up to the next section, with the words marked and search terms not counted', () => {
		const text =
			'Questions readers bring Intro text. Who owns the IT budget? ⟦ budget owner. ⟧ The CIO owns it. Who leads product? The CTO.';
		const page: PageData = {
			url: '/faq/',
			excerpt: 'page',
			meta: { title: 'Questions readers bring' },
			raw_content: text,
			locations: [6, 8, 9, 11, 16],
			anchors: [
				{ element: 'h3', id: 'it-budget', text: 'Who owns the IT budget?', location: 5 },
				{ element: 'span', id: 'not-a-section', location: 15 },
				{ element: 'h3', id: 'product', text: 'Who leads product?', location: 18 },
			],
			sub_results: [
				{
					title: 'Who owns the IT budget?',
					url: '/faq/#it-budget',
					excerpt: 'Who <mark>owns</mark> the',
					anchor: { element: 'h3', id: 'it-budget', text: 'Who owns the IT budget?', location: 5 },
					locations: [6, 8, 9, 11, 16],
				},
			],
		};
		const view = presentResult(page, 3);
		expect(view.excerpt).toBe('⟦ <mark>budget</mark> owner. ⟧ The CIO <mark>owns</mark> it.');
		expect(excerptParts(view.excerpt).map((part) => part.text)).toEqual(['The CIO ', 'owns', ' it.']);
		// Without the page's text, Pagefind's excerpt of the section.
		const withoutText: PageData = { ...page };
		delete withoutText.raw_content;
		expect(presentResult(withoutText, 3).excerpt).toBe('Who <mark>owns</mark> the');
	});

	it('keeps the page as the title when no heading holds half the query, or the title holds as much', () => {
		const bodyOnly = presentResult({ ...faq, sub_results: faq.sub_results!.slice(0, 2) }, 3);
		expect(bodyOnly).toMatchObject({ title: 'Questions readers bring', url: '/faq/' });
		expect(bodyOnly.page).toBeUndefined();
		const titled = presentResult({ ...faq, meta: { title: 'IT budget questions' }, locations: [0, 1, 266] }, 2);
		expect(titled).toMatchObject({ title: 'IT budget questions', url: '/faq/' });
	});

	it('ranks a page whose heading holds the query above one that only mentions it, among full matches', async () => {
		const mentions: PageData = { url: '/roles/cio/', excerpt: 'cio', meta: { title: 'CIO' }, locations: [40, 41, 42] };
		const hit = (id: string, score: number, data: PageData) => ({ id, score, data: async () => data });
		const views = await presentResults(
			{ hits: [hit('cio', 2.5, mentions), hit('faq', 2, faq)], complete: 2 },
			'who owns the IT budget',
			stopWordSet(en['search.stopWords']),
			5,
		);
		expect(views.map((view) => view.title)).toEqual(['Who owns the IT budget?', 'CIO']);
		// Pages with only some of the words keep their order (most words first).
		const partial = await presentResults(
			{ hits: [hit('cio', 2.5, mentions), hit('faq', 2, faq)], complete: 0 },
			'who owns the IT budget',
			stopWordSet(en['search.stopWords']),
			5,
		);
		expect(partial.map((view) => view.title)).toEqual(['CIO', 'Who owns the IT budget?']);
	});
});
