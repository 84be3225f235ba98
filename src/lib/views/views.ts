/**
 * What the views show, computed once: the pull label of a guide answer, a role's focus sentence,
 * the sections data components add to a page, and the grid of all recommender answers. The
 * `.astro` components and the Markdown of `llms-full.txt` both call these, so the two never differ.
 */
import type { Difference, GuideFactor } from '../content/collections';
import type { Translate, UiKey } from '../domain/i18n';
import type { PageKind } from '../domain/page-kinds';
import {
	allAnswers,
	answersId,
	pullOf,
	recommendRole,
	type Answers,
	type Factor,
	type FactorOption,
	type Result,
	type RoleId,
} from '../domain/recommend';
import { PULL_LABEL } from '../domain/result-card';
import type { TocEntry } from './toc';

export { pullOf, type Pull } from '../domain/recommend';

/** The label of an answer's pull ("Favours a CIO"). */
export function pullLabel(weights: { cio: number; cto: number }): UiKey {
	return PULL_LABEL[pullOf(weights)];
}

/** The label of each kind of page: the eyebrow above a page's title and the kind on its preview image. */
const KIND_LABEL: Record<PageKind, UiKey> = {
	home: 'kind.home',
	role: 'kind.role',
	differences: 'kind.differences',
	guide: 'kind.guide',
	scenario: 'kind.scenario',
	recommender: 'kind.recommender',
	reference: 'kind.reference',
	about: 'kind.about',
	search: 'kind.search',
	'not-found': 'kind.not-found',
};

/** The label of a kind of page ("Worked example"). */
export function kindLabel(kind: PageKind): UiKey {
	return KIND_LABEL[kind];
}

/** The comparison's sentence on a role's focus, if the comparison has a focus row for it. */
export function focusDetail(roleId: string, differences: readonly Difference[]): string | undefined {
	const focus = differences.find((row) => row.id === 'focus');
	return roleId === 'cio' || roleId === 'cto' ? focus?.[roleId].detail : undefined;
}

/** A rule an answer brings to the recommender beyond its weights, as the guide states it: a template and its values. */
export interface RuleNote {
	key: UiKey;
	values: Record<string, string>;
}

/**
 * What an answer does to the result beyond weighing towards a side, read from its facts, so the
 * guide states the rules as the engine applies them (see `recommend.ts`): one executive whatever
 * the rest, what a tie becomes, answers with which both roles are named, a role it requires.
 * `words` names an answer (its question's title and its label, by param and id) and a role, and
 * puts a label in quotation marks.
 */
export function ruleNotes(
	option: FactorOption,
	words: {
		answer: (param: string, id: string) => { question: string; answer: string };
		role: (role: RoleId) => string;
		/** An answer's label as named in a sentence, in the language's quotation marks. */
		quote: (label: string) => string;
	},
): RuleNote[] {
	const notes: RuleNote[] = [];
	const { structure, requires } = option;
	if (structure?.maxExecutives === 1) notes.push({ key: 'guide.rule.single', values: {} });
	else if (structure) {
		for (const set of structure.bothWhen ?? []) {
			const answers = Object.entries(set).map(([param, id]) => words.answer(param, id));
			notes.push({
				key: 'guide.rule.bothWhen',
				values: { answers: answers.map(({ answer }) => words.quote(answer)).join(', ') },
			});
		}
		notes.push({
			key: structure.whenBalanced === 'both' ? 'guide.rule.tieBoth' : 'guide.rule.tieCombined',
			values: {},
		});
	}
	if (requires) notes.push({ key: 'guide.rule.requires', values: { role: words.role(requires) } });
	return notes;
}

/** The words {@link ruleNotes} needs, from the guide's questions in one language. */
export function guideRuleWords(factors: readonly GuideFactor[], t: Translate): Parameters<typeof ruleNotes>[1] {
	return {
		answer(param, id) {
			const factor = factors.find((candidate) => candidate.param === param);
			return {
				question: factor?.title ?? param,
				answer: factor?.options.find((option) => option.id === id)?.label ?? id,
			};
		},
		role: (role) => t(role === 'cio' ? 'recommend.cell.cio' : 'recommend.cell.cto'),
		quote: (label) => t('quote.inline', { text: label }),
	};
}

/** The sections `<GuideFactors />` adds to a page: one per question. */
export function guideSections(factors: readonly GuideFactor[]): TocEntry[] {
	return factors.map((factor) => ({ depth: 2, id: factor.anchor, text: factor.title }));
}

/** The sections `<ComparisonTable />` adds to a page: one per dimension. */
export function comparisonSections(differences: readonly Difference[]): TocEntry[] {
	return differences.map((row) => ({ depth: 3, id: row.id, text: row.dimension }));
}

/** One cell of the grid of all answers. */
export interface AnswerCell {
	answers: Answers;
	/** The answer page's member id: option ids in question order (`large-service-efficiency`). */
	id: string;
	result: Result;
}

/**
 * Every answer of the recommender as one grid: a column for each answer of the first question
 * (company size, so the grid reads left to right as a company grows), a group of rows for each
 * answer of the second (industry), and a row for each answer of the third (goals).
 */
export function answerGrid<F extends Factor>(
	factors: readonly F[],
): {
	columns: F;
	groups: F;
	rows: F;
	cell: (column: string, group: string, row: string) => AnswerCell;
} {
	const [columns, groups, rows] = factors;
	if (!columns || !groups || !rows || factors.length !== 3) {
		throw new Error(`The grid of all answers lays out exactly three guide questions; there are ${factors.length}.`);
	}
	const cells = new Map(
		allAnswers(factors).map((answers) => {
			const id = answersId(factors, answers);
			return [id, { answers, id, result: recommendRole(factors, answers)! }] as const;
		}),
	);
	return {
		columns,
		groups,
		rows,
		cell(column, group, row) {
			const id = answersId(factors, { [columns.param]: column, [groups.param]: group, [rows.param]: row });
			const found = cells.get(id);
			if (!found) throw new Error(`No recommendation for ${id}.`);
			return found;
		},
	};
}
