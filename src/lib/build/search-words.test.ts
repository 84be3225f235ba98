import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { countWords, fragmentText, wordList } from './search-words';

const page = (body: string, lang = 'de') => `<!doctype html><html lang="${lang}"><head><title>T</title></head>
<body><nav>Startseite</nav><main><div data-pagefind-body>${body}</div></main><footer>Impressum</footer></body></html>`;

describe('fragmentText', { timeout: 30_000 }, () => {
	it("reads the text Pagefind indexed of a page, in its index's language, from the page's fragment", async () => {
		const { index } = await pagefind.createIndex({});
		try {
			await index!.addHTMLFile({
				url: '/de/seite/',
				content: page(
					'<h1>IT-Budget</h1><p>Der CIO &amp; das Budget.</p><p data-pagefind-ignore>Aus dem Artikel</p><svg><text>Bild</text></svg><form><label>Feld</label></form>',
				),
			});
			const { files } = await index!.getFiles();
			const texts = files.flatMap((file) => fragmentText(file.path, file.content) ?? []);
			expect(texts).toHaveLength(1);
			expect(texts[0]!.lang).toBe('de');
			expect(texts[0]!.text).toContain('IT-Budget');
			expect(texts[0]!.text).toContain('Der CIO & das Budget.');
			for (const left of ['Aus dem Artikel', 'Bild', 'Feld', 'Startseite', 'Impressum'])
				expect(texts[0]!.text).not.toContain(left);
		} finally {
			await pagefind.close();
		}
	});

	it('passes over the other files of the bundle, and fails on a fragment it cannot read, naming it', () => {
		expect(fragmentText('pagefind-entry.json', new TextEncoder().encode('{}'))).toBeUndefined();
		expect(() => fragmentText('fragment/en_abc123.pf_fragment', gzipSync('{"content":"x"}'))).toThrow(
			'fragment/en_abc123.pf_fragment does not read as a Pagefind fragment (no signature)',
		);
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
