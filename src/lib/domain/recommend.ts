/**
 * The recommender engine: the reader's answers plus the guide's factors give a recommendation,
 * how each answer bore on it and which answer decided it. Pure data in, pure data out: no DOM, no
 * Astro imports and no words, so the same module runs at build time (answer pages, the grid, the
 * worked examples' checks) and in the browser.
 *
 * The rules, in the order they apply (each reads its numbers and ids from content/guide/):
 * 1. One executive: an answer that allows only one executive (`structure.maxExecutives: 1`)
 *    gives one executive covering both roles, leaning towards the side that weighs more.
 * 2. Both named: an answer whose `structure.bothWhen` matches the other answers gives both roles
 *    (a large organisation that wants efficiency and innovation together).
 * 3. Required roles: an answer that `requires` a role always names it; when the answers require
 *    both roles, the result is both (a goal of product innovation, or of innovation and efficiency
 *    alike, names a CTO; a service-based company or one with heavy internal operations a CIO).
 *    The last such answer, in question order, decided it.
 * 4. The side that weighs more wins.
 * 5. A tie becomes what the answers' `structure.whenBalanced` says: one executive (`combined`) if
 *    any says so, else both roles.
 */

/** What the recommender can answer: one role, both roles, or one executive covering both. */
export type Recommendation = 'cio' | 'cto' | 'both' | 'combined';

/** One of the two roles. */
export type RoleId = 'cio' | 'cto';

/** Which side one executive covering both roles leans towards. */
export type Lean = RoleId | 'balanced';

/** How strongly an answer calls for each role. */
export interface Weights {
	cio: number;
	cto: number;
}

/** Other questions' answers, by URL parameter (`{ goal: 'both' }`). */
export type AnswerSet = Readonly<Record<string, string>>;

/** Limits an answer puts on the executive team (set by company size only). */
export interface Structure {
	/** 1 means one executive covers both roles. */
	maxExecutives: 1 | 2;
	/** What an even weight on both sides becomes. */
	whenBalanced: 'both' | 'combined';
	/** With any of these answers to other questions, the answer is both roles. */
	bothWhen?: readonly AnswerSet[] | undefined;
}

/** One answer to a factor, as the guide's facts define it. */
export interface FactorOption {
	id: string;
	weights: Weights;
	/** A role this answer always names when the organisation can have two executives (alone, or both roles when another answer requires the other). */
	requires?: RoleId | undefined;
	structure?: Structure | undefined;
}

/** One question of the recommender, as the guide's facts define it. */
export interface Factor {
	/** URL parameter name, e.g. `size`. */
	param: string;
	/** Section id on /guide/ where the question is explained. */
	anchor: string;
	options: readonly FactorOption[];
}

/** The reader's answers: factor param -> option id. */
export type Answers = Readonly<Record<string, string>>;

/** Which way an answer pulls: towards one role, towards both equally, or towards neither. */
export type Pull = RoleId | 'both' | 'neither';

/**
 * How an answer bore on the result: it pointed towards it (or, for a result of two roles or one
 * balanced executive, towards one part of it), away from it, or weighed the same both ways.
 */
export type Relation = 'toward' | 'away' | 'even';

/**
 * Which words explain an answer for this result: the relation for an answer that weighs towards
 * a side, the recommendation itself for an answer that only shapes the team (company size).
 */
export type ReasonKey = Relation | Recommendation;

/** How one answer bore on the result. */
export interface Reason {
	param: string;
	/** The chosen option's id. */
	option: string;
	/** Section id on /guide/ where this question is explained. */
	anchor: string;
	weights: Weights;
	relation: Relation;
	/** The key of the words that explain this answer for this result. */
	key: ReasonKey;
}

/** The engine's answer. `lean` is set for `combined` only. */
export interface Result {
	recommendation: Recommendation;
	lean?: Lean;
	/** The weights of all answers added up. */
	score: Weights;
	/** One per question, in question order. */
	reasons: Reason[];
	/** The question whose answer decided the result (its param): its guide section says why. */
	decidedBy: string;
}

/** The direction of an answer's pull, from its weights. */
export function pullOf(weights: Weights): Pull {
	if (weights.cio === 0 && weights.cto === 0) return 'neither';
	if (weights.cio === weights.cto) return 'both';
	return weights.cio > weights.cto ? 'cio' : 'cto';
}

