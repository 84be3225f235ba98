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

/**
 * Replaces each MDX component tag (`<ComparisonTable />`) in a page body with the Markdown its
 * renderer gives. An unknown component fails the build, so no page reaches llms-full.txt with a
 * raw tag in it.
 */
export function replaceComponents(
	body: string,
	renderers: Readonly<Record<string, () => string>>,
	where: string,
): string {
	return body.replace(/<([A-Z][A-Za-z0-9]*)\s*\/>/g, (_tag, name: string) => {
		const render = renderers[name];
		if (!render) throw new Error(`${where}: no Markdown for <${name} /> in llms-full.txt (src/lib/llms-content.ts)`);
		return render().trim();
	});
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
	pages: readonly LlmsPage[];
	full: LlmsPage;
}): string {
	return blocks(
		`# ${options.title}`,
		`> ${options.summary}`,
		options.details,
		'## Pages',
		options.pages.map((page) => linkItem(page.title, page.url, page.description)).join('\n'),
		'## Optional',
		linkItem(options.full.title, options.full.url, options.full.description),
	);
}
