/**
 * How the roles separate as a company grows, top to bottom along one arrow: a small company with
 * one executive covering both roles, a growing one where the roles start to pull apart, a large one
 * with a CIO and a CTO. Rows rather than columns, so long names (German compounds) keep their width.
 */
import { person, personHeight, splitPerson } from './people';
import { LINE, type DiagramBase, type TextGroup, svgRoot, text, wrapTo } from './svg';

/** How many executives a stage shows. */
export type Executives = 'one' | 'separating' | 'two';

/** One stage of growth. */
export interface GrowthStage {
	/** The stage's name, e.g. "Start-up". */
	label: string;
	/** One short line about it, e.g. "One executive covers both roles". */
	caption: string;
	executives: Executives;
}

/** The words of the picture. */
export interface GrowthData extends DiagramBase {
	/** The roles' short names, written under the two executives. */
	cio: string;
	cto: string;
	/** The stages, smallest first (three in the article). */
	stages: readonly GrowthStage[];
}

const WIDTH = 320;
const SIZE = 14;
const FIGURE_H = personHeight(SIZE);
/** The arrow of growth runs down the left edge; the people stand right of it, the words right of them. */
const AXIS_X = 12;
const PEOPLE_X = 62;
const TEXT_X = 116;
const TEXT_WIDTH = WIDTH - 8 - TEXT_X;
const ROW_GAP = 22;

/** The executives of one stage, centred on PEOPLE_X from `top`, the role names under two apart. */
function executives(kind: Executives, top: number, names: { cio: string; cto: string }): string {
	if (kind === 'one') return splitPerson(PEOPLE_X, top, SIZE, 0.5);
	if (kind === 'separating') {
		return person('cio', PEOPLE_X - 9, top, SIZE) + person('cto', PEOPLE_X + 9, top, SIZE, true);
	}
	const namesY = top + FIGURE_H + 18;
	return (
		person('cio', PEOPLE_X - 19, top, SIZE) +
		person('cto', PEOPLE_X + 19, top, SIZE) +
		text(PEOPLE_X - 19, namesY, [names.cio], 'class="fill-cio font-semibold" text-anchor="middle"') +
		text(PEOPLE_X + 19, namesY, [names.cto], 'class="fill-cto font-semibold" text-anchor="middle"')
	);
}

/** The picture: one row per stage down an arrow, its people, its name and its caption. */
export function growth(data: GrowthData): string {
	let y = 10;
	let rows = '';
	let dots = '';
	for (const stage of data.stages) {
		const label = wrapTo(stage.label, TEXT_WIDTH, 14, true);
		const caption = wrapTo(stage.caption, TEXT_WIDTH);
		const labelY = y + 14;
		const captionY = labelY + (label.length - 1) * LINE + 20;
		rows +=
			executives(stage.executives, y, data) +
			text(TEXT_X, labelY, label, 'class="font-semibold"') +
			text(TEXT_X, captionY, caption, 'class="fill-muted"');
		dots += `M${AXIS_X} ${labelY - 5}h0`;
		const peopleBottom = y + FIGURE_H + (stage.executives === 'two' ? 22 : 0);
		y = Math.max(peopleBottom, captionY + (caption.length - 1) * LINE + 4) + ROW_GAP;
	}
	const bottom = y - ROW_GAP + 4;
	const height = bottom + 8;

	const body =
		`<path class="stroke-border fill-none" d="M${AXIS_X} 8V${bottom}m-5-6 5 6 5-6"/>` +
		`<path class="stroke-muted" stroke-width="7" d="${dots}"/>` +
		rows;
	return svgRoot(data, WIDTH, height, body);
}

/** The text equivalent: each stage with its caption. */
export function growthText(data: GrowthData): TextGroup[] {
	return data.stages.map((stage) => ({ term: stage.label, description: stage.caption, items: [] }));
}
