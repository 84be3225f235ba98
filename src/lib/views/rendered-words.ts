/**
 * A words file kept rendered (plain Markdown; src/integrations/words-loader.ts) comes as HTML.
 * Its `##` and `###` headings are drawn by the same components MDX gives them (`MdxH2`, `MdxH3`:
 * a linkable anchor, hyphenation), so the HTML is cut into runs and headings.
 */

/** A run of rendered HTML, or a section heading with its id and its content as HTML. */
export type RenderedPart = { html: string } | { level: 2 | 3; id: string; html: string };

/** `##` and `###` headings as the Markdown processor writes them (`<h2 id="goals">…</h2>`); they hold no heading. */
const HEADING = /<h([23])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };

/** An attribute's value as written in HTML, decoded (the processor escapes only these). */
const decode = (value: string) => value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/**
 * The runs and section headings of a rendered words file, in order. A heading without an id stays
 * HTML. The processor ends its HTML with a line break, which MDX's output does not have: it goes.
 */
export function renderedParts(rendered: string): RenderedPart[] {
	const html = rendered.replace(/\n$/, '');
	const parts: RenderedPart[] = [];
	let last = 0;
	for (const match of html.matchAll(HEADING)) {
		const id = /\sid="([^"]*)"/.exec(match[2] ?? '')?.[1];
		if (id === undefined) continue;
		if (match.index > last) parts.push({ html: html.slice(last, match.index) });
		parts.push({ level: match[1] === '2' ? 2 : 3, id: decode(id), html: match[3] ?? '' });
		last = match.index + match[0].length;
	}
	if (last < html.length) parts.push({ html: html.slice(last) });
	return parts;
}
