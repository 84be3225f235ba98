/** The on-page table of contents, read from the page's rendered HTML. */

/** One entry of a page's table of contents. */
export interface TocEntry {
	depth: 2 | 3;
	id: string;
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns HTML text content back into plain text: tags removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
			if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
			if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
			return ENTITIES[code.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The `h2` and `h3` headings with an id in `html`, in document order. Headings marked
 * `data-toc="skip"` are left out.
 */
export function extractHeadings(html: string): TocEntry[] {
	const entries: TocEntry[] = [];
	const pattern = /<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/gi;
	for (const match of html.matchAll(pattern)) {
		const attributes = match[2] ?? '';
		const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
		if (id === undefined || /\bdata-toc="skip"/.test(attributes)) continue;
		const text = htmlToText(match[3] ?? '');
		if (text === '') continue;
		entries.push({ depth: match[1] === '2' ? 2 : 3, id: htmlToText(id), text });
	}
	return entries;
}
