import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTokens } from './tokens';

describe('parseTokens', () => {
	it('reads every colour of the stylesheet in both themes', () => {
		const tokens = parseTokens(readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8'));
		expect(Object.keys(tokens)).toEqual(expect.arrayContaining(['bg', 'text', 'muted', 'accent', 'cio', 'cto']));
		expect(tokens['cio']).toEqual({ light: expect.stringMatching(/^#/), dark: expect.stringMatching(/^#/) });
	});

	it('ignores anything that is not a light-dark pair', () => {
		expect(parseTokens('--kb-x: red; --kb-y: light-dark(#000, #fff);')).toEqual({ y: { light: '#000', dark: '#fff' } });
	});
});
