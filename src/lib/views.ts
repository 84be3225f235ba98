/**
 * What the views show, computed once: the pull label of a guide answer, a role's focus sentence,
 * the sections data components add to a page, and the grid of all recommender answers. The
 * `.astro` components and the Markdown of `llms-full.txt` both call these, so the two never differ.
 */
import type { Difference, GuideFactor, PageEntry } from './content';
import type { UiKey } from './i18n';
import { allAnswers, recommendRole, type Answers, type Factor, type Result } from './recommend';
import type { TocEntry } from './toc';

/** What sort of page it is (the registry's `kind`). */
type PageKind = PageEntry['kind'];

/** Which way an answer pulls: toward one role, toward both equally, or toward neither. */
export type Pull = 'cio' | 'cto' | 'both' | 'neither';

/** The direction of an answer's pull, from its weights. */
export function pullOf(weights: { cio: number; cto: number }): Pull {
	if (weights.cio === 0 && weights.cto === 0) return 'neither';
	if (weights.cio === weights.cto) return 'both';
	return weights.cio > weights.cto ? 'cio' : 'cto';
}

const PULL_LABEL: Record<Pull, UiKey> = {
	cio: 'guide.pull.cio',
	cto: 'guide.pull.cto',
	both: 'guide.pull.both',
	neither: 'guide.pull.structure',
};

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

/** The sections `<GuideFactors />` adds to a page: one per question. */
export function guideSections(factors: readonly GuideFactor[]): TocEntry[] {
	return factors.map((factor) => ({ depth: 2, id: factor.anchor, text: factor.title }));
}

/** The sections `<ComparisonTable />` adds to a page: one per dimension. */
export function comparisonSections(differences: readonly Difference[]): TocEntry[] {
	return differences.map((row) => ({ depth: 3, id: row.id, text: row.dimension }));
}

/** One cell of the grid of all answers. */
export interface DecisionCell {
	answers: Answers;
	result: Result;
}

/** Every answer of the recommender laid out as tables (first question) of rows (second) by columns (third). */
export function decisionGrid<F extends Factor>(
	factors: readonly F[],
): {
	tables: F;
	rows: F;
	columns: F;
	cells: (table: string, row: string, column: string) => DecisionCell;
} {
	const [tables, rows, columns] = factors;
	if (!tables || !rows || !columns || factors.length !== 3) {
		throw new Error(`The table of all answers lays out exactly three guide questions; there are ${factors.length}.`);
	}
	const results = new Map(
		allAnswers(factors).map((answers) => [JSON.stringify(answers), recommendRole(factors, answers)!]),
	);
	return {
		tables,
		rows,
		columns,
		cells(table, row, column) {
			const answers = { [tables.param]: table, [rows.param]: row, [columns.param]: column };
			const result = results.get(JSON.stringify(answers));
			if (!result) throw new Error(`No recommendation for ${JSON.stringify(answers)}.`);
			return { answers, result };
		},
	};
}
