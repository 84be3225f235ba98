/** Checking worked scenarios against the engine, so content and logic can never drift apart. */
import { recommendRole, type Factor, type Lean, type Recommendation } from './recommend';

/** What a scenario states: its answers and the recommendation it expects. */
export interface ScenarioStatement {
	id: string;
	/** The scenario's source file, for the error message. */
	filePath?: string | undefined;
	answers: Readonly<Record<string, string>>;
	expected: { recommendation: Recommendation; lean?: Lean | undefined };
}

/** One human-readable line per scenario whose answers are invalid or whose expectation the engine contradicts. */
export function findScenarioMismatches(scenarios: readonly ScenarioStatement[], factors: readonly Factor[]): string[] {
	const problems: string[] = [];
	for (const scenario of scenarios) {
		const where = scenario.filePath ?? `scenarios/${scenario.id}`;
		const before = problems.length;
		for (const param of Object.keys(scenario.answers)) {
			if (!factors.some((factor) => factor.param === param)) {
				problems.push(`${where}: field "answers.${param}" is not a question of the guide.`);
			}
		}
		for (const factor of factors) {
			const value = scenario.answers[factor.param];
			if (!factor.options.some((option) => option.id === value)) {
				const allowed = factor.options.map((option) => option.id).join(', ');
				problems.push(`${where}: field "answers.${factor.param}" is "${value ?? ''}"; expected one of ${allowed}.`);
			}
		}
		if (problems.length > before) continue;
		const result = recommendRole(factors, scenario.answers);
		if (!result) continue;
		const stated = describe(scenario.expected.recommendation, scenario.expected.lean);
		const computed = describe(result.recommendation, result.lean);
		if (stated !== computed) {
			problems.push(`${where}: field "expected" says ${stated}, but the recommender answers ${computed}.`);
		}
	}
	return problems;
}

function describe(recommendation: Recommendation, lean: Lean | undefined): string {
	return recommendation === 'combined' ? `"combined" leaning "${lean ?? '(none)'}"` : `"${recommendation}"`;
}
