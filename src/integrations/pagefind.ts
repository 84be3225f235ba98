/**
 * Builds the Pagefind search index as the last step of `astro build`. It indexes only what pages
 * mark with `data-pagefind-body` (the article body; see ArticleLayout) and writes the bundle to
 * `<outDir>/pagefind/`, which the site serves under its base path (`url('/pagefind/')`), with
 * each language's word list for typo correction beside it (`words-<lang>.json`, search-words.ts).
 * Any indexing error, or an index without pages, fails the build.
 *
 * The bundle is kept in Astro's cache folder (`kb-pagefind/`, one file) with a digest of
 * everything it was made from: each page as built with its search terms, in order, Pagefind's
 * version and options, and the site's code (code-digest.ts, which decides how a page is read). A
 * build whose pages are the same reuses it instead of indexing again (issue 25). Pagefind cannot
 * add to an index, so any change indexes every page.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { codeDigest } from '../lib/build/code-digest';
import { FILE_TASKS, limited } from '../lib/build/concurrency';
import { ogImages } from '../lib/build/og-images';
import {
	indexableHtml,
	mergeBundles,
	withSearchTerms,
	type BundleFile,
	type SearchTermsFile,
} from '../lib/build/search-index';
import { localeOfPath } from '../lib/domain/i18n';
import { countWords, fragmentText, wordList } from '../lib/build/search-words';
import { wordListFile } from '../lib/domain/search';

/** Files Pagefind writes for its ready-made UIs; this site uses its own lean UI, so they go. */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

/** Pagefind's options (none: its defaults), part of the cached bundle's digest. */
const OPTIONS = {};

