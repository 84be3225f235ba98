import { describe, expect, it } from 'vitest';
import { extractHeadings, htmlToText } from './toc';

describe('htmlToText', () => {
	it('strips tags and decodes entities', () => {
		expect(htmlToText('<em>Focus</em> &amp; <b>budgets</b>&#39;s &#x2014; x')).toBe("Focus & budgets's — x");
	});

	it('collapses whitespace', () => {
		expect(htmlToText('  a\n\t b  ')).toBe('a b');
	});

	it('leaves unknown entities as they are', () => {
		expect(htmlToText('&bogus;')).toBe('&bogus;');
	});
});

describe('extractHeadings', () => {
	it('lists h2 and h3 headings with ids in document order', () => {
		const html =
			'<h1 id="t">Title</h1><h2 id="a" class="x">A <code>b</code></h2><p>text</p><h3 id="c">C</h3><h4 id="d">D</h4>';
		expect(extractHeadings(html)).toEqual([
			{ depth: 2, id: 'a', text: 'A b' },
			{ depth: 3, id: 'c', text: 'C' },
		]);
	});

	it('skips headings without an id, empty ones and those marked to skip', () => {
		const html = '<h2>No id</h2><h2 id="e"></h2><h2 id="toc" data-toc="skip">On this page</h2><h2 id="k">Kept</h2>';
		expect(extractHeadings(html)).toEqual([{ depth: 2, id: 'k', text: 'Kept' }]);
	});
});
