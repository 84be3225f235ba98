import { describe, expect, it } from 'vitest';
import { hyphenateHeading, mayNotFit, SOFT_HYPHEN } from './hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenateHeading', () => {
	it('marks where the long words of a German heading may break, at a main heading’s size', () => {
		expect(shown(hyphenateHeading('Was diese Wissensdatenbank beantwortet', 'de', 30))).toBe(
			'Was diese Wis·sens·da·ten·bank beantwortet',
		);
		expect(shown(hyphenateHeading('Unterschiede und Überschneidungen', 'de', 32))).toBe(
			'Unterschiede und Über·schnei·dun·gen',
		);
	});

	it('leaves whole the words that fit a phone’s line at the heading’s size', () => {
		expect(mayNotFit('Wissensdatenbank', 30)).toBe(true);
		expect(mayNotFit('Wissensdatenbank', 20)).toBe(false);
		expect(hyphenateHeading('Überschneidungen', 'de', 18)).toBe('Überschneidungen');
		expect(hyphenateHeading('Verantwortlichkeitsbereiche', 'de', 18)).not.toBe('Verantwortlichkeitsbereiche');
	});

	it('leaves tags, attributes and entities alone, and changes no letter', () => {
		const html = '<q cite="https://example.org/Verantwortlichkeiten">Verantwortlichkeiten</q> &amp; IT';
		const result = hyphenateHeading(html, 'de', 30);
		expect(result).toContain('cite="https://example.org/Verantwortlichkeiten"');
		expect(result).toContain('&amp; IT');
		expect(result.replaceAll(SOFT_HYPHEN, '')).toBe(html);
		expect(result).not.toBe(html);
	});

	it('hyphenates English by its own patterns, and leaves a language without patterns as it is', () => {
		expect(shown(hyphenateHeading('Understanding', 'en-GB', 40))).toBe('Un·der·stand·ing');
		expect(hyphenateHeading('Understanding', 'xx', 40)).toBe('Understanding');
	});
});
