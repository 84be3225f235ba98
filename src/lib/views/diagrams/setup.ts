/**
 * An executive set-up at icon size, for each worked example and the recommender's answer: a CIO, a
 * CTO, both, or one person combining the roles, split by which side they lean to.
 */
import type { Lean, Recommendation } from '../../domain/recommend';
import { person, personHeight, splitPerson } from './people';
import { type DiagramBase, svgRoot, text } from './svg';

/** The set-up and the words of the picture. */
export interface SetupData extends DiagramBase {
	setup: Recommendation;
	/** For `combined` only: which side the one executive leans to; balanced unless given. */
	lean?: Lean | undefined;
	/** The roles' short names, written under the people. */
	cio: string;
	cto: string;
}

/** The viewBox is 112 units wide: best drawn at 112 px (96 px at least, so names stay 12 px). */
export const SETUP_WIDTH = 112;
const SIZE = 16;
const TOP = 6;
const NAMES_Y = TOP + personHeight(SIZE) + 18;
/** The viewBox's height (65 units): the people and the names under them. */
export const SETUP_HEIGHT = NAMES_Y + 6;

/** How much of one combined person is CIO, by lean. */
const CIO_SHARE: Record<Lean, number> = { cio: 0.7, balanced: 0.5, cto: 0.3 };

const CIO_NAME = 'class="fill-cio font-semibold"';
const CTO_NAME = 'class="fill-cto font-semibold"';
/** The name of the side a combined role does not lean to: quieter, not hidden. */
const QUIET_NAME = 'class="fill-muted"';

/** The picture: one or two people with the role names under them. */
export function setup(data: SetupData): string {
	const mid = SETUP_WIDTH / 2;
	let body: string;
	if (data.setup === 'both') {
		body =
			person('cio', mid - 22, TOP, SIZE) +
			person('cto', mid + 22, TOP, SIZE) +
			text(mid - 22, NAMES_Y, [data.cio], CIO_NAME) +
			text(mid + 22, NAMES_Y, [data.cto], CTO_NAME);
	} else if (data.setup === 'combined') {
		const lean = data.lean ?? 'balanced';
		body =
			splitPerson(mid, TOP, SIZE, CIO_SHARE[lean]) +
			text(mid - 20, NAMES_Y, [data.cio], lean === 'cto' ? QUIET_NAME : CIO_NAME) +
			text(mid + 20, NAMES_Y, [data.cto], lean === 'cio' ? QUIET_NAME : CTO_NAME);
	} else {
		body =
			person(data.setup, mid, TOP, SIZE) +
			text(mid, NAMES_Y, [data.setup === 'cio' ? data.cio : data.cto], data.setup === 'cio' ? CIO_NAME : CTO_NAME);
	}
	return svgRoot(data, SETUP_WIDTH, SETUP_HEIGHT, `<g text-anchor="middle">${body}</g>`, SETUP_WIDTH);
}

/** The small mark's viewBox: room for two people of shoulder radius 7 side by side. */
export const MARK_WIDTH = 36;
export const MARK_HEIGHT = 16;

/**
 * A set-up as a small mark beside words that say it (the grid of all answers): the same people as
 * the picture, without names: one solid person for a CIO, one outlined for a CTO, both side by
 * side, or one person split by the side it leans to. Decoration, hidden from assistive technology.
 */
export function setupMark(setup: Recommendation, lean?: Lean): string {
	const size = 7;
	const top = 1;
	const people =
		setup === 'both'
			? person('cio', 9, top, size) + person('cto', 27, top, size)
			: setup === 'combined'
				? splitPerson(9, top, size, CIO_SHARE[lean ?? 'balanced'])
				: person(setup, 9, top, size);
	return (
		`<svg viewBox="0 0 ${MARK_WIDTH} ${MARK_HEIGHT}" width="${MARK_WIDTH}" height="${MARK_HEIGHT}" aria-hidden="true"` +
		` class="shrink-0" stroke-width="1.5">${people}</svg>`
	);
}

/** The text equivalent is the title: the picture shows nothing more than the set-up it names. */
export function setupText(data: SetupData): string {
	return data.title;
}
