/**
 * Inward and outward: the organisation as a box. The CIO sits inside it and points to the work
 * within (aligning IT with business goals, infrastructure and budgets, efficiency); the CTO sits on
 * its edge and points out, to product, market and new technology. The article's internal and
 * external split: drawn top to bottom on a phone, so long labels keep the full width
 * (`inwardOutward`), and side by side from 768 px, the organisation on the left, the CTO's work
 * outside it on the right (`inwardOutwardWide`).
 */
import { LINE, type DiagramBase, type TextGroup, num, svgRoot, text, textWidth, wrapTo } from './svg';

/** One role's side: its name and what its work points to. */
export interface RoleWork {
	/** The role's short name, e.g. "CIO". */
	name: string;
	/** What the role's work points to, one label each. */
	items: readonly string[];
}

/** The words of the picture. */
export interface InwardOutwardData extends DiagramBase {
	/** Names the inside of the box, e.g. "Inside the organisation". */
	inside: string;
	/** Names the outside, e.g. "Outside: product and market". */
	outside: string;
	cio: RoleWork;
	cto: RoleWork;
}

const WIDTH = 320;
/** The organisation's box: 8 units in from each side. */
const BOX_X = 8;
/** Where the badges start, the trees' spine and where their arrows end. */
const BADGE_X = 16;
const SPINE = 32;
const TIP = 52;
const LABEL_X = 60;
/** Room for an item's lines: from LABEL_X to 12 units inside the box's right edge. */
const ITEM_WIDTH = WIDTH - BOX_X - 12 - LABEL_X;
const BADGE_H = 24;
const ROW_GAP = 8;

/** A role's name in a pill: solid for the CIO, outlined for the CTO. Returns markup and width. */
function badge(role: 'cio' | 'cto', name: string, y: number, dx = 0): { markup: string; width: number } {
	const width = Math.max(48, Math.ceil(textWidth(name, 14, true) + 16));
	const cx = dx + BADGE_X + width / 2;
	const pill = `x="${dx + BADGE_X}" y="${num(y)}" width="${width}" height="${BADGE_H}" rx="12"`;
	const label = (cls: string) => text(cx, y + 17, [name], `class="${cls} font-semibold" text-anchor="middle"`);
	const markup =
		role === 'cio'
			? `<rect class="fill-cio" ${pill}/>${label('fill-bg')}`
			: `<rect class="fill-bg stroke-cto" ${pill}/>${label('fill-cto')}`;
	return { markup, width };
}

/**
 * The region's name beside a badge, wrapped to the space left: up to the picture's edge outside the
 * box, up to its padding inside. Returns markup and its bottom.
 */
function regionLabel(
	label: string,
	badgeWidth: number,
	badgeY: number,
	right: number,
	dx = 0,
): { markup: string; bottom: number } {
	const x = dx + BADGE_X + badgeWidth + 10;
	const lines = wrapTo(label, right - x);
	return {
		markup: text(x, badgeY + 17, lines, 'class="fill-muted"'),
		bottom: badgeY + BADGE_H + (lines.length - 1) * LINE,
	};
}

/** Lays out item rows from `top` down. Returns their markup, the arrows' heights and the bottom. */
function rows(
	items: readonly string[],
	top: number,
	dx = 0,
	width = ITEM_WIDTH,
): { markup: string; arrows: number[]; bottom: number } {
	let y = top;
	let markup = '';
	const arrows: number[] = [];
	for (const item of items) {
		const lines = wrapTo(item, width);
		markup += text(dx + LABEL_X, y + 13, lines);
		arrows.push(y + 8);
		y += lines.length * LINE + ROW_GAP;
	}
	return { markup, arrows, bottom: y - ROW_GAP };
}

/**
 * A tree from a badge to its rows: a spine with a branch and an arrowhead to each row. `from` is
 * where the spine leaves the badge; the far end turns with a round corner.
 */
