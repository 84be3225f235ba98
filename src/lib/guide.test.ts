import { describe, expect, it } from 'vitest';
import { pullOf } from './guide';

describe('pullOf', () => {
	it('names the stronger role', () => {
		expect(pullOf({ cio: 2, cto: 0 })).toBe('cio');
		expect(pullOf({ cio: 1, cto: 3 })).toBe('cto');
	});

	it('says both for an even, non-zero pull and neither for none', () => {
		expect(pullOf({ cio: 1, cto: 1 })).toBe('both');
		expect(pullOf({ cio: 0, cto: 0 })).toBe('neither');
	});
});
