/**
 * The site's wordmark, "CIO vs CTO" in two tones as on the OG images: CIO in the CIO colour, "vs"
 * muted, CTO in the CTO colour. The letters are drawn as strokes rather than set as `<text>`, so
 * the mark has the same width and shape in every system font and needs no web font.
 */
import { esc } from './svg';

/** What the header passes in. */
export interface WordmarkOptions {
	/** The accessible name, e.g. "CIO vs CTO, home". */
	label: string;
	/** Classes for the root, e.g. to set its height in the header. */
	className?: string;
}

/** The viewBox's width: 165 units, one unit a pixel at the intended height. */
export const WORDMARK_WIDTH = 165;
/** The viewBox's height: 28 units, drawn 28 px tall unless the header's class says otherwise. */
export const WORDMARK_HEIGHT = 28;

/**
 * Centre lines of the letters: C and O are circles of radius 10 around y 14 (C open to the right),
 * I and T as tall as the circles' outer edge, "vs" lowercase (y 10 to 24, "s" two elliptic arcs)
 * and lighter, like the muted "vs" of the OG image.
 */
const CIO = 'M18.4 6.3A10 10 0 1 0 18.4 21.7M24 2.5v23M32 14a10 10 0 1 0 20 0a10 10 0 1 0-20 0z';
const VS = 'M64 10l6 14 6-14M89.1 12A4 3.5 0 1 0 85.5 17a4 3.5 0 1 1-3.6 5';
const CTO = 'M118.4 6.3A10 10 0 1 0 118.4 21.7M123 4h16M131 4v21.5M143 14a10 10 0 1 0 20 0a10 10 0 1 0-20 0z';

/** The wordmark as inline SVG markup, sized 165 × 28 unless `className` sets otherwise. */
export function wordmark({ label, className }: WordmarkOptions): string {
	const classes = className ? ` class="fill-none ${esc(className)}"` : ' class="fill-none"';
	return (
		`<svg viewBox="0 0 ${WORDMARK_WIDTH} ${WORDMARK_HEIGHT}" width="${WORDMARK_WIDTH}" height="${WORDMARK_HEIGHT}"` +
		` role="img" aria-label="${esc(label)}"${classes} stroke-width="3.4" stroke-linejoin="round">` +
		`<path class="stroke-cio" d="${CIO}"/>` +
		`<path class="stroke-muted" stroke-width="2.8" d="${VS}"/>` +
		`<path class="stroke-cto" d="${CTO}"/></svg>`
	);
}
