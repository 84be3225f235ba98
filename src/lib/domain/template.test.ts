import { describe, expect, it } from 'vitest';
import { fill, placeholders, templateParts } from './template';

describe('templates', () => {
	it('splits a sentence into text and placeholders, in order', () => {
		expect(templateParts('Based on {article} by {author}.')).toEqual([
			'Based on ',
			{ name: 'article' },
			' by ',
			{ name: 'author' },
			'.',
		]);
		expect(templateParts('{a}')).toEqual([{ name: 'a' }]);
	});

	it('lists placeholders once each', () => {
		expect(placeholders('{a} and {b} and {a}')).toEqual(['a', 'b']);
	});

	it('fills as text, never as markup', () => {
		expect(fill('“{query}”', { query: '<b>x</b>' })).toBe('“<b>x</b>”');
	});
});
