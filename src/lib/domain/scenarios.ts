/**
 * Checking worked examples against the engine, so content and logic can never drift apart: each
 * example's own answers, and each of its "what if" variants (some answers changed), must give what
 * the example says they give.
 */
import type { Problem } from './problems';
import { recommendRole, type Answers, type Factor, type Lean, type Recommendation, type Result } from './recommend';

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

/** A problem of a worked example, before it is given its file. */
type Finding = Omit<Problem, 'file'>;

/** The problems of a set of answers: questions the guide does not have, answers it does not offer. */
function answerProblems(field: string, answers: Answers, factors: readonly Factor[], complete: boolean): Finding[] {
	const problems: Finding[] = [];
	for (const param of Object.keys(answers)) {
		if (!factors.some((factor) => factor.param === param)) {
			problems.push({ field: `${field}.${param}`, message: 'is not a question of the guide' });
		}
	}
	for (const factor of factors) {
		const value = answers[factor.param];
		if (value === undefined && !complete) continue;
		if (!factor.options.some((option) => option.id === value)) {
			const allowed = factor.options.map((option) => option.id).join(', ');
			problems.push({ field: `${field}.${factor.param}`, message: `is "${value ?? ''}"; expected one of ${allowed}` });
		}
	}
	return problems;
}

/** One problem if the engine's result for `answers` is not the stated one. */
function resultProblem(field: string, answers: Answers, expected: Expected, factors: readonly Factor[]): Finding[] {
	const result = recommendRole(factors, answers);
	if (!result) return [];
	const stated = describe(expected.recommendation, expected.lean);
	const computed = describe(result.recommendation, result.lean);
	return stated === computed ? [] : [{ field, message: `says ${stated}, but the recommender answers ${computed}` }];
}

/**
 * One problem per worked example or variant whose answers are invalid or whose stated result the
 * engine contradicts, naming the file and the field (a variant's field names it: `variants[0]`).
 */
export function findScenarioMismatches(scenarios: readonly ScenarioStatement[], factors: readonly Factor[]): Problem[] {
	const problems: Problem[] = [];
	for (const scenario of scenarios) {
		const file = scenario.filePath ?? `content/scenarios/${scenario.id}.yaml`;
		const inFile = (finding: Finding): Problem => ({ file, ...finding });
		const own = answerProblems('answers', scenario.answers, factors, true);
		problems.push(...own.map(inFile));
		if (own.length > 0) continue;
		problems.push(...resultProblem('expected', scenario.answers, scenario.expected, factors).map(inFile));
		(scenario.variants ?? []).forEach((variant, index) => {
			const field = `variants[${index}]`;
			const ofVariant = (finding: Finding): Problem =>
				inFile({ ...finding, message: `variant "${variant.id}" ${finding.message}` });
			const changes = answerProblems(`${field}.answers`, variant.answers, factors, false);
			const unchanged = Object.entries(variant.answers).filter(([param, id]) => scenario.answers[param] === id);
			if (Object.keys(variant.answers).length === 0) {
				changes.push({ field: `${field}.answers`, message: 'changes no answer' });
			}
			for (const [param, id] of unchanged) {
				changes.push({
					field: `${field}.answers.${param}`,
					message: `is "${id}", the example's own answer; a variant changes answers`,
				});
			}
			problems.push(...changes.map(ofVariant));
			if (changes.length > 0) return;
			problems.push(
				...resultProblem(`${field}.expected`, variantAnswers(scenario, variant), variant.expected, factors).map(
					ofVariant,
				),
			);
		});
	}
	return problems;
}

function describe(recommendation: Recommendation, lean: Lean | undefined): string {
	return recommendation === 'combined' ? `"combined" leaning "${lean ?? '(none)'}"` : `"${recommendation}"`;
}

/** What a worked example needs to be found as the closest one. */
export interface ExampleRef {
	title: string;
	answers: Answers;
	expected: { recommendation: Recommendation; lean?: Lean | undefined };
}

/**
 * The worked example closest to a reader's answers: one with the same result if there is any,
 * then the one sharing most answers; on a tie, the earlier in the list.
 */
export function closestExample<T extends ExampleRef>(
	answers: Answers,
	result: Pick<Result, 'recommendation' | 'lean'>,
	examples: readonly T[],
): T | undefined {
	const same = (example: T) =>
		example.expected.recommendation === result.recommendation && (example.expected.lean ?? '') === (result.lean ?? '');
	const shared = (example: T) =>
		Object.keys(answers).filter((param) => example.answers[param] === answers[param]).length;
	const score = (example: T) => (same(example) ? 100 : 0) + shared(example);
	return examples.reduce<T | undefined>(
		(best, example) => (!best || score(example) > score(best) ? example : best),
		undefined,
	);
}