function tree(cls: string, from: number, arrows: readonly number[], dx = 0): string {
	const far = from < (arrows[0] ?? from) ? Math.max(...arrows) : Math.min(...arrows);
	const turn = far > from ? 6 : -6;
	const [spine, tip] = [dx + SPINE, dx + TIP];
	let d = `M${spine} ${num(from)}V${num(far - turn)}q0 ${turn} 6 ${turn}H${tip}`;
	for (const y of arrows) {
		if (y !== far) d += `M${spine} ${num(y)}H${tip}`;
		d += `M${tip - 5} ${num(y - 4)}l5 4-5 4`;
	}
	return `<path class="${cls} fill-none" d="${d}"/>`;
}

/** The picture: CTO's work above the box pointing out, CIO's inside it pointing in. */
export function inwardOutward(data: InwardOutwardData): string {
	// Outside, top down: the CTO's rows, then the CTO's badge just above the box.
	const outside = rows(data.cto.items, 8);
	const ctoY = outside.bottom + 16;
	const cto = badge('cto', data.cto.name, ctoY);
	const outsideLabel = regionLabel(data.outside, cto.width, ctoY, WIDTH - BOX_X);
	const boxY = outsideLabel.bottom + 14;
	// Inside the box: the CIO's badge, then its rows.
	const cioY = boxY + 16;
	const cio = badge('cio', data.cio.name, cioY);
	const insideLabel = regionLabel(data.inside, cio.width, cioY, WIDTH - BOX_X - 12);
	const inside = rows(data.cio.items, Math.max(cioY + BADGE_H, insideLabel.bottom) + 14);
	const boxBottom = inside.bottom + 16;
	const height = boxBottom + 8;

	const body =
		`<rect class="fill-none stroke-border" x="${BOX_X}" y="${num(boxY)}" width="${WIDTH - 2 * BOX_X}" height="${num(boxBottom - boxY)}" rx="12"/>` +
		tree('stroke-cto', ctoY, outside.arrows) +
		tree('stroke-cio', cioY + BADGE_H, inside.arrows) +
		cto.markup +
		outsideLabel.markup +
		cio.markup +
		insideLabel.markup +
		outside.markup +
		inside.markup;
	return svgRoot(data, WIDTH, height, body);
}

/** The wide picture's width, and the organisation's edge: its left half. */
const WIDE = 640;
const EDGE = WIDE / 2;

/**
 * The picture side by side, for 768 px and wider: the organisation's box on the left with the CIO
 * and its work inside, the CTO and its work outside it on the right, their rows level.
 */
export function inwardOutwardWide(data: InwardOutwardData): string {
	const top = 24;
	const cio = badge('cio', data.cio.name, top);
	const cto = badge('cto', data.cto.name, top, EDGE);
	const insideLabel = regionLabel(data.inside, cio.width, top, EDGE - 12);
	const outsideLabel = regionLabel(data.outside, cto.width, top, WIDE - BOX_X, EDGE);
	const rowsTop = Math.max(top + BADGE_H, insideLabel.bottom, outsideLabel.bottom) + 14;
	const inside = rows(data.cio.items, rowsTop, 0, EDGE - 12 - LABEL_X);
	const outside = rows(data.cto.items, rowsTop, EDGE, WIDE - BOX_X - EDGE - LABEL_X);
	const boxBottom = Math.max(inside.bottom, outside.bottom) + 16;
	const body =
		`<rect class="fill-none stroke-border" x="${BOX_X}" y="${BOX_X}" width="${EDGE - BOX_X}" height="${num(boxBottom - BOX_X)}" rx="12"/>` +
		tree('stroke-cio', top + BADGE_H, inside.arrows) +
		tree('stroke-cto', top + BADGE_H, outside.arrows, EDGE) +
		cio.markup +
		insideLabel.markup +
		cto.markup +
		outsideLabel.markup +
		inside.markup +
		outside.markup;
	return svgRoot(data, WIDE, boxBottom + 8, body);
}

/** The text equivalent: each role, where its work points, and to what. */
export function inwardOutwardText(data: InwardOutwardData): TextGroup[] {
	return [
		{ term: data.cio.name, description: data.inside, items: data.cio.items },
		{ term: data.cto.name, description: data.outside, items: data.cto.items },
	];
}
