/**
 * The overlap: two shapes, the CIO's solid-edged and the CTO's dashed, and in their intersection
 * the areas where the article says the lines between the roles get fuzzy (tech strategy, budgeting,
 * product development).
 */
import { LINE, type DiagramBase, type TextGroup, svgRoot, text, textWidth, wrapTo } from './svg';

/** The words of the picture. */
export interface OverlapData extends DiagramBase {
	/** The roles' short names, written in their circles. */
	cio: string;
	cto: string;
	/** Names the intersection, written below it, e.g. "Where the roles overlap". */
	shared: string;
	/** What both roles take part in, written in the intersection. */
	areas: readonly string[];
}

const WIDTH = 320;
const MID = WIDTH / 2;
/** The shapes' half-width; their centres sit 64 units apart, closer (down to 48) for wide words. */
const RX = 112;
const GAP_MAX = 64;
const GAP_MIN = 48;
const TOP = 8;
/** Room for a line in the intersection, a little narrower than its middle at the widest. */
const AREA_WIDTH = 136;
const AREA_GAP = 8;

/** Half the intersection's width at `dy` from its middle, for centres `gap` apart and shapes `ry` tall. */
function lensHalfWidth(dy: number, ry: number, gap: number): number {
	return Math.abs(dy) >= ry ? 0 : RX * Math.sqrt(1 - (dy / ry) ** 2) - gap / 2;
}

/**
 * The least change from two circles 64 units apart that makes every line fit: first closer centres,
 * then taller shapes. When nothing fits (a single word wider than the intersection can be), circles
 * at the closest distance.
 */
function shapeFor(fits: (ry: number, gap: number) => boolean): { ry: number; gap: number } {
	for (let ry = RX; ry <= 1.5 * RX; ry += 4) {
		for (let gap = GAP_MAX; gap >= GAP_MIN; gap -= 4) if (fits(ry, gap)) return { ry, gap };
	}
	return { ry: RX, gap: GAP_MIN };
}

/**
 * The picture: two overlapping shapes, the shared areas in the middle, the shared name below. The
 * shapes are circles unless the areas need more room (see `shapeFor`).
 */
export function overlap(data: OverlapData): string {
	// Each area's lines, the block centred on the middle: `y` is the first baseline's offset from it.
	const areas = data.areas.map((area) => wrapTo(area, AREA_WIDTH));
	const lineCount = areas.reduce((sum, lines) => sum + lines.length, 0);
	const blockHeight = lineCount * LINE + (areas.length - 1) * AREA_GAP;
	const placed: { lines: string[]; y: number }[] = [];
	let offset = -blockHeight / 2 + 13;
	for (const lines of areas) {
		placed.push({ lines, y: offset });
		offset += lines.length * LINE + AREA_GAP;
	}
	const halves = placed.flatMap(({ lines, y }) =>
		lines.map((line, index) => ({ half: textWidth(line) / 2 + 4, baseline: y + index * LINE })),
	);
	const fits = (ry: number, gap: number) =>
		halves.every(
			({ half, baseline }) =>
				half <= Math.min(lensHalfWidth(baseline - 11, ry, gap), lensHalfWidth(baseline + 4, ry, gap)),
		);
	const { ry, gap } = shapeFor(fits);
	const cy = TOP + ry;

	// The intersection's lowest point, where a short line leads down to the shared name.
	const tip = Math.round(cy + ry * Math.sqrt(1 - (gap / 2 / RX) ** 2));
	const shared = wrapTo(data.shared, WIDTH - 32);
	const sharedY = tip + 30;
	const height = sharedY + (shared.length - 1) * LINE + 10;
	const shape = `rx="${RX}" ry="${ry}" cy="${cy}"`;

	const body =
		`<ellipse class="fill-cio stroke-cio" fill-opacity=".08" cx="${MID - gap / 2}" ${shape}/>` +
		`<ellipse class="fill-cto stroke-cto" fill-opacity=".08" stroke-dasharray="6 4" cx="${MID + gap / 2}" ${shape}/>` +
		`<g text-anchor="middle">` +
		// Each role's name in the middle of its own part, between the two left (or right) edges.
		text(MID - RX, cy + 6, [data.cio], 'class="fill-cio font-semibold" font-size="16"') +
		text(MID + RX, cy + 6, [data.cto], 'class="fill-cto font-semibold" font-size="16"') +
		placed.map(({ lines, y }) => text(MID, cy + y, lines)).join('') +
		`<path class="stroke-border" d="M${MID} ${tip + 4}v12"/>` +
		text(MID, sharedY, shared, 'class="fill-muted"') +
		`</g>`;
	return svgRoot(data, WIDTH, height, body);
}

/** The text equivalent: the shared name and the areas in it. */
export function overlapText(data: OverlapData): TextGroup[] {
	return [{ term: data.shared, items: data.areas }];
}
