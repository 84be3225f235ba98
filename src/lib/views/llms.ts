/**
 * `/llms.txt` and `/llms-full.txt` (llmstxt.org): the site as plain Markdown for language models.
 * Pure builders over plain data; `llms-content.ts` feeds them from the collections.
 */

/** A page as llms.txt lists it. */
export interface LlmsPage {
	title: string;
	/** Absolute URL. */
	url: string;
	description: string;
}

/** One Markdown block per item, separated by blank lines, ending in one newline. */
export function blocks(...parts: ReadonlyArray<string | false | undefined>): string {
	return `${parts
		.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
		.map((part) => part.trim())
		.join('\n\n')}\n`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
	const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A Markdown link list item with an optional note after a colon. */
export function linkItem(title: string, url: string, note?: string): string {
	return `- [${title}](${url})${note ? `: ${note}` : ''}`;
}

/** Moves Markdown headings down by `levels` (a page's `##` becomes `###` under its `##` title). */
export function demoteHeadings(markdown: string, levels: number): string {
	let inFence = false;
	return markdown
		.split('\n')
		.map((line) => {
			if (line.startsWith('```')) inFence = !inFence;
			return !inFence && /^#{1,6} /.test(line) ? `${'#'.repeat(levels)}${line}` : line;
		})
		.join('\n');
}

/** The index file: title, summary, the pages with one-line summaries, and where the full text is. */
export function llmsIndex(options: {
	title: string;
	summary: string;
	details: string;
	/** The headings of the page list and of the optional files, in the site's language. */
	pagesHeading: string;
	optionalHeading: string;
	pages: readonly LlmsPage[];
	full: LlmsPage;
}): string {
	return blocks(
		`# ${options.title}`,
		`> ${options.summary}`,
		options.details,
		`## ${options.pagesHeading}`,
		options.pages.map((page) => linkItem(page.title, page.url, page.description)).join('\n'),
		`## ${options.optionalHeading}`,
		linkItem(options.full.title, options.full.url, options.full.description),
	);
}
