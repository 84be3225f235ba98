import { describe, expect, it } from 'vitest';
import { pullLabel, pullOf, ruleNotes } from './views';

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

describe('ruleNotes', () => {
	const words = {
		answer: (param: string, id: string) => ({
			question: param === 'goal' ? 'Goals' : param,
			answer: id === 'both' ? 'Both equally' : id,
		}),
		role: (role: string) => role.toUpperCase(),
		quote: (label: string) => `“${label}”`,
	};
	const weights = { cio: 0, cto: 0 };

	it('states the rules an answer brings, from its facts', () => {
		expect(
			ruleNotes({ id: 'small', weights, structure: { maxExecutives: 1, whenBalanced: 'combined' } }, words),
		).toEqual([{ key: 'guide.rule.single', values: {} }]);
		expect(
			ruleNotes({ id: 'growing', weights, structure: { maxExecutives: 2, whenBalanced: 'combined' } }, words),
		).toEqual([{ key: 'guide.rule.tieCombined', values: {} }]);
		expect(
			ruleNotes(
				{ id: 'large', weights, structure: { maxExecutives: 2, whenBalanced: 'both', bothWhen: [{ goal: 'both' }] } },
				words,
			),
		).toEqual([
			{ key: 'guide.rule.bothWhen', values: { answers: '“Both equally”' } },
			{ key: 'guide.rule.tieBoth', values: {} },
		]);
		expect(ruleNotes({ id: 'innovation', weights: { cio: 0, cto: 2 }, requires: 'cto' }, words)).toEqual([
			{ key: 'guide.rule.requires', values: { role: 'CTO' } },
		]);
	});

	it('says nothing of an answer that only weighs', () => {
		expect(ruleNotes({ id: 'tech', weights: { cio: 0, cto: 2 } }, words)).toEqual([]);
	});
});
