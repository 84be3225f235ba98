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
