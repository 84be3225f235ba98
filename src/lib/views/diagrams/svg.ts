/**
 * What every diagram shares: escaping, word-wrapping, number formatting and the root element.
 *
 * Colours come only from class names that Tailwind generates from the theme tokens (`fill-cio`,
 * `stroke-border`, ...), never from `style=` or `fill="var(...)"`, so the strict CSP holds and a
 * picture follows the theme. Tailwind finds classes by scanning the source, so every class is
 * written out whole in these modules, never assembled from parts.
 */

/** A diagram's text equivalent, one group per role or stage, shown next to the picture. */
export interface TextGroup {
	/** What the group is about, e.g. "CIO" or "Start-up or small company". */
	term: string;
	/** One line about it, if the picture says one. */
	description?: string;
	/** The labels the picture shows for it, in order. */
	items: readonly string[];
}

/** What every diagram takes besides its own data. */
export interface DiagramBase {
	/** Unique on the page; the `<title>`'s id is derived from it. Letters, digits, `-` and `_`. */
	id: string;
	/** The picture's accessible name, one sentence. */
	title: string;
}

/** Font size of ordinary labels, in viewBox units: at least 12 px when 320 units are drawn 288 px wide. */
export const FONT = 14;
/** Distance between the baselines of a label's lines. */
export const LINE = 18;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for SVG content and attribute values. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A number as the markup writes it: rounded to one decimal, no trailing zeros. */
export function num(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** The soft hyphen (U+00AD): where a long word may break, shown as "-" only when it does. */
const SOFT = '\u00AD';

/**
 * Breaks a label into lines no longer than `max`, at spaces or after hyphens, as `measure` counts
 * (characters unless told). A word too long for a line of its own also breaks at its soft hyphens,
 * showing "-" where it breaks; soft hyphens are dropped everywhere else. A word that cannot be
 * broken keeps a line of its own rather than being cut, so nothing is lost.
 */
export function wrap(text: string, max: number, measure: (line: string) => number = (line) => line.length): string[] {
	const lines: string[] = [];
	let line = '';
	const shown = (candidate: string) => candidate.replaceAll(SOFT, '');
	const end = (candidate: string) => (candidate.endsWith(SOFT) ? `${shown(candidate)}-` : shown(candidate));
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		// Pieces of one word join without a space: "Technology-" + "centric", "Geschäfts\u00AD" + "orien\u00ADtiert".
		const pieces =
			measure(shown(word)) > max
				? word.split(/(?<=[^-]-|\u00AD)(?=[^-\u00AD])/)
				: shown(word).split(/(?<=[^-]-)(?=[^-])/);
		pieces.forEach((piece, index) => {
			const joined = line === '' ? piece : index > 0 ? line + piece : `${line} ${piece}`;
			if (line !== '' && measure(end(joined)) > max) {
				lines.push(end(line));
				line = piece;
			} else {
				line = joined;
			}
		});
	}
	if (line !== '') lines.push(shown(line));
	return lines;
}

/** A label's lines, each at most `width` viewBox units wide at `size`. */
export function wrapTo(text: string, width: number, size = FONT, bold = false): string[] {
	return wrap(text, width, (line) => textWidth(line, size, bold));
}

/**
 * Glyph widths in em by class, measured on DejaVu Sans, the widest face the site's font stack can
 * fall back to, so an estimate errs on the wide side in any system font.
 */
const NARROW = new Set(' ,.\'’:;|!()[]/\\-Iijlft"');
const SMALL = new Set('rszcç*_?L–');
const WIDEST = new Set('mwMW%@—');
const WIDE = new Set('&#+<=>~');

/** Roughly how wide a text is at `size`, in viewBox units; bold (semibold) runs 10% wider. */
export function textWidth(text: string, size = FONT, bold = false): number {
	let em = 0;
	for (const char of text.replaceAll(SOFT, '')) {
		if (NARROW.has(char)) em += 0.35;
		else if (SMALL.has(char)) em += 0.53;
		else if (WIDEST.has(char)) em += 0.97;
		else if (WIDE.has(char) || char !== char.toLowerCase()) em += 0.75;
		else em += 0.63;
	}
	return em * size * (bold ? 1.1 : 1);
}

/** Throws unless `id` can start an XML id; a bad id is a programming error, found at build time. */
export function checkId(id: string): void {
	if (!/^[A-Za-z][\w-]*$/.test(id)) {
		throw new Error(`Diagram id "${id}" must start with a letter and hold only letters, digits, "-" and "_".`);
	}
}

/**
 * A text of one or more lines: the first line's baseline at `y`, each next one LINE lower.
 * `attrs` are written as given (class names, anchors), the lines are escaped.
 */
export function text(x: number, y: number, lines: readonly string[], attrs = ''): string {
	const [first = '', ...rest] = lines;
	const more = rest.map((line) => `<tspan x="${num(x)}" dy="${LINE}">${esc(line)}</tspan>`).join('');
	return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${esc(first)}${more}</text>`;
}

/**
 * The root element, named by its `<title>`: as wide as the element around it unless an icon asks for a
 * `pixelWidth` (CSS can still override it); the height follows from the viewBox. Thin round strokes
 * and the label size are set once here and inherited; `fill-text` makes the text colour the default.
 */
export function svgRoot(base: DiagramBase, width: number, height: number, body: string, pixelWidth?: number): string {
	checkId(base.id);
	const titleId = `${base.id}-title`;
	return (
		`<svg viewBox="0 0 ${num(width)} ${num(height)}" width="${pixelWidth ?? '100%'}" role="img" aria-labelledby="${titleId}"` +
		` class="fill-text" font-size="${FONT}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">` +
		`<title id="${titleId}">${esc(base.title)}</title>${body}</svg>`
	);
}
