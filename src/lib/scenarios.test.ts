import { describe, expect, it } from 'vitest';
import { findScenarioMismatches, type ScenarioStatement } from './scenarios';
import type { Factor } from './recommend';

const factors: Factor[] = [
	{
		param: 'size',
		anchor: 'company-size',
		title: 'Company size',
		options: [
			{
				id: 'small',
				weights: { cio: 0, cto: 0 },
				reason: 'small',
				structure: { maxExecutives: 1, whenBalanced: 'combined' },
			},
			{
				id: 'large',
				weights: { cio: 0, cto: 0 },
				reason: 'large',
				structure: { maxExecutives: 2, whenBalanced: 'both' },
			},
		],
	},
	{
		param: 'goal',
		anchor: 'goals',
		title: 'Goals',
		options: [
			{ id: 'efficiency', weights: { cio: 2, cto: 0 }, reason: 'efficiency' },
			{ id: 'both', weights: { cio: 1, cto: 1 }, reason: 'both' },
		],
	},
];

const scenario = (answers: Record<string, string>, expected: ScenarioStatement['expected']): ScenarioStatement => ({
	id: 'example',
	filePath: 'content/scenarios/example.mdx',
	answers,
	expected,
});

describe('findScenarioMismatches', () => {
	it('accepts scenarios whose stated recommendation the engine agrees with', () => {
		expect(
			findScenarioMismatches(
				[
					scenario({ size: 'large', goal: 'efficiency' }, { recommendation: 'cio' }),
					scenario({ size: 'large', goal: 'both' }, { recommendation: 'both' }),
					scenario({ size: 'small', goal: 'efficiency' }, { recommendation: 'combined', lean: 'cio' }),
				],
				factors,
			),
		).toEqual([]);
	});

	it('names the file and both answers when the recommendation disagrees', () => {
		expect(
			findScenarioMismatches([scenario({ size: 'large', goal: 'both' }, { recommendation: 'cio' })], factors),
		).toEqual(['content/scenarios/example.mdx: field "expected" says "cio", but the recommender answers "both".']);
	});

	it('catches a wrong lean for one person covering both roles', () => {
		expect(
			findScenarioMismatches(
				[scenario({ size: 'small', goal: 'both' }, { recommendation: 'combined', lean: 'cto' })],
				factors,
			),
		).toEqual([
			'content/scenarios/example.mdx: field "expected" says "combined" leaning "cto", but the recommender answers "combined" leaning "balanced".',
		]);
	});

	it('reports missing, unknown and misspelt answers by field', () => {
		expect(
			findScenarioMismatches([scenario({ size: 'medium', colour: 'red' }, { recommendation: 'cio' })], factors),
		).toEqual([
			'content/scenarios/example.mdx: field "answers.colour" is not a question of the guide.',
			'content/scenarios/example.mdx: field "answers.size" is "medium"; expected one of small, large.',
			'content/scenarios/example.mdx: field "answers.goal" is ""; expected one of efficiency, both.',
		]);
	});
});
