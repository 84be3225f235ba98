import { describe, expect, it } from 'vitest';
import { findScenarioMismatches, type ScenarioStatement } from './scenarios';
import type { Factor } from './recommend';
import { formatProblem, type Problem } from './problems';

/** Problems as the lines the build prints. */
const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

const factors: Factor[] = [
	{
		param: 'size',
		anchor: 'company-size',
		options: [
			{ id: 'small', weights: { cio: 0, cto: 0 }, structure: { maxExecutives: 1, whenBalanced: 'combined' } },
			{ id: 'large', weights: { cio: 0, cto: 0 }, structure: { maxExecutives: 2, whenBalanced: 'both' } },
		],
	},
	{
		param: 'goal',
		anchor: 'goals',
		options: [
			{ id: 'efficiency', weights: { cio: 2, cto: 0 } },
			{ id: 'both', weights: { cio: 1, cto: 1 } },
		],
	},
];

const scenario = (
	answers: Record<string, string>,
	expected: ScenarioStatement['expected'],
	variants: ScenarioStatement['variants'] = [],
): ScenarioStatement => ({
	id: 'example',
	filePath: 'content/scenarios/example.yaml',
	answers,
	expected,
	variants,
});

describe('findScenarioMismatches', () => {
	it('accepts scenarios whose stated recommendation the engine agrees with', () => {
		expect(
			lines(
				findScenarioMismatches(
					[
						scenario({ size: 'large', goal: 'efficiency' }, { recommendation: 'cio' }),
						scenario({ size: 'large', goal: 'both' }, { recommendation: 'both' }),
						scenario({ size: 'small', goal: 'efficiency' }, { recommendation: 'combined', lean: 'cio' }),
					],
					factors,
				),
			),
		).toEqual([]);
	});

	it('names the file and both answers when the recommendation disagrees', () => {
		expect(
			lines(findScenarioMismatches([scenario({ size: 'large', goal: 'both' }, { recommendation: 'cio' })], factors)),
		).toEqual(['content/scenarios/example.yaml: field "expected": says "cio", but the recommender answers "both".']);
	});

	it('catches a wrong lean for one person covering both roles', () => {
		expect(
			lines(
				findScenarioMismatches(
					[scenario({ size: 'small', goal: 'both' }, { recommendation: 'combined', lean: 'cto' })],
					factors,
				),
			),
		).toEqual([
			'content/scenarios/example.yaml: field "expected": says "combined" leaning "cto", but the recommender answers "combined" leaning "balanced".',
		]);
	});

	it('reports missing, unknown and misspelt answers by field', () => {
		expect(
			lines(findScenarioMismatches([scenario({ size: 'medium', colour: 'red' }, { recommendation: 'cio' })], factors)),
		).toEqual([
			'content/scenarios/example.yaml: field "answers.colour": is not a question of the guide.',
			'content/scenarios/example.yaml: field "answers.size": is "medium"; expected one of small, large.',
			'content/scenarios/example.yaml: field "answers.goal": is ""; expected one of efficiency, both.',
		]);
	});

	it('checks every variant with the engine and names the file, the variant and the field when it is wrong', () => {
		const own = { size: 'large', goal: 'both' };
		expect(
			lines(
				findScenarioMismatches(
					[
						scenario(own, { recommendation: 'both' }, [
							{ id: 'efficiency-only', answers: { goal: 'efficiency' }, expected: { recommendation: 'cio' } },
							{
								id: 'small-and-lean',
								answers: { size: 'small' },
								expected: { recommendation: 'combined', lean: 'balanced' },
							},
						]),
					],
					factors,
				),
			),
		).toEqual([]);
		expect(
			lines(
				findScenarioMismatches(
					[
						scenario(own, { recommendation: 'both' }, [
							{ id: 'efficiency-only', answers: { goal: 'efficiency' }, expected: { recommendation: 'both' } },
						]),
					],
					factors,
				),
			),
		).toEqual([
			'content/scenarios/example.yaml: field "variants[0].expected": variant "efficiency-only" says "both", but the recommender answers "cio".',
		]);
	});

	it('refuses a variant that changes nothing or names an unknown answer', () => {
		expect(
			lines(
				findScenarioMismatches(
					[
						scenario({ size: 'large', goal: 'both' }, { recommendation: 'both' }, [
							{ id: 'same', answers: { goal: 'both' }, expected: { recommendation: 'both' } },
							{ id: 'odd', answers: { goal: 'growth' }, expected: { recommendation: 'cio' } },
						]),
					],
					factors,
				),
			),
		).toEqual([
			'content/scenarios/example.yaml: field "variants[0].answers.goal": variant "same" is "both", the example\'s own answer; a variant changes answers.',
			'content/scenarios/example.yaml: field "variants[1].answers.goal": variant "odd" is "growth"; expected one of efficiency, both.',
		]);
	});
});
