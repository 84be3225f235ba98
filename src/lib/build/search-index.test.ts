import { describe, expect, it } from 'vitest';
import { indexableHtml, mergeBundles, withSearchTerms, type BundleFile } from './search-index';

/** The text a reader would read, as the index sees it: tags dropped, nothing added. */
const text = (html: string) => indexableHtml(html).replace(/<[^>]*>/g, '');

describe('indexableHtml', () => {
	it('keeps table cells, definition terms and flex items apart', () => {
		expect(text('<tr><th>Focus</th><td>Business-centric</td></tr>')).toBe('Focus Business-centric ');
		expect(text('<dl><dt>CIO</dt><dd>The CIO aligns</dd></dl>')).toBe('CIO The CIO aligns ');
		expect(text('<span>CIO</span><span>CTO</span>Pulls')).toBe('CIO CTO Pulls');
		expect(text('<a href="#size">Company size</a><span>Growing</span>')).toBe('Company size Growing');
		expect(text('<strong>A CTO.</strong><span>Your answers</span>')).toBe('A CTO. Your answers');
		expect(text('<legend>Company size<label>Growing</label></legend>')).toBe('Company size Growing ');
	});

	it('lets a sentence run on after a quotation, a link or emphasis', () => {
		expect(text('<p>It <q>sets the technical direction</q>, and <a href="#x">more</a>.</p>')).toBe(
			'It sets the technical direction, and more.',
		);
		expect(text('<em>CIO</em>s')).toBe('CIOs');
	});

	it('leaves out the words drawn in pictures, which their text equivalents say', () => {
		expect(text('<p>Before</p><svg viewBox="0 0 1 1"><text>CIO</text><text>CTO</text></svg><p>After</p>')).toBe(
			'Before After',
		);
	});

	it('leaves out what only screen readers get, but not what is hidden at some widths only', () => {
		expect(
			text('<caption class="sr-only">All 27 answers</caption><a><span class="sr-only">Small, tech: </span>CTO</a>'),
		).toBe('  CTO');
		expect(text('<a><span class="sm:sr-only">CIO</span> Business</a>')).toBe('CIO Business');
	});

	it('reads a heading’s long words whole, without the soft hyphens they carry for narrow screens', () => {
		expect(indexableHtml('<h1>Wis\u00ADsens\u00ADda\u00ADten\u00ADbank</h1>')).toBe('<h1>Wissensdatenbank</h1>');
	});

	it('reads a line break as a space', () => {
		expect(text('one<br>two<br />three')).toBe('one two three');
	});
});

describe('withSearchTerms', () => {
	const page = '<main><h1>The FAQ</h1><h3 id="pay">Who earns more?</h3><p>The article does not say.</p></main>';

	it('adds the page’s terms after its heading and a section’s after the element with its id', () => {
		const html = withSearchTerms(page, { page: ['questions'], sections: { pay: ['salary', 'a<b'] } });
		expect(html).toBe(
			'<main><h1>The FAQ</h1> <span data-pagefind-weight="5">⟦ questions. ⟧</span> <h3 id="pay">Who earns more?</h3> <span data-pagefind-weight="5">⟦ salary. a&#60;b. ⟧</span> <p>The article does not say.</p></main>',
		);
	});

	it('leaves a page without terms as it is', () => {
		expect(withSearchTerms(page, undefined)).toBe(page);
		expect(withSearchTerms(page, { page: [], sections: { pay: [] } })).toBe(page);
	});

	it('fails for terms of a section the page does not have, rather than lose them', () => {
		expect(() => withSearchTerms(page, { page: [], sections: { gone: ['x'] } })).toThrow(/#gone/);
	});
});

describe('mergeBundles', () => {
	const file = (path: string, text: string): BundleFile => ({ path, content: new TextEncoder().encode(text) });
	const entry = (languages: Record<string, object>, version = '1.6.0') =>
		file('pagefind-entry.json', JSON.stringify({ version, languages, include_characters: ['_'] }));
	const text = (files: BundleFile[], path: string) =>
		new TextDecoder().decode(files.find((each) => each.path === path)?.content);

	it("joins the languages' bundles: their own files, the shared ones once, one entry listing every language", () => {
		const merged = mergeBundles([
			[
				entry({ en: { hash: 'en_1', wasm: 'en', page_count: 2 } }),
				file('pagefind.js', 'script'),
				file('fragment/en_a.pf_fragment', 'a'),
			],
			[
				entry({ de: { hash: 'de_1', wasm: 'de', page_count: 3 } }),
				file('pagefind.js', 'script'),
				file('fragment/de_b.pf_fragment', 'b'),
			],
		]);
		expect(merged.map((each) => each.path)).toEqual([
			'fragment/de_b.pf_fragment',
			'fragment/en_a.pf_fragment',
			'pagefind-entry.json',
			'pagefind.js',
		]);
		expect(JSON.parse(text(merged, 'pagefind-entry.json'))).toEqual({
			version: '1.6.0',
			languages: { de: { hash: 'de_1', wasm: 'de', page_count: 3 }, en: { hash: 'en_1', wasm: 'en', page_count: 2 } },
			include_characters: ['_'],
		});
		// Languages in order, whatever order the indexes were made in.
		expect(text(merged, 'pagefind-entry.json').indexOf('"de"')).toBeLessThan(
			text(merged, 'pagefind-entry.json').indexOf('"en"'),
		);
	});

	it('fails, naming the file, when the bundles do not fit together', () => {
		expect(() => mergeBundles([[file('pagefind.js', 'a')], [file('pagefind.js', 'b')]])).toThrow(
			"pagefind.js differs between the languages' indexes",
		);
		expect(() => mergeBundles([[entry({ en: {} })], [entry({ en: {} })]])).toThrow(
			'the language "en" is in two indexes',
		);
		expect(() => mergeBundles([[entry({ en: {} })], [entry({ de: {} }, '1.5.0')]])).toThrow(
			'pagefind-entry.json: Pagefind 1.5.0 and 1.6.0 in one bundle',
		);
	});
});