/** The side a result stands on: a role, both roles, or one balanced executive. */
export function sideOf(result: Pick<Result, 'recommendation' | 'lean'>): RoleId | 'both' | 'balanced' {
	return result.recommendation === 'combined' ? (result.lean ?? 'balanced') : result.recommendation;
}

/** How an answer with these weights bears on a result on this side. */
export function relationOf(weights: Weights, side: RoleId | 'both' | 'balanced'): Relation {
	const pull = pullOf(weights);
	// An answer without weight (company size) shaped the team the result names.
	if (pull === 'neither' || side === 'both' || side === 'balanced') return 'toward';
	if (pull === 'both') return 'even';
	return pull === side ? 'toward' : 'away';
}

const other = (role: RoleId): RoleId => (role === 'cio' ? 'cto' : 'cio');

/** Whether every answer of `set` is among `answers`. */
const matches = (set: AnswerSet, answers: Answers) => Object.entries(set).every(([param, id]) => answers[param] === id);

/**
 * The recommendation for a complete set of answers, or undefined when one is missing or unknown.
 * The rules are listed at the top of this module.
 */
export function recommendRole(factors: readonly Factor[], answers: Answers): Result | undefined {
	const chosen: Array<{ factor: Factor; option: FactorOption }> = [];
	for (const factor of factors) {
		const option = factor.options.find((candidate) => candidate.id === answers[factor.param]);
		if (!option) return undefined;
		chosen.push({ factor, option });
	}
	const score = { cio: 0, cto: 0 };
	for (const { option } of chosen) {
		score.cio += option.weights.cio;
		score.cto += option.weights.cto;
	}
	const stronger: Lean = score.cio > score.cto ? 'cio' : score.cio < score.cto ? 'cto' : 'balanced';
	const finish = (decision: Pick<Result, 'recommendation' | 'lean' | 'decidedBy'>): Result => {
		const side = sideOf(decision);
		return {
			...decision,
			score,
			reasons: chosen.map(({ factor, option }) => {
				const relation = relationOf(option.weights, side);
				return {
					param: factor.param,
					option: option.id,
					anchor: factor.anchor,
					weights: option.weights,
					relation,
					key: pullOf(option.weights) === 'neither' ? decision.recommendation : relation,
				};
			}),
		};
	};
	const first = chosen[0]?.factor.param ?? '';

	const single = chosen.find(({ option }) => option.structure?.maxExecutives === 1);
	if (single) {
		return finish({
			recommendation: 'combined',
			lean: stronger,
			decidedBy: single.factor.param,
		});
	}
	for (const { option } of chosen) {
		const set = option.structure?.bothWhen?.find((candidate) => matches(candidate, answers));
		if (set) return finish({ recommendation: 'both', decidedBy: Object.keys(set)[0] ?? first });
	}
	const required = chosen.filter(({ option }) => option.requires !== undefined);
	if (required.length > 0) {
		const roles = new Set(required.map(({ option }) => option.requires!));
		const [role] = [...roles] as [RoleId];
		return finish({
			recommendation: roles.size > 1 ? 'both' : role,
			decidedBy: required.at(-1)!.factor.param,
		});
	}
	if (stronger !== 'balanced') {
		// The answer that weighs most towards the winning side; on a tie, the earlier question.
		const margin = ({ option }: (typeof chosen)[number]) => option.weights[stronger] - option.weights[other(stronger)];
		const decisive = chosen.reduce((best, candidate) => (margin(candidate) > margin(best) ? candidate : best));
		return finish({ recommendation: stronger, decidedBy: decisive.factor.param });
	}
	const structured = chosen.filter(({ option }) => option.structure);
	const combined = structured.find(({ option }) => option.structure!.whenBalanced === 'combined');
	return finish(
		combined
			? { recommendation: 'combined', lean: 'balanced', decidedBy: combined.factor.param }
			: { recommendation: 'both', decidedBy: structured[0]?.factor.param ?? first },
	);
}

/** The id of a complete set of answers, as answer pages are named: option ids in question order (`large-service-efficiency`). */
export function answersId(factors: readonly Factor[], answers: Answers): string {
	return factors.map((factor) => answers[factor.param] ?? '').join('-');
}

/** The place of a complete set of answers in {@link allAnswers}' order (-1 when one is unknown). */
export function answersIndex(factors: readonly Factor[], answers: Answers): number {
	let index = 0;
	for (const factor of factors) {
		const option = factor.options.findIndex((candidate) => candidate.id === answers[factor.param]);
		if (option < 0) return -1;
		index = index * factor.options.length + option;
	}
	return index;
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