/** The Astro integration that indexes the built site with Pagefind. */
export function pagefindIndex(): AstroIntegration {
	let cacheFolder = '';
	let root = '';
	return {
		name: 'kb-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheFolder = fileURLToPath(new URL('kb-pagefind/', config.cacheDir));
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('pagefind/', dir));
				/** The pages as the index reads them, removed at the end, whatever happens. */
				let readable: string | undefined;
				try {
					// The search terms come from search-terms.json (one per language), read here and deleted.
					const files = await readdir(site, { recursive: true });
					const terms: SearchTermsFile = {};
					for (const file of files.filter((name) => name.endsWith('search-terms.json'))) {
						Object.assign(terms, JSON.parse(await readFile(new URL(file, dir), 'utf8')) as SearchTermsFile);
						await rm(new URL(file, dir));
					}
					const pages = files.filter((file) => file.endsWith('.html'));
					const read = async (file: string) => {
						const url = `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
						return { file, url, html: await readFile(new URL(file, dir), 'utf8'), terms: terms[url] };
					};
					/**
					 * Each page as built, with its search terms, in order, to `use`. The next page is read
					 * while `use` works on this one; pages still go one at a time, in order.
					 */
					const eachPage = async (use: (page: Awaited<ReturnType<typeof read>>) => Promise<void>) => {
						let next = pages.length > 0 ? read(pages[0]!) : undefined;
						for (let position = 0; position < pages.length; position++) {
							const page = await next!;
							next = position + 1 < pages.length ? read(pages[position + 1]!) : undefined;
							// Awaited in the next round; a failure there must not count as unhandled meanwhile.
							next?.catch(() => undefined);
							await use(page);
						}
					};
					/**
					 * What the bundle is made from: Pagefind's version and options, the code (which decides
					 * how a page is read, search-index.ts), and each page as built with its search terms.
					 */
					const version = await pagefindVersion();
					const code = await codeDigest(root);
					const inputs = () => createHash('sha256').update(`pagefind ${version} ${JSON.stringify(OPTIONS)} ${code}\n`);
					const digest = (hash: ReturnType<typeof inputs>, page: Awaited<ReturnType<typeof read>>) =>
						hash.update(`${page.url}\n${JSON.stringify(page.terms ?? null)}\n${page.html}\n`);

					// The last bundle and what it was made from, if there is one.
					const cachedDigest = await readFile(join(cacheFolder, 'digest.txt'), 'utf8').catch(() => undefined);
					if (cachedDigest !== undefined) {
						const hash = inputs();
						await eachPage(async (page) => void digest(hash, page));
						if (hash.digest('hex') === cachedDigest) {
							const bundle = deserialize(await readFile(join(cacheFolder, BUNDLE_FILE))) as BundleFile[];
							await rm(outputPath, { recursive: true, force: true });
							await writeBundle(outputPath, bundle);
							logger.info('every page reads as in the last build: its index and word lists reused from the cache');
							return;
						}
					}

					const made = inputs();
					// Each page as the index should read it (see search-index.ts), in a folder of its own that
					// Pagefind reads on every core, as its command line does (one page at a time through its
					// Node API took five times as long); the files served stay as built. One folder per
					// language (each page's <html lang> is its address's language).
					readable = await mkdtemp(join(tmpdir(), 'kb-pagefind-pages-'));
					const folder = readable;
					const locales = new Set<string>();
					const writing: Array<Promise<void>> = [];
					const fileTask = limited(FILE_TASKS);
					await eachPage(async (page) => {
						digest(made, page);
						const locale = localeOfPath(page.url);
						locales.add(locale);
						const file = join(folder, locale, page.file);
						const content = indexableHtml(withSearchTerms(page.html, page.terms));
						const written = fileTask(async () => {
							await mkdir(dirname(file), { recursive: true });
							await writeFile(file, content);
						});
						// Awaited below; until then a failure must not count as unhandled.
						written.catch(() => undefined);
						writing.push(written);
					});
					await Promise.all(writing);
					// One language at a time, each in a Pagefind process of its own, stopped once its files
					// are in memory: no process holds every language's words (at 10,000 articles a
					// language, one process for both held 2.7 GB). The bundles are then joined.
					const bundles: BundleFile[][] = [];
					// The preview images' processes pause meanwhile: with Pagefind's, their memory would add up.
					const drawOn = await ogImages().pause();
					for (const locale of [...locales].sort()) {
						const { index, errors } = await pagefind.createIndex(OPTIONS);
						if (!index) throw new Error(errors.join('\n') || 'could not create the index');
						const added = await index.addDirectory({ path: join(folder, locale) });
						if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
						const got = await index.getFiles();
						if (got.errors.length > 0) throw new Error(got.errors.join('\n'));
						await pagefind.close();
						bundles.push(got.files.map((file) => ({ path: file.path, content: file.content })));
					}
					await drawOn();
					const merged = mergeBundles(bundles);
					// Every word the index holds, per language, read from its page fragments: the word list
					// typo correction loads (search-words.ts).
					const words = new Map<string, Map<string, number>>();
					let indexed = 0;
					for (const file of merged) {
						const text = fragmentText(file.path, file.content);
						if (!text) continue;
						indexed += 1;
						if (!words.has(text.lang)) words.set(text.lang, new Map());
						countWords(text.text, words.get(text.lang)!);
					}
					if (indexed === 0) throw new Error(`no page in ${site} was indexed: is any marked data-pagefind-body?`);
					const bundle = merged.filter((file) => !UNUSED_BUNDLE_FILE.test(file.path));
					const lists: string[] = [];
					for (const [lang, counts] of [...words].sort(([a], [b]) => a.localeCompare(b))) {
						const list = wordList(counts);
						const json = JSON.stringify(list);
						bundle.push({ path: wordListFile(lang), content: new TextEncoder().encode(json) });
						lists.push(`${lang} ${list.length} words (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
					}
					await rm(outputPath, { recursive: true, force: true });
					await writeBundle(outputPath, bundle);
					// Kept for the next build as one file: the digest written last, so a half-written cache is never used.
					await rm(cacheFolder, { recursive: true, force: true });
					await mkdir(cacheFolder, { recursive: true });
					await writeFile(join(cacheFolder, BUNDLE_FILE), serialize(bundle));
					await writeFile(join(cacheFolder, 'digest.txt'), made.digest('hex'));
					logger.info(`indexed ${indexed} pages, wrote the index to ${outputPath}; word lists: ${lists.join(', ')}`);
				} catch (error) {
					throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`, {
						cause: error,
					});
				} finally {
					await pagefind.close();
					if (readable) await rm(readable, { recursive: true, force: true });
				}
			},
		},
	};
}

/** The cached bundle: every file in one (v8-serialised), rather than two thousand to copy. */
const BUNDLE_FILE = 'bundle.bin';

/** Writes the bundle's files into `folder`, many at a time. */
async function writeBundle(folder: string, files: readonly BundleFile[]): Promise<void> {
	const folders = new Set(files.map((file) => dirname(join(folder, file.path))));
	for (const path of [...folders].sort()) await mkdir(path, { recursive: true });
	const write = limited(FILE_TASKS);
	await Promise.all(files.map((file) => write(() => writeFile(join(folder, file.path), file.content))));
}

/** Pagefind's version, from its package.json (found from the module: its exports do not list the file). */
async function pagefindVersion(): Promise<string> {
	const manifest = join(dirname(dirname(fileURLToPath(import.meta.resolve('pagefind')))), 'package.json');
	return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}
