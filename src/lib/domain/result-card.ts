/**
 * The recommender's answer as a reader sees it: the headline, the explanation, how each answer
 * weighed and why it led where it did, what to read next, the short form of the grid of all
 * answers and the closest worked example. One set of functions for the build (answer pages,
 * worked examples, `llms-full.txt`) and the browser (the live recommender), which receives the
 * templates below in its page's language.
 */
import type { UiKey } from './i18n';
import {
	pullOf,
	sideOf,
	type Answers,
	type Factor,
	type FactorOption,
	type Lean,
	type Pull,
	type ReasonKey,
	type Recommendation,
	type Relation,
	type Result,
	type RoleId,
	type Weights,
} from './recommend';
import { fill } from './template';

/** The templates the recommender's words come from, by key. */
export type RecommenderWords = Readonly<Partial<Record<UiKey, string>>>;

/** An answer of a question with the words a result needs. */
export interface ViewOption extends FactorOption {
	label: string;
	/** The answer's part of an answer page's address in this language; its id when absent. */
	slug?: string | undefined;
	/** The answer in a word or two (the grid of all answers). */
	short: string;
	/** The answer's part of the plain line describing a company (`recommend.company`). */
	company: string;
	/** Why this answer led where it did, by reason key (see `Reason.key`); left out where only the answer is shown. */
	reasons?: Readonly<Partial<Record<ReasonKey, string>>> | undefined;
}

/** A question of the recommender with the words a result needs. */
export interface ViewFactor extends Factor {
	/** The question's name, e.g. "Industry". */
	title: string;
	options: readonly ViewOption[];
}

/** The reasons of every answer, by question param and option id: what the recommender fetches to explain a result. */
export type ReasonWords = Readonly<Record<string, Readonly<Record<string, ViewOption['reasons']>>>>;

/** The reasons of every answer, from the factors that carry them. */
export function reasonWords(factors: readonly ViewFactor[]): ReasonWords {
	return Object.fromEntries(
		factors.map((factor) => [
			factor.param,
			Object.fromEntries(factor.options.map((option) => [option.id, option.reasons ?? {}])),
		]),
	);
}

const HEADLINE: Record<Recommendation, UiKey> = {
	cio: 'recommend.headline.cio',
	cto: 'recommend.headline.cto',
	both: 'recommend.headline.both',
	combined: 'recommend.headline.combined',
};
const DETAIL: Record<Recommendation, UiKey> = {
	cio: 'recommend.detail.cio',
	cto: 'recommend.detail.cto',
	both: 'recommend.detail.both',
	combined: 'recommend.detail.combined',
};
const LEAN: Record<Lean, UiKey> = {
	cio: 'recommend.lean.cio',
	cto: 'recommend.lean.cto',
	balanced: 'recommend.lean.balanced',
};
const CELL: Record<Recommendation, UiKey> = {
	cio: 'recommend.cell.cio',
	cto: 'recommend.cell.cto',
	both: 'recommend.cell.both',
	combined: 'recommend.cell.combined',
};
const CELL_LEAN: Record<Lean, UiKey> = {
	cio: 'recommend.cellLean.cio',
	cto: 'recommend.cellLean.cto',
	balanced: 'recommend.cellLean.balanced',
};
const RELATION: Record<Relation, UiKey> = {
	toward: 'recommend.relation.toward',
	away: 'recommend.relation.away',
	even: 'recommend.relation.even',
};
/** The words under the total of a result naming both roles: which side weighs more, never as if one role sufficed. */
const TOTAL_BOTH: Record<Lean, UiKey> = {
	cio: 'recommend.totalBoth.cio',
	cto: 'recommend.totalBoth.cto',
	balanced: 'recommend.totalBoth.balanced',
};
/** The label of an answer's pull, as the guide names it ("Favours a CIO"). */
export const PULL_LABEL: Record<Pull, UiKey> = {
	cio: 'guide.pull.cio',
	cto: 'guide.pull.cto',
	both: 'guide.pull.both',
	neither: 'guide.pull.structure',
};

/**
 * Every key the live recommender fetches for the browser (`words.json`); the prompt and the note on
 * an address it could not read are in the page. `compact`: only what the compact card shows (the
 * answer and where to read on), which the embed carries in its page. A function, so the browser's
 * bundle leaves it out.
 */
export function recommenderKeys({ compact = false }: { compact?: boolean } = {}): UiKey[] {
	const answer: UiKey[] = [
		...Object.values(HEADLINE),
		...Object.values(DETAIL),
		...Object.values(LEAN),
		'recommend.next.guide',
	];
	if (compact) return answer;
	return [
		...answer,
		...Object.values(RELATION),
		...Object.values(PULL_LABEL),
		...Object.values(TOTAL_BOTH),
		'recommend.copied',
		'recommend.copyFailed',
	];
}

const word = (words: RecommenderWords, key: UiKey) => words[key] ?? '';

/** The result as a headline ("One executive covering both roles, leaning towards the CTO side.") and its explanation. */
export function describeResult(
	result: Pick<Result, 'recommendation' | 'lean'>,
	words: RecommenderWords,
): { headline: string; detail: string } {
	const lean = result.lean ? word(words, LEAN[result.lean]) : '';
	return {
		headline: fill(word(words, HEADLINE[result.recommendation]), { lean }),
		detail: word(words, DETAIL[result.recommendation]),
	};
}

/** The result in a few words, as the grid of all answers and the answer pages' titles show it: "CIO", "One executive, leaning CTO". */
export function decisionCell(result: Pick<Result, 'recommendation' | 'lean'>, words: RecommenderWords): string {
	const lean = result.lean ? word(words, CELL_LEAN[result.lean]) : '';
	return fill(word(words, CELL[result.recommendation]), { lean });
}

