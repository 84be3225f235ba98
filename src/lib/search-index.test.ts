import { describe, expect, it } from 'vitest';
import { indexableHtml } from './search-index';

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

	it('reads a line break as a space', () => {
		expect(text('one<br>two<br />three')).toBe('one two three');
	});
});
