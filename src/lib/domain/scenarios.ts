/**
 * Checking worked examples against the engine, so content and logic can never drift apart: each
 * example's own answers, and each of its "what if" variants (some answers changed), must give what
 * the example says they give.
 */
import { recommendRole, type Answers, type Factor, type Lean, type Recommendation } from './recommend';

/** What a result is stated to be. */
export interface Expected {
	recommendation: Recommendation;
	lean?: Lean | undefined;
}

/** A "what if" of a worked example: the answers that change and the result it states for them. */
export interface VariantStatement {
	id: string;
	answers: Answers;
	expected: Expected;
}

/** What a worked example states: its answers, the recommendation it expects, and its variants. */
export interface ScenarioStatement {
	id: string;
	/** The example's facts file, for the error message. */
	filePath?: string | undefined;
	answers: Answers;
	expected: Expected;
	variants?: readonly VariantStatement[] | undefined;
}

/** The answers of a variant: the example's own with the variant's changes. */
export function variantAnswers(
	scenario: Pick<ScenarioStatement, 'answers'>,
	variant: Pick<VariantStatement, 'answers'>,
): Answers {
	return { ...scenario.answers, ...variant.answers };
}

/** The problems of a set of answers: questions the guide does not have, answers it does not offer. */
function answerProblems(field: string, answers: Answers, factors: readonly Factor[], complete: boolean): string[] {
	const problems: string[] = [];
	for (const param of Object.keys(answers)) {
		if (!factors.some((factor) => factor.param === param))
			problems.push(`field "${field}.${param}" is not a question of the guide.`);
	}
	for (const factor of factors) {
		const value = answers[factor.param];
		if (value === undefined && !complete) continue;
		if (!factor.options.some((option) => option.id === value)) {
			const allowed = factor.options.map((option) => option.id).join(', ');
			problems.push(`field "${field}.${factor.param}" is "${value ?? ''}"; expected one of ${allowed}.`);
		}
	}
	return problems;
}

/** One problem line if the engine's result for `answers` is not the stated one. */
function resultProblem(field: string, answers: Answers, expected: Expected, factors: readonly Factor[]): string[] {
	const result = recommendRole(factors, answers);
	if (!result) return [];
	const stated = describe(expected.recommendation, expected.lean);
	const computed = describe(result.recommendation, result.lean);
	return stated === computed ? [] : [`field "${field}" says ${stated}, but the recommender answers ${computed}.`];
}

/**
 * One human-readable line per worked example or variant whose answers are invalid or whose stated
 * result the engine contradicts, naming the file and the field.
 */
export function findScenarioMismatches(scenarios: readonly ScenarioStatement[], factors: readonly Factor[]): string[] {
	const problems: string[] = [];
	for (const scenario of scenarios) {
		const where = scenario.filePath ?? `scenarios/${scenario.id}`;
		const own = answerProblems('answers', scenario.answers, factors, true);
		problems.push(...own.map((problem) => `${where}: ${problem}`));
		if (own.length > 0) continue;
		problems.push(
			...resultProblem('expected', scenario.answers, scenario.expected, factors).map(
				(problem) => `${where}: ${problem}`,
			),
		);
		(scenario.variants ?? []).forEach((variant, index) => {
			const field = `variants[${index}]`;
			const at = `${where}: variant "${variant.id}",`;
			const changes = answerProblems(`${field}.answers`, variant.answers, factors, false);
			const unchanged = Object.entries(variant.answers).filter(([param, id]) => scenario.answers[param] === id);
			if (Object.keys(variant.answers).length === 0) changes.push(`field "${field}.answers" changes no answer.`);
			for (const [param, id] of unchanged) {
				changes.push(
					`field "${field}.answers.${param}" is "${id}", the example's own answer; a variant changes answers.`,
				);
			}
			problems.push(...changes.map((problem) => `${at} ${problem}`));
			if (changes.length > 0) return;
			problems.push(
				...resultProblem(`${field}.expected`, variantAnswers(scenario, variant), variant.expected, factors).map(
					(problem) => `${at} ${problem}`,
				),
			);
		});
	}
	return problems;
}

function describe(recommendation: Recommendation, lean: Lean | undefined): string {
	return recommendation === 'combined' ? `"combined" leaning "${lean ?? '(none)'}"` : `"${recommendation}"`;
}
