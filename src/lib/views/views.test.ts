import { describe, expect, it } from 'vitest';
import { pullLabel, pullOf } from './views';

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

describe('pullLabel', () => {
	it('labels every pull', () => {
		expect(pullLabel({ cio: 2, cto: 0 })).toBe('guide.pull.cio');
		expect(pullLabel({ cio: 0, cto: 0 })).toBe('guide.pull.structure');
	});
});
