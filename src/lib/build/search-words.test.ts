import { describe, expect, it } from 'vitest';
import { countWords, indexedText, wordList } from './search-words';

const page = (body: string, lang = 'de') => `<!doctype html><html lang="${lang}"><head><title>T</title></head>
<body><nav>Startseite</nav><main><div data-pagefind-body>${body}</div></main><footer>Impressum</footer></body></html>`;

describe('indexedText', () => {
	it('reads the indexed body in its language, without what the index leaves out', () => {
		const text = indexedText(
			page(
				'<h1>IT-Budget</h1><p>Der CIO &amp; das Budget.</p><p data-pagefind-ignore>Aus dem Artikel</p><svg><text>Bild</text></svg><form><label>Feld</label></form>',
			),
		);
		expect(text?.lang).toBe('de');
		expect(text?.text).toContain('IT-Budget');
		expect(text?.text).toContain('Der CIO & das Budget.');
		for (const left of ['Aus dem Artikel', 'Bild', 'Feld', 'Startseite', 'Impressum'])
			expect(text?.text).not.toContain(left);
	});

	it('reads nothing of a page that is not indexed', () => {
		expect(indexedText('<html lang="en"><body><p>Not found</p></body></html>')).toBeUndefined();
	});
});

describe('the word list', () => {
	it('counts words of three letters or more, in lower case, split at hyphens and punctuation', () => {
		const counts = new Map<string, number>();
		countWords('IT-Budget: Das Budget, die Budgets. 2023 Q4 web3 ⟦ Tech-Stack ⟧', counts);
		expect(Object.fromEntries(counts)).toEqual({ budget: 2, das: 1, die: 1, budgets: 1, web3: 1, tech: 1, stack: 1 });
	});

	it('lists the most frequent first, ties alphabetical, capped', () => {
		const counts = new Map([
			['cto', 2],
			['budget', 5],
			['cio', 2],
			['rare', 1],
		]);
		expect(wordList(counts)).toEqual(['budget', 'cio', 'cto', 'rare']);
		expect(wordList(counts, 2)).toEqual(['budget', 'cio']);
	});
});
