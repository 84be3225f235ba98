/**
 * The spectrum: a line from business-centric to technology-centric, the CIO near the one end and the
 * CTO near the other.
 */
import { type DiagramBase, type TextGroup, LINE, svgRoot, text, textWidth } from './svg';

/** The words of the picture and where the roles sit. */
export interface SpectrumData extends DiagramBase {
	/** The line's ends, e.g. "Business-centric" and "Technology-centric". */
	from: string;
	to: string;
	/** The roles' short names, written above their marks. */
	cio: string;
	cto: string;
	/** Where each role sits, from 0 (the `from` end) to 1 (the `to` end); 0.2 and 0.8 unless given. */
	cioAt?: number;
	ctoAt?: number;
}

const WIDTH = 320;
const START = 16;
const END = 304;
const TRACK_Y = 44;
const clamp = (at: number) => Math.min(0.9, Math.max(0.1, at));

/** The picture: the track with its ends named below, each role a mark with its name above. */
export function spectrum(data: SpectrumData): string {
	const cioX = Math.round(START + clamp(data.cioAt ?? 0.2) * (END - START));
	const ctoX = Math.round(START + clamp(data.ctoAt ?? 0.8) * (END - START));
	// The ends' names share a line when they fit side by side with a gap, else the second goes below.
	const sideBySide = textWidth(data.from) + textWidth(data.to) + 24 <= END - START;
	const endsY = TRACK_Y + 30;
	const toY = sideBySide ? endsY : endsY + LINE;
	const height = toY + 10;

	const body =
		`<path class="stroke-border" d="M${START} ${TRACK_Y}H${END}M${START} ${TRACK_Y - 6}v12M${END} ${TRACK_Y - 6}v12"/>` +
		`<circle class="fill-cio" cx="${cioX}" cy="${TRACK_Y}" r="7"/>` +
		`<circle class="fill-bg stroke-cto" stroke-width="2" cx="${ctoX}" cy="${TRACK_Y}" r="6"/>` +
		`<g class="font-semibold" text-anchor="middle">` +
		text(cioX, TRACK_Y - 16, [data.cio], 'class="fill-cio"') +
		text(ctoX, TRACK_Y - 16, [data.cto], 'class="fill-cto"') +
		`</g>` +
		text(START, endsY, [data.from], 'class="fill-muted"') +
		text(END, toY, [data.to], 'class="fill-muted" text-anchor="end"');
	return svgRoot(data, WIDTH, height, body);
}

/** The text equivalent: each role with the end it sits nearer to. */
export function spectrumText(data: SpectrumData): TextGroup[] {
	const nearer = (at: number) => (at < 0.5 ? data.from : data.to);
	return [
		{ term: data.cio, description: nearer(data.cioAt ?? 0.2), items: [] },
		{ term: data.cto, description: nearer(data.ctoAt ?? 0.8), items: [] },
	];
}
