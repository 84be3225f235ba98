/**
 * The recommender engine: the reader's answers plus the guide's factors give a recommendation and
 * the reasons behind it. Pure data in, pure data out: no DOM and no Astro imports, so the same
 * module runs at build time (decision table, scenario checks) and in the browser.
 */

/** What the recommender can answer: one role, both roles, or one person covering both. */
export type Recommendation = 'cio' | 'cto' | 'both' | 'combined';

/** Which side a combined role leans toward. */
export type Lean = 'cio' | 'cto' | 'balanced';

/** How strongly an answer calls for each role. */
export interface Weights {
	cio: number;
	cto: number;
}

/** Limits an answer puts on the executive team (usually set by company size only). */
export interface Structure {
	/** 1 means one person covers both roles. */
	maxExecutives: 1 | 2;
	/** What an even pull between the roles becomes. */
	whenBalanced: 'both' | 'combined';
}

/** One answer to a factor, as the guide content defines it. */
export interface FactorOption {
	id: string;
	weights: Weights;
	reason: string;
	structure?: Structure | undefined;
}

/** One question of the recommender, as the guide content defines it. */
export interface Factor {
	/** URL parameter name, e.g. `size`. */
	param: string;
	/** Section id on /guide/ that the factor's reasons link to. */
	anchor: string;
	title: string;
	options: readonly FactorOption[];
}

/** The reader's answers: factor param -> option id. */
export type Answers = Readonly<Record<string, string>>;

/** Why the engine decided as it did: one line per answer. */
export interface Reason {
	param: string;
	title: string;
	option: string;
	text: string;
	/** Section id on /guide/ where this reason comes from. */
	anchor: string;
}

/** The engine's answer. `lean` is set for `combined` only. */
export interface Result {
	recommendation: Recommendation;
	lean?: Lean;
	score: Weights;
	reasons: Reason[];
}

/** Finds the chosen option of every factor; undefined when any factor is unanswered or unknown. */
function chosenOptions(factors: readonly Factor[], answers: Answers): FactorOption[] | undefined {
	const chosen: FactorOption[] = [];
	for (const factor of factors) {
		const option = factor.options.find((candidate) => candidate.id === answers[factor.param]);
		if (!option) return undefined;
		chosen.push(option);
	}
	return chosen;
}

/**
 * The recommendation for a complete set of answers, or undefined when one is missing.
 *
 * Rule: add up the weights. If any answer allows only one executive, the answer is `combined`,
 * leaning toward the stronger role. Otherwise the stronger role wins; an even score becomes what
 * the answers' `whenBalanced` says (`combined` if any says so, else `both`).
 */
export function recommendRole(factors: readonly Factor[], answers: Answers): Result | undefined {
	const chosen = chosenOptions(factors, answers);
	if (!chosen) return undefined;
	const score = { cio: 0, cto: 0 };
	for (const option of chosen) {
		score.cio += option.weights.cio;
		score.cto += option.weights.cto;
	}
	const diff = score.cio - score.cto;
	const stronger: Lean = diff > 0 ? 'cio' : diff < 0 ? 'cto' : 'balanced';
	const structures = chosen.flatMap((option) => (option.structure ? [option.structure] : []));
	const reasons = factors.map((factor, index) => ({
		param: factor.param,
		title: factor.title,
		option: chosen[index]!.id,
		text: chosen[index]!.reason,
		anchor: factor.anchor,
	}));
	if (structures.some((structure) => structure.maxExecutives === 1)) {
		return { recommendation: 'combined', lean: stronger, score, reasons };
	}
	if (stronger !== 'balanced') return { recommendation: stronger, score, reasons };
	if (structures.some((structure) => structure.whenBalanced === 'combined')) {
		return { recommendation: 'combined', lean: 'balanced', score, reasons };
	}
	return { recommendation: 'both', score, reasons };
}

/** URL parameters that links from elsewhere add (campaign tags); accepted silently. */
const TRACKING = /^(utm_[a-z_]{1,30}|ref|fbclid|gclid|mc_[a-z]{1,10})$/;

/** Longest parameter name or value the parser looks at; longer ones are ignored unread. */
export const MAX_PARAM_LENGTH = 40;
/** Most parameters the parser reads; the rest are ignored. */
export const MAX_PARAMS = 30;

/** Answers read from a URL, and the names of the parameters that were ignored. */
export interface ParsedAnswers {
	answers: Record<string, string>;
	ignored: string[];
}

/**
 * Reads answers from URL parameters; never throws. A value counts when its parameter names a
 * factor and it names one of the factor's options (case and surrounding spaces do not matter).
 * The first valid value of a parameter wins; every other value, every unknown parameter and
 * anything longer than {@link MAX_PARAM_LENGTH} is ignored and listed (names cut to that length).
 * Campaign tags (`utm_*`, `ref`, ...) are accepted silently.
 */
export function parseAnswers(params: URLSearchParams, factors: readonly Factor[]): ParsedAnswers {
	const answers: Record<string, string> = {};
	const ignored: string[] = [];
	let count = 0;
	for (const [name, rawValue] of params) {
		if (++count > MAX_PARAMS) {
			ignored.push('…');
			break;
		}
		if (TRACKING.test(name)) continue;
		const factor = factors.find((candidate) => candidate.param === name);
		const value = rawValue.length <= MAX_PARAM_LENGTH ? rawValue.trim().toLowerCase() : '';
		if (factor && !(name in answers) && factor.options.some((option) => option.id === value)) {
			answers[name] = value;
		} else {
			ignored.push(name.slice(0, MAX_PARAM_LENGTH));
		}
	}
	return { answers, ignored };
}

/** The query string for a set of answers, in question order (`size=large&industry=...`). */
export function serializeAnswers(factors: readonly Factor[], answers: Answers): string {
	const params = new URLSearchParams();
	for (const factor of factors) {
		const value = answers[factor.param];
		if (value !== undefined && factor.options.some((option) => option.id === value)) params.set(factor.param, value);
	}
	return params.toString();
}

/** Every complete set of answers, in question and option order. */
export function allAnswers(factors: readonly Factor[]): Answers[] {
	return factors.reduce<Answers[]>(
		(combos, factor) =>
			combos.flatMap((combo) => factor.options.map((option) => ({ ...combo, [factor.param]: option.id }))),
		[{}],
	);
}
