/**
 * Builds the Pagefind search index as the last step of `astro build`. It indexes only what pages
 * mark with `data-pagefind-body` (the article body; see ArticleLayout) and writes the bundle to
 * `<outDir>/pagefind/`, which the site serves under its base path (`url('/pagefind/')`), with
 * each language's word list for typo correction beside it (`words-<lang>.json`, search-words.ts).
 * Any indexing error, or an index without pages, fails the build.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexableHtml, withSearchTerms, type SearchTermsFile } from '../lib/build/search-index';
import { countWords, indexedText, wordList } from '../lib/build/search-words';
import { wordListFile } from '../lib/domain/search';

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
					// Each page as the index should read it (see search-index.ts); the files served stay as built.
					// The search terms come from search-terms.json (one per language), read here and deleted.
					const files = await readdir(site, { recursive: true });
					const terms: SearchTermsFile = {};
					for (const file of files.filter((name) => name.endsWith('search-terms.json'))) {
						Object.assign(terms, JSON.parse(await readFile(new URL(file, dir), 'utf8')) as SearchTermsFile);
						await rm(new URL(file, dir));
					}
					let indexed = 0;
					// Every word the index reads, per language: the word list typo correction loads (search-words.ts).
					const words = new Map<string, Map<string, number>>();
					for (const file of files) {
						if (!file.endsWith('.html')) continue;
						const url = `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
						const html = await readFile(new URL(file, dir), 'utf8');
						const content = indexableHtml(withSearchTerms(html, terms[url]));
						const added = await index.addHTMLFile({ url, content });
						if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
						const text = content.includes('data-pagefind-body') ? indexedText(content) : undefined;
						if (!text) continue;
						indexed += 1;
						if (!words.has(text.lang)) words.set(text.lang, new Map());
						countWords(text.text, words.get(text.lang)!);
					}
					if (indexed === 0) throw new Error(`no page in ${site} was indexed: is any marked data-pagefind-body?`);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					for (const file of await readdir(outputPath)) {
						if (UNUSED_BUNDLE_FILE.test(file)) await rm(new URL(`pagefind/${file}`, dir));
					}
					const lists: string[] = [];
					for (const [lang, counts] of words) {
						const list = wordList(counts);
						const json = JSON.stringify(list);
						await writeFile(new URL(`pagefind/${wordListFile(lang)}`, dir), json);
						lists.push(`${lang} ${list.length} words (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
					}
					logger.info(`indexed ${indexed} pages, wrote the index to ${outputPath}; word lists: ${lists.join(', ')}`);
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
