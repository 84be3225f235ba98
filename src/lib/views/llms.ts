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

/** Renders one MDX component as Markdown, from its string attributes and inner text. */
export type ComponentRenderer = (attributes: Readonly<Record<string, string>>, children: string) => string;

function parseAttributes(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of source.matchAll(/([A-Za-z][\w-]*)(?:="([^"]*)")?/g)) attributes[match[1]!] = match[2] ?? 'true';
	return attributes;
}

/**
 * Replaces each MDX component tag in a page body — self-closing (`<ComparisonTable />`,
 * `<Recommender syncUrl />`) or wrapping text (`<SiteLink to="/guide/">guide</SiteLink>`) — with
 * the Markdown its renderer gives. An unknown component fails the build, so no page reaches
 * llms-full.txt with a raw tag in it.
 */
export function replaceComponents(
	body: string,
	renderers: Readonly<Record<string, ComponentRenderer>>,
	where: string,
): string {
	const render = (name: string, attributes: string, children: string) => {
		const renderer = renderers[name];
		if (!renderer)
			throw new Error(`${where}: no Markdown for <${name} /> in llms-full.txt (src/lib/views/llms-content.ts).`);
		return renderer(parseAttributes(attributes), children).trim();
	};
	return body
		.replace(
			/<([A-Z][A-Za-z0-9]*)((?:\s+[^>]*?)?)>([\s\S]*?)<\/\1>/g,
			(_tag, name: string, attributes: string, children: string) => render(name, attributes, children),
		)
		.replace(/<([A-Z][A-Za-z0-9]*)((?:\s+[^>]*?)?)\s*\/>/g, (_tag, name: string, attributes: string) =>
			render(name, attributes, ''),
		);
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
