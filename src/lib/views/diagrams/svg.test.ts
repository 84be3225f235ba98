import { describe, expect, it } from 'vitest';
import { checkId, esc, num, svgRoot, text, textWidth, wrap, wrapTo } from './svg';
import { readSvg } from '../../../testing/diagrams';

describe('esc', () => {
	it('turns markup into text, quotes included', () => {
		expect(esc(`<script>alert("x")</script> & 'y'`)).toBe(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
		);
	});

	it('leaves ordinary words, umlauts and typographic quotes alone', () => {
		expect(esc('Geschäftsziele – CIO’s')).toBe('Geschäftsziele – CIO’s');
	});
});

describe('wrap', () => {
	it('fills each line with as many words as fit', () => {
		expect(wrap('Aligning IT with business goals', 16)).toEqual(['Aligning IT with', 'business goals']);
		expect(wrap('Aligning IT with business goals', 40)).toEqual(['Aligning IT with business goals']);
	});

	it('never makes a line longer than the limit when the words allow it', () => {
		const label = 'Implementing technologies for operational efficiency and productivity';
		for (const max of [12, 14, 20, 31]) {
			const lines = wrap(label, max);
			expect(lines.join(' ')).toBe(label);
			for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
		}
	});

	it('keeps a word longer than the limit whole, on a line of its own', () => {
		expect(wrap('Die Produktentwicklung', 10)).toEqual(['Die', 'Produktentwicklung']);
	});

	it('breaks after a hyphen when the whole word does not fit, and joins it back when it does', () => {
		expect(wrap('Technology-centric', 12)).toEqual(['Technology-', 'centric']);
		expect(wrap('Technology-centric', 18)).toEqual(['Technology-centric']);
		expect(wrap('very technology-centric work', 16)).toEqual(['very technology-', 'centric work']);
	});

	it('keeps a free-standing hyphen or dash with its words and squeezes spaces', () => {
		expect(wrap('  IT-  und   Produkt  ', 40)).toEqual(['IT- und Produkt']);
		expect(wrap('CIO - CTO', 3)).toEqual(['CIO', '-', 'CTO']);
	});

	it('gives no lines for an empty label', () => {
		expect(wrap('   ', 10)).toEqual([]);
	});
});

describe('num', () => {
	it('rounds to one decimal and drops trailing zeros', () => {
		expect([num(12), num(12.04), num(12.25), num(-0.333), num(91.651)]).toEqual(['12', '12', '12.3', '-0.3', '91.7']);
	});
});

describe('textWidth', () => {
	/** Widths at 14 px measured in Chromium with DejaVu Sans, regular and semibold. */
	const measured: [string, number, number][] = [
		['Aligning IT with business goals', 215, 245],
		['New and emerging technology', 215, 241],
		['Technology-centric', 131, 149],
		['Ausrichtung der IT an den Geschäftszielen', 297, 335],
		['Produktentwicklung', 138, 159],
		['CTO', 29, 32],
	];

	it.each(measured)('errs on the wide side, by at most 12%%, for "%s"', (label, regular, bold) => {
		expect(textWidth(label) / regular).toBeGreaterThanOrEqual(1);
		expect(textWidth(label) / regular).toBeLessThanOrEqual(1.12);
		expect(textWidth(label, 14, true) / bold).toBeGreaterThanOrEqual(1);
		expect(textWidth(label, 14, true) / bold).toBeLessThanOrEqual(1.12);
	});

	it('counts wide letters wider than narrow ones and scales with the size', () => {
		expect(textWidth('WWW')).toBeGreaterThan(2 * textWidth('iii'));
		expect(textWidth('CIO', 28)).toBeCloseTo(2 * textWidth('CIO', 14));
	});
});

describe('wrapTo', () => {
	it('breaks by width, so a line of wide letters holds fewer characters', () => {
		const narrow = wrapTo('illicit little fillet still ill', 100);
		const wide = wrapTo('WOMEN MAKE WAVES WHEN WE MOVE', 100);
		expect(narrow.length).toBeLessThan(wide.length);
		for (const line of [...narrow, ...wide]) expect(textWidth(line)).toBeLessThanOrEqual(100);
	});

	it('measures bold text as wider', () => {
		expect(wrapTo('Wachsendes Unternehmen', 200)).toEqual(['Wachsendes Unternehmen']);
		expect(wrapTo('Wachsendes Unternehmen', 200, 14, true)).toEqual(['Wachsendes', 'Unternehmen']);
	});
});

describe('checkId', () => {
	it('accepts ids made for markup and refuses the rest with a message naming the id', () => {
		expect(() => checkId('guide-growth_1')).not.toThrow();
		for (const bad of ['', '1st', 'a b', 'x"y', 'a<b']) expect(() => checkId(bad)).toThrow(`"${bad}"`);
	});
});

describe('text', () => {
	it('writes the first line at y and each further line one line lower, all escaped', () => {
		const markup = `<svg viewBox="0 0 100 100" font-size="14">${text(10, 20, ['a < b', 'c & d'], 'class="fill-muted"')}</svg>`;
		expect(markup).toContain(
			'<text x="10" y="20" class="fill-muted">a &lt; b<tspan x="10" dy="18">c &amp; d</tspan></text>',
		);
		expect(readSvg(markup).labels[0]?.lines).toEqual(['a < b', 'c & d']);
	});
});

describe('svgRoot', () => {
	const markup = svgRoot({ id: 'pic', title: 'A <b>picture</b>' }, 320, 200, '<path d="M0 0h1"/>');

	it('is an image named by its title, as wide as the element around it', () => {
		expect(markup).toMatch(/^<svg viewBox="0 0 320 200" width="100%" role="img" aria-labelledby="pic-title"/);
		expect(markup).toContain('<title id="pic-title">A &lt;b&gt;picture&lt;/b&gt;</title>');
	});

	it('takes a pixel width for icons', () => {
		expect(svgRoot({ id: 'i', title: 't' }, 112, 72, '', 112)).toContain(' width="112" ');
	});

	it('refuses an id that would break the reference', () => {
		expect(() => svgRoot({ id: 'a"b', title: 't' }, 1, 1, '')).toThrow();
	});
});

describe('wrap with soft hyphens', () => {
	const soft = (text: string) => text.replaceAll('·', '\u00AD');

	it('breaks at spaces first, and drops the soft hyphens of words that fit', () => {
		expect(wrap(soft('Inside the organ·isa·tion'), 16)).toEqual(['Inside the', 'organisation']);
	});

	it('breaks a word too long for a line at its soft hyphens, with a visible hyphen', () => {
		expect(wrap(soft('Tech·no·lo·gie·orien·tiert'), 12)).toEqual(['Technologie-', 'orientiert']);
		expect(wrap(soft('Tech·no·lo·gie·orien·tiert'), 12).join('')).not.toContain('\u00AD');
	});
});
