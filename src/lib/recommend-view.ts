/**
 * The recommender's answer in words: the headline, the explanation and the short form the table
 * of all answers shows. One set of functions for the build (pages, `llms-full.txt`) and the
 * browser (the live recommender), which receives the templates below in its page's language.
 */
import type { UiKey } from './i18n';
import type { Lean, Recommendation, Result } from './recommend';
import { fill } from './template';

/** The templates the recommender's words come from, by key. */
export type RecommenderWords = Readonly<Partial<Record<UiKey, string>>>;

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

/** Every key the live recommender needs in the browser. */
export const RECOMMENDER_KEYS: readonly UiKey[] = [
	...Object.values(HEADLINE),
	...Object.values(DETAIL),
	...Object.values(LEAN),
	'recommend.prompt',
	'recommend.why',
	'recommend.share',
	'recommend.ignored',
	'recommend.reason',
];

const word = (words: RecommenderWords, key: UiKey) => words[key] ?? '';

/** The result as a headline ("One executive covering both roles, leaning toward the CTO side.") and its explanation. */
export function describeResult(result: Result, words: RecommenderWords): { headline: string; detail: string } {
	const lean = result.lean ? word(words, LEAN[result.lean]) : '';
	return {
		headline: fill(word(words, HEADLINE[result.recommendation]), { lean }),
		detail: word(words, DETAIL[result.recommendation]),
	};
}

/** The result as the table of all answers shows it: "CIO", "One person, leaning CTO". */
export function decisionCell(result: Result, words: RecommenderWords): string {
	const lean = result.lean ? word(words, CELL_LEAN[result.lean]) : '';
	return fill(word(words, CELL[result.recommendation]), { lean });
}
