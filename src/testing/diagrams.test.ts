import { describe, expect, it } from 'vitest';
import { expectEscaped, expectSoundSvg } from './diagrams';

const good =
	'<svg viewBox="0 0 320 100" width="100%" role="img" aria-labelledby="p-title" class="fill-text" font-size="14">' +
	'<title id="p-title">A picture</title><text x="10" y="30">One</text><text x="200" y="30">Two</text></svg>';

describe('expectSoundSvg', () => {
	it('passes a sound picture', () => {
		expect(() => expectSoundSvg(good)).not.toThrow();
	});

	it.each([
		['an inline style', good.replace('<text x="10"', '<text style="fill:red" x="10"')],
		['a style element', good.replace('</svg>', '<style>text{}</style></svg>')],
		['a colour written out', good.replace('<text x="10"', '<text fill="#ff0000" x="10"')],
		['a CSS variable', good.replace('<text x="10"', '<text fill="var(--kb-cio)" x="10"')],
		['a class that is no theme token', good.replace('class="fill-text"', 'class="fill-brand"')],
		['a title that is not referenced', good.replace('aria-labelledby="p-title"', 'aria-labelledby="other"')],
		['a duplicate id', good.replace('<text x="10"', '<text id="p-title" x="10"')],
		['no role', good.replace(' role="img"', '')],
		['a fixed height', good.replace('width="100%"', 'width="100%" height="100"')],
		['a viewBox too wide for a phone', good.replace('0 0 320 100', '0 0 480 100')],
		['text under 12 px at 288 px wide', good.replace('font-size="14"', 'font-size="13"')],
		['a label running off the right edge', good.replace('x="200"', 'x="300"')],
		['a label above the top', good.replace('y="30">One', 'y="5">One')],
		['two labels on top of each other', good.replace('x="200"', 'x="20"')],
		['long fractions', good.replace('x="10"', 'x="10.125"')],
	])('fails a picture with %s', (_, markup) => {
		expect(() => expectSoundSvg(markup)).toThrow();
	});
});

describe('expectEscaped', () => {
	it('fails when a word was injected as markup', () => {
		const word = `<script>alert("x")</script> & 'y' CIO`;
		const injected = good.replace('One', word);
		expect(() => expectEscaped(injected, { cio: word })).toThrow();
	});
});
