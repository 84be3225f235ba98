/**
 * The words of a words file (`content/<folder>/<lang>/<id>.mdx`) as Astro's MDX entry type reads
 * them into `entry.body`: what follows the frontmatter, trimmed. The frontmatter is found as
 * Astro finds it (`@astrojs/internal-helpers/frontmatter`: `---` or `+++` fences at the start).
 *
 * Plain Markdown words are stored without their body (src/integrations/words-loader.ts), which
 * `proseOf` (collections.ts) then reads from the file with this function. The loader drops a body
 * only where this function gives it back exactly, so the two can never read a file differently.
 * Node runs this file in the loader itself: it imports nothing.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export function wordsOfFile(contents: string): string {
	const frontmatter = FRONTMATTER.exec(contents);
	return (frontmatter ? contents.slice(frontmatter.index + frontmatter[0].length) : contents).trim();
}
