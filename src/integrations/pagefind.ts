/**
 * Builds the Pagefind search index as the last step of `astro build`. It indexes only what pages
 * mark with `data-pagefind-body` (the article body; see ArticleLayout) and writes the bundle to
 * `<outDir>/pagefind/`, which the site serves under its base path (`url('/pagefind/')`).
 * Any indexing error, or an index without pages, fails the build.
 *
 * The index is kept in Astro's cache folder (`kb-pagefind/`) with a digest of everything it was
 * made from (each page as the index reads it, in order, and Pagefind's version and options): a
 * build whose pages read the same reuses it instead of indexing again (issue 25). Pagefind cannot
 * add to an index, so any change indexes every page.
 */
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexableHtml, withSearchTerms, type SearchTermsFile } from '../lib/build/search-index';

/** Files Pagefind writes for its ready-made UIs; this site uses its own lean UI, so they go. */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

/** Pagefind's options (none: its defaults), part of the cached index's digest. */
const OPTIONS = {};

/** The Astro integration that indexes the built site with Pagefind. */
export function pagefindIndex(): AstroIntegration {
	let cacheFolder = '';
	let version = '';
	return {
		name: 'kb-pagefind',
		hooks: {
			'astro:config:done': async ({ config }) => {
				cacheFolder = fileURLToPath(new URL('kb-pagefind/', config.cacheDir));
				// Its package.json, found from the module (which its exports do not list as a subpath).
				const main = fileURLToPath(import.meta.resolve('pagefind'));
				const manifest = join(dirname(dirname(main)), 'package.json');
				version = (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('pagefind/', dir));
				try {
					// Each page as the index should read it (see search-index.ts); the files served stay as built.
					// The search terms come from search-terms.json (one per language), read here and deleted.
					const files = await readdir(site, { recursive: true });
					const terms: SearchTermsFile = {};
					for (const file of files.filter((name) => name.endsWith('search-terms.json'))) {
						Object.assign(terms, JSON.parse(await readFile(new URL(file, dir), 'utf8')) as SearchTermsFile);
						await rm(new URL(file, dir));
					}
					const pages = files.filter((file) => file.endsWith('.html'));
					const prepare = async (file: string) => {
						const url = `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
						const html = await readFile(new URL(file, dir), 'utf8');
						return { file, url, content: indexableHtml(withSearchTerms(html, terms[url])) };
					};
					/**
					 * Each page as the index reads it, in order, to `use`. The next page is read and prepared
					 * while `use` works on this one (while Pagefind's process indexes it, the two would take
					 * turns on one core otherwise); pages still go one at a time, in order.
					 */
					const eachPage = async (use: (page: Awaited<ReturnType<typeof prepare>>) => Promise<void>) => {
						let next = pages.length > 0 ? prepare(pages[0]!) : undefined;
						for (let position = 0; position < pages.length; position++) {
							const page = await next!;
							next = position + 1 < pages.length ? prepare(pages[position + 1]!) : undefined;
							// Awaited in the next round; a failure there must not count as unhandled meanwhile.
							next?.catch(() => undefined);
							await use(page);
						}
					};
					/** What the index is made from: Pagefind's version and options, and each page as it reads it. */
					const inputs = () => createHash('sha256').update(`pagefind ${version} ${JSON.stringify(OPTIONS)}\n`);
					const read = (hash: ReturnType<typeof inputs>, { url, content }: { url: string; content: string }) =>
						hash.update(`${url}\n${content}\n`);
					// The last index and what it was made from, if there is one.
					const cachedDigest = await readFile(join(cacheFolder, 'digest.txt'), 'utf8').catch(() => undefined);
					if (cachedDigest !== undefined) {
						const hash = inputs();
						await eachPage(async (page) => void read(hash, page));
						if (hash.digest('hex') === cachedDigest) {
							await rm(outputPath, { recursive: true, force: true });
							await cp(join(cacheFolder, 'index'), outputPath, { recursive: true });
							logger.info(`every page reads as in the last build: its index reused from the cache`);
							return;
						}
					}
					// One index per language: Pagefind reads each page's <html lang> (set from the page's locale).
					const { index, errors } = await pagefind.createIndex(OPTIONS);
					if (!index) throw new Error(errors.join('\n') || 'could not create the index');
					let indexed = 0;
					const made = inputs();
					await eachPage(async (page) => {
						const { file, content, url } = page;
						read(made, page);
						const added = await index.addHTMLFile({ url, content });
						if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
						if (content.includes('data-pagefind-body')) indexed += 1;
					});
					if (indexed === 0) throw new Error(`no page in ${site} was indexed: is any marked data-pagefind-body?`);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					for (const file of await readdir(outputPath)) {
						if (UNUSED_BUNDLE_FILE.test(file)) await rm(new URL(`pagefind/${file}`, dir));
					}
					// Kept for the next build: the digest written last, so a half-written cache is never used.
					await rm(cacheFolder, { recursive: true, force: true });
					await cp(outputPath, join(cacheFolder, 'index'), { recursive: true });
					await writeFile(join(cacheFolder, 'digest.txt'), made.digest('hex'));
					logger.info(`indexed ${indexed} pages, wrote the index to ${outputPath}`);
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
