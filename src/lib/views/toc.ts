/**
 * The on-page table of contents, from data: the headings Astro's `render()` reports for an MDX
 * body, with the sections that data components in the body add put where those components stand.
 * Nothing is read back from rendered HTML.
 */

/** One entry of a page's table of contents. */
export interface TocEntry {
	depth: 2 | 3;
	id: string;
	text: string;
}

/** A heading as `render()` reports it. */
export interface MarkdownHeading {
	depth: number;
	slug: string;
	text: string;
}

/** What stands in an MDX body, in order: a `##`/`###` heading, or a component tag at the start of a line. */
export type OutlineItem = { heading: 2 | 3 } | { component: string };

/** The headings and block-level component tags of an MDX body, in order; fenced code is skipped. */
export function outline(body: string): OutlineItem[] {
	const items: OutlineItem[] = [];
	let fenced = false;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced) continue;
		const heading = /^(#{2,3}) \S/.exec(line);
		if (heading) items.push({ heading: heading[1]!.length === 2 ? 2 : 3 });
		const component = /^<([A-Z][A-Za-z0-9]*)\b/.exec(line.trim());
		if (component) items.push({ component: component[1]! });
	}
	return items;
}

/**
 * The table of contents of an MDX body: its own `##` and `###` headings (from `render()`) with
 * the sections of each component inserted where the component stands. Throws when the outline
 * and the reported headings disagree, rather than list a wrong section.
 */
export function tableOfContents(
	items: readonly OutlineItem[],
	headings: readonly MarkdownHeading[],
	componentSections: Readonly<Record<string, readonly TocEntry[]>>,
): TocEntry[] {
	const own = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
	const entries: TocEntry[] = [];
	let next = 0;
	for (const item of items) {
		if ('component' in item) {
			entries.push(...(componentSections[item.component] ?? []));
			continue;
		}
		const heading = own[next++];
		if (!heading || heading.depth !== item.heading) {
			throw new Error(`The table of contents found a level-${item.heading} heading the body's headings do not list.`);
		}
		entries.push({ depth: item.heading, id: heading.slug, text: heading.text });
	}
	if (next !== own.length) throw new Error('The table of contents missed a heading of the body.');
	return entries;
}
