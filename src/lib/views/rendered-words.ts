/**
 * A words file kept rendered (plain Markdown; src/integrations/words-loader.ts) comes as HTML.
 * Its `##` and `###` headings are drawn by the same components MDX gives them (`MdxH2`, `MdxH3`:
 * a linkable anchor, hyphenation), so the HTML is cut into runs and headings. It is read with an
 * HTML parser, and cut at the places the parser gives, so every run stays as rendered, byte for byte.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** A run of rendered HTML, or a section heading with its id and its content as HTML. */
export type RenderedPart = { html: string } | { level: 2 | 3; id: string; html: string };

/**
 * The runs and section headings of a rendered words file, in order. Only top-level `<h2>` and
 * `<h3>` elements with an id are section headings; anything else stays HTML. The processor ends
 * its HTML with a line break, which MDX's output does not have: it goes.
 */
export function renderedParts(rendered: string): RenderedPart[] {
	const html = rendered.replace(/\n$/, '');
	const parts: RenderedPart[] = [];
	let last = 0;
	for (const node of parse(html, { comment: true }).childNodes) {
		const element = node as HTMLElement;
		const level = element.rawTagName === 'h2' ? 2 : element.rawTagName === 'h3' ? 3 : undefined;
		const id = level ? element.getAttribute('id') : undefined;
		if (!level || id === undefined) continue;
		const [start, end] = element.range;
		const children = element.childNodes;
		const inner = children.length > 0 ? html.slice(children[0]!.range[0], children.at(-1)!.range[1]) : '';
		if (start > last) parts.push({ html: html.slice(last, start) });
		parts.push({ level, id, html: inner });
		last = end;
	}
	if (last < html.length) parts.push({ html: html.slice(last) });
	return parts;
}
