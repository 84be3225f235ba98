/**
 * The spectrum: a line from business-centric to technology-centric, the CIO near the one end and the
 * CTO near the other; under each end, what the role there looks towards (inside the organisation,
 * the market and the product), so the picture says more than its caption.
 */
import { type DiagramBase, type TextGroup, LINE, svgRoot, text, wrapTo } from './svg';

/** The words of the picture and where the roles sit. */
export interface SpectrumData extends DiagramBase {
	/** The line's ends, e.g. "Business-centric" and "Technology-centric". */
	from: string;
	to: string;
	/** The roles' short names, written above their marks. */
	cio: string;
	cto: string;
	/** What the role at each end looks towards, written under that end (the comparison's "looks towards" row). */
	fromToward?: string;
	toToward?: string;
	/** Where each role sits, from 0 (the `from` end) to 1 (the `to` end); 0.2 and 0.8 unless given. */
	cioAt?: number;
	ctoAt?: number;
}

const WIDTH = 320;
const START = 16;
const END = 304;
const TRACK_Y = 40;
/** Each end's words keep to their half of the picture, with a gap in the middle. */
const HALF = (END - START) / 2 - 8;
const clamp = (at: number) => Math.min(0.9, Math.max(0.1, at));

/** One end's words under the track: its name, then (muted) what the role there looks towards. */
function endLabels(x: number, anchor: 'start' | 'end', name: string, toward: string | undefined) {
	const align = anchor === 'end' ? ' text-anchor="end"' : '';
	const nameLines = wrapTo(name, HALF, 14, true);
	const nameY = TRACK_Y + 28;
	const towardLines = toward ? wrapTo(toward, HALF) : [];
	const towardY = nameY + nameLines.length * LINE + 2;
	return {
		markup:
			text(x, nameY, nameLines, `class="font-semibold"${align}`) +
			(towardLines.length > 0 ? text(x, towardY, towardLines, `class="fill-muted"${align}`) : ''),
		bottom:
			(towardLines.length > 0 ? towardY + (towardLines.length - 1) * LINE : nameY + (nameLines.length - 1) * LINE) + 4,
	};
}

/** The picture: the track with its ends named below, each role a mark with its name above. */
export function spectrum(data: SpectrumData): string {
	const cioX = Math.round(START + clamp(data.cioAt ?? 0.2) * (END - START));
	const ctoX = Math.round(START + clamp(data.ctoAt ?? 0.8) * (END - START));
	const from = endLabels(START, 'start', data.from, data.fromToward);
	const to = endLabels(END, 'end', data.to, data.toToward);
	const height = Math.max(from.bottom, to.bottom) + 6;

	const body =
		`<path class="stroke-border" d="M${START} ${TRACK_Y}H${END}M${START} ${TRACK_Y - 6}v12M${END} ${TRACK_Y - 6}v12"/>` +
		`<circle class="fill-cio" cx="${cioX}" cy="${TRACK_Y}" r="7"/>` +
		`<circle class="fill-bg stroke-cto" stroke-width="2" cx="${ctoX}" cy="${TRACK_Y}" r="6"/>` +
		`<g class="font-semibold" text-anchor="middle">` +
		text(cioX, TRACK_Y - 16, [data.cio], 'class="fill-cio"') +
		text(ctoX, TRACK_Y - 16, [data.cto], 'class="fill-cto"') +
		`</g>` +
		from.markup +
		to.markup;
	return svgRoot(data, WIDTH, height, body);
}

/** The text equivalent: each role with the end it sits nearer to, and what that end looks towards. */
export function spectrumText(data: SpectrumData): TextGroup[] {
	const nearer = (at: number) => (at < 0.5 ? data.from : data.to);
	const toward = (at: number) => (at < 0.5 ? data.fromToward : data.toToward);
	const group = (term: string, at: number): TextGroup => {
		const looks = toward(at);
		return { term, description: nearer(at), items: looks ? [looks] : [] };
	};
	return [group(data.cio, data.cioAt ?? 0.2), group(data.cto, data.ctoAt ?? 0.8)];
}
