import { describe, expect, it } from 'vitest';
import { en, t, useStrings } from './ui-strings';

describe('ui strings', () => {
	it('has no empty string', () => {
		for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
	});

	it('falls back to English for an unknown language', () => {
		expect(useStrings('xx')('skipLink')).toBe(t('skipLink'));
	});
});
