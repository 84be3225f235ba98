/**
 * The on-page table of contents: one entry per section, from data (`sections.ts` computes them
 * from the MDX syntax tree and the components' declarations). Nothing is read back from HTML.
 */

/** One entry of a page's table of contents. */
export interface TocEntry {
	depth: 2 | 3;
	id: string;
	text: string;
}