/**
 * The last part of the address of a complete set of answers' page in the factors' language: each
 * answer's slug (its id where it has none) in question order (`klein-produkt-effizienz`,
 * `small-tech-efficiency`). The answers' ids stay the URL parameters' values in every language.
 */
export function answersSlug(factors: readonly ViewFactor[], answers: Answers): string {
	return factors
		.map((factor) => {
			const option = factor.options.find((candidate) => candidate.id === answers[factor.param]);
			return option?.slug ?? option?.id ?? '';
		})
		.join('-');
}

/** The answers' short labels in question order, joined: `Large · Service · Efficiency`. */
export function answersLabel(factors: readonly ViewFactor[], answers: Answers): string {
	return factors
		.map((factor) => factor.options.find((option) => option.id === answers[factor.param])?.short ?? '')
		.join(' · ');
}

/**
 * The company a set of answers describes, in one plain line: "A growing company that builds its
 * own product, aiming at efficiency and innovation alike". The `recommend.company` template
 * places each answer's part (`company` in the guide's words) by its question's param.
 */
export function companyLine(factors: readonly ViewFactor[], answers: Answers, words: RecommenderWords): string {
	const parts = Object.fromEntries(
		factors.map((factor) => [
			factor.param,
			factor.options.find((option) => option.id === answers[factor.param])?.company ?? '',
		]),
	);
	return fill(word(words, 'recommend.company'), parts);
}

/** The reader's answers as chips, in question order: each question's name and the answer given. */
export function answerChips(
	factors: readonly ViewFactor[],
	answers: Answers,
): Array<{ question: string; answer: string }> {
	return factors.flatMap((factor) => {
		const option = factor.options.find((candidate) => candidate.id === answers[factor.param]);
		return option ? [{ question: factor.title, answer: option.label }] : [];
	});
}

/**
 * The words under the bar of all answers together. A result naming both roles says which side
 * weighs more as part of "both", so the total never reads as the opposite of the headline; every
 * other result names the side the weights favour, which is the side it stands on.
 */
export function totalLabel(result: Pick<Result, 'recommendation' | 'score'>, words: RecommenderWords): string {
	const { cio, cto } = result.score;
	if (result.recommendation === 'both') {
		return word(words, TOTAL_BOTH[cio > cto ? 'cio' : cio < cto ? 'cto' : 'balanced']);
	}
	return word(words, PULL_LABEL[pullOf(result.score)]);
}

/** One answer on the result card: what was answered, how it weighed, and why it led where it did. */
export interface CardRow {
	param: string;
	/** The question's name. */
	title: string;
	/** The chosen answer. */
	label: string;
	/** Its guide section, for "read more". */
	anchor: string;
	weights: Weights;
	/** How it weighed, in words ("Favours a CIO"): the text equivalent of its bar. */
	pull: string;
	relation: Relation;
	/** "Pointed towards this answer", "Weighed the same both ways", ... */
	relationLabel: string;
	/** The reason written for this kind of result. */
	text: string;
}

/** The result card: everything a reader sees of one result, in words. */
export interface ResultCard {
	recommendation: Recommendation;
	/** The colour the card takes: a role's, or both. */
	tone: RoleId | 'both' | 'balanced';
	headline: string;
	detail: string;
	rows: CardRow[];
	/** The weights of all answers together, and in words. */
	total: { weights: Weights; pull: string };
	/** The role pages to read next, in order. */
	roles: RoleId[];
	/** The question whose answer decided the result. */
	decidedBy: { title: string; anchor: string };
}

/** The colour a result gives the card: a role's, or both roles' side by side. */
export type Tone = ResultCard['tone'];

/** The role pages that belong to a result: the one role, or both (also for one executive covering both). */
export function rolesOf(recommendation: Recommendation): RoleId[] {
	return recommendation === 'cio' || recommendation === 'cto' ? [recommendation] : ['cio', 'cto'];
}

/**
 * The result card of a result, in the words of one language. The reasons come from the factors'
 * answers, or from `reasons` where the factors arrive without them (the browser fetches them).
 */
export function resultCard(
	result: Result,
	factors: readonly ViewFactor[],
	words: RecommenderWords,
	reasons?: ReasonWords,
): ResultCard {
	const rows = result.reasons.map((reason): CardRow => {
		const factor = factors.find((candidate) => candidate.param === reason.param)!;
		const option = factor.options.find((candidate) => candidate.id === reason.option)!;
		return {
			param: reason.param,
			title: factor.title,
			label: option.label,
			anchor: reason.anchor,
			weights: reason.weights,
			pull: word(words, PULL_LABEL[pullOf(reason.weights)]),
			relation: reason.relation,
			relationLabel: word(words, RELATION[reason.relation]),
			text: (reasons?.[reason.param]?.[reason.option] ?? option.reasons)?.[reason.key] ?? '',
		};
	});
	const decisive = rows.find((row) => row.param === result.decidedBy) ?? rows[0]!;
	return {
		recommendation: result.recommendation,
		tone: sideOf(result),
		...describeResult(result, words),
		rows,
		total: { weights: result.score, pull: totalLabel(result, words) },
		roles: rolesOf(result.recommendation),
		decidedBy: { title: decisive.title, anchor: decisive.anchor },
	};
}

/** The largest weight either side can reach: the scale of the card's bars. */
export function maxWeight(factors: readonly Factor[]): number {
	const side = (role: RoleId) =>
		factors.reduce((sum, factor) => sum + Math.max(0, ...factor.options.map((option) => option.weights[role])), 0);
	return Math.max(1, side('cio'), side('cto'));
}
