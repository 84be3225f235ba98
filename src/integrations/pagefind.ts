/**
 * Builds the Pagefind search index as the last step of `astro build`. It indexes only what pages
 * mark with `data-pagefind-body` (the article body; see ArticleLayout) and writes the bundle to
 * `<outDir>/pagefind/`, which the site serves under its base path (`url('/pagefind/')`).
 * Any indexing error, or an index without pages, fails the build.
 */
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Files Pagefind writes for its ready-made UIs; this site uses its own lean UI, so they go. */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

/** The Astro integration that indexes the built site with Pagefind. */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'kb-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('pagefind/', dir));
				try {
					// One index per language: Pagefind reads each page's <html lang> (set from the page's locale).
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n') || 'could not create the index');
					const added = await index.addDirectory({ path: site, glob: '**/*.html' });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					if (added.page_count === 0)
						throw new Error(`no page in ${site} was indexed: is any marked data-pagefind-body?`);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					for (const file of await readdir(outputPath)) {
						if (UNUSED_BUNDLE_FILE.test(file)) await rm(new URL(`pagefind/${file}`, dir));
					}
					logger.info(`read ${added.page_count} HTML files, wrote the index to ${outputPath}`);
				} catch (error) {
					throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`, {
						cause: error,
					});
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
