import { describe, expect, it } from 'vitest';
import { renderedParts } from './rendered-words';

describe('renderedParts', () => {
	it('cuts rendered words into runs and section headings, in order, without the final line break', () => {
		const html =
			'<p>Lead.</p>\n<h2 id="first">The <em>first</em> one</h2>\n<p>Text.</p>\n<h3 id="a&amp;b">Sub</h3>\n<ul>\n<li>x</li>\n</ul>\n';
		expect(renderedParts(html)).toEqual([
			{ html: '<p>Lead.</p>\n' },
			{ level: 2, id: 'first', html: 'The <em>first</em> one' },
			{ html: '\n<p>Text.</p>\n' },
			{ level: 3, id: 'a&b', html: 'Sub' },
			{ html: '\n<ul>\n<li>x</li>\n</ul>' },
		]);
	});

	it('leaves other headings and headings without an id as HTML', () => {
		const html = '<h2>No id</h2>\n<h4 id="deep">Deep</h4>\n<h2 class="x" id="later">Later</h2>';
		expect(renderedParts(html)).toEqual([
			{ html: '<h2>No id</h2>\n<h4 id="deep">Deep</h4>\n' },
			{ level: 2, id: 'later', html: 'Later' },
		]);
	});

	it('keeps words without headings whole', () => {
		expect(renderedParts('<p>Only a paragraph.</p>\n')).toEqual([{ html: '<p>Only a paragraph.</p>' }]);
	});
});
