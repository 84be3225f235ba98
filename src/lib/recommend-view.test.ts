import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json' with { type: 'json' };
import { decisionCell, describeResult, RECOMMENDER_KEYS } from './recommend-view';
import type { Result } from './recommend';

const result = (recommendation: Result['recommendation'], lean?: Result['lean']): Result => ({
	recommendation,
	...(lean ? { lean } : {}),
	score: { cio: 0, cto: 0 },
	reasons: [],
});

describe('describeResult', () => {
	it('names the role, and the lean for one executive covering both', () => {
		expect(describeResult(result('cio'), en).headline).toBe('A CIO.');
		expect(describeResult(result('combined', 'cto'), en)).toEqual({
			headline: 'One executive covering both roles, leaning toward the CTO side.',
			detail: en['recommend.detail.combined'],
		});
	});
});

describe('decisionCell', () => {
	it('gives the short form for every answer and lean', () => {
		expect(decisionCell(result('both'), en)).toBe('CIO and CTO');
		expect(decisionCell(result('combined', 'balanced'), en)).toBe('One person, balanced');
	});
});

describe('RECOMMENDER_KEYS', () => {
	it('are all strings of the interface', () => {
		for (const key of RECOMMENDER_KEYS) expect(en[key], key).toBeTruthy();
	});
});
