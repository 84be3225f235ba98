/**
 * The words of a words file (`content/<folder>/<lang>/<id>.mdx`) as Astro's MDX entry type reads
 * them into `entry.body`: what follows the frontmatter, trimmed. The frontmatter is found as
 * Astro finds it (`@astrojs/internal-helpers/frontmatter`: `---` or `+++` fences at the start).
 *
 * Plain Markdown words are stored without their body (src/integrations/words-loader.ts), which
 * `proseOf` (collections.ts) then reads from the file with this function. The loader drops a body
 * only where this function gives it back exactly, so the two can never read a file differently.
 *
 * The loader keeps such a file's rendered HTML in a file of Astro's cache folder, not in the data
 * store (`renderedWordsHtml` reads it). Node runs this file in the loader itself: it imports only
 * Node's own modules.
 */
import { readFile } from 'node:fs/promises';

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export function wordsOfFile(contents: string): string {
	const frontmatter = FRONTMATTER.exec(contents);
	return (frontmatter ? contents.slice(frontmatter.index + frontmatter[0].length) : contents).trim();
}

/**
 * Where the loader put a rendered words file's HTML: a key of its entry's `rendered.metadata`,
 * whose `html` is then empty. The build holds the data store in four forms while the pages render
 * (as synced, as a module's source, as the JSON in it, and parsed): at 1,000 articles a language,
 * taking the HTML out of it lowered the build's live heap by 24 MB.
 */
export const RENDERED_FILE = 'kbRenderedFile';

/** The HTML of a rendered words entry: read from its file where the loader kept it in one. */
export async function renderedWordsHtml(rendered: {
	html: string;
	metadata?: Record<string, unknown>;
}): Promise<string> {
	const file = rendered.metadata?.[RENDERED_FILE];
	if (typeof file !== 'string') return rendered.html;
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		throw new Error(
			`The rendered words in ${file} could not be read (${(error as Error).message}). The content sync renders a missing file again: build again.`,
			{ cause: error },
		);
	}
}
