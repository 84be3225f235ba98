import { describe, expect, it } from 'vitest';
import { hyphenateHeading, SOFT_HYPHEN } from './hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenateHeading', () => {
	it('marks where the long words of a German heading may break', () => {
		expect(shown(hyphenateHeading('Was diese Wissensdatenbank beantwortet', 'de'))).toBe(
			'Was diese Wis·sens·da·ten·bank beantwortet',
		);
		expect(shown(hyphenateHeading('Unterschiede und Überschneidungen', 'de'))).toBe(
			'Un·ter·schie·de und Über·schnei·dun·gen',
		);
	});

	it('leaves short words, tags, attributes and entities alone, and changes no letter', () => {
		const html = '<q cite="https://example.org/Verantwortlichkeiten">Verantwortlichkeiten</q> &amp; IT';
		const result = hyphenateHeading(html, 'de');
		expect(result).toContain('cite="https://example.org/Verantwortlichkeiten"');
		expect(result).toContain('&amp; IT');
		expect(result.replaceAll(SOFT_HYPHEN, '')).toBe(html);
		expect(result).not.toBe(html);
	});

	it('hyphenates English by its own patterns, and leaves a language without patterns as it is', () => {
		expect(shown(hyphenateHeading('Understanding', 'en-GB'))).toBe('Un·der·stand·ing');
		expect(hyphenateHeading('Understanding', 'xx')).toBe('Understanding');
	});
});
