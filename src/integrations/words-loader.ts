/**
 * The loader of the words files written in MDX (`<folder>/<lang>/<id>.mdx`): Astro's glob loader,
 * with one saving. Astro compiles every MDX file into a module of its own, which every build
 * bundles and holds in memory while the pages render: at 1,000 articles a language that bundle
 * took 9 of a cold build's 63 s, and at 10,000 it held most of the build's 8 GB
 * (docs/benchmark.md). A words file that is plain Markdown needs no module of its own. Such a
 * file is rendered once, when the content is synced, by the site's Markdown processor (the same
 * Sätteri processor and options as MDX, astro.config.mjs), and kept rendered in Astro's data
 * store, which later builds reuse until the file changes. `MdxContent.astro` renders its section
 * headings with the components MDX would use, so the page comes out the same, byte for byte.
 *
 * Plain Markdown (`isPlainMarkdown`): the file uses no component, element, expression or import;
 * read as Markdown it gives the same tree as read as MDX (no indented code, which MDX reads as a
 * paragraph); it does not start with `---`; and it names no glossary term the processor links on
 * first use (src/integrations/glossary-links.ts, which inserts a component). Everything else is
 * compiled as MDX, as before.
 *
 * What the glossary links is part of a rendered file's key: when the linkable terms change, every
 * rendered file is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { termMatcher, type TermMatcher } from '../lib/build/term-links.ts';
import { readGlossaryTerms } from './glossary-links.ts';
import { RENDERED_FILE, wordsOfFile } from '../lib/content/words-file.ts';

/**
 * The syntax both readings use: the processor's (Astro's defaults, GitHub-flavoured Markdown and
 * smart punctuation, and the explicit heading ids astro.config.mjs turns on).
 */
const FEATURES = { gfm: true, smartPunctuation: true, headingAttributes: true };

/** Nodes only MDX has. */
const MDX_ONLY = new Set([
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
]);

function usesMdx(node: MdastNode): boolean {
	if (MDX_ONLY.has(node.type)) return true;
	const children = (node as { children?: MdastNode[] }).children;
	return Array.isArray(children) && children.some(usesMdx);
}

/**
 * Whether a words file's body is plain Markdown that the Markdown processor renders as MDX would:
 * no MDX syntax, the same tree read either way, no leading `---` (which Astro's Markdown renderer
 * would take for frontmatter), and no glossary term to link (`terms`, when given).
 */
export function isPlainMarkdown(body: string, terms?: TermMatcher): boolean {
	if (body.trimStart().startsWith('---')) return false;
	let mdx: MdastNode;
	try {
		mdx = mdxToMdast(body, { features: FEATURES, position: false });
	} catch {
		// Not valid MDX: the MDX compiler reports it, with its line.
		return false;
	}
	if (usesMdx(mdx)) return false;
	if (JSON.stringify(mdx) !== JSON.stringify(markdownToMdast(body, { features: FEATURES, position: false }))) {
		return false;
	}
	return !terms?.next(body, 0);
}

/** The language of a words file, from its folder: `…/pages/de/guide.mdx` is `de`. */
const localeOf = (filePath: string) => /([a-z]{2})\/[^/]+\.mdx$/.exec(filePath)?.[1];

/** What the data store keeps of an entry (Astro's `DataEntry`, the fields used here). */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The meta key under which a collection records the glossary terms its rendered files were checked against. */
const TERMS_KEY = 'kb-linkable-terms';

/**
 * A glob loader for `pattern` under `base` (a words folder of `contentDir`) that keeps plain
 * Markdown words files rendered; see above.
 */
export function wordsLoader(options: { pattern: string; base: string; contentDir: string }): Loader {
	return keepingPlainRendered(glob(options), options);
}

/**
 * `inner` (a loader that stores MDX entries for Astro to compile), storing the plain Markdown
 * ones rendered instead. The inner loader's other properties are kept (the unit tests' stand-in
 * for Astro's loaders describes a loader by them).
 */
export function keepingPlainRendered(
	inner: Loader,
	{ base, contentDir }: { base: string; contentDir: string },
): Loader {
	return {
		...inner,
		name: 'kb-words',
		load: async (context) => {
			const { store, meta, renderMarkdown, logger, config } = context;
			const root = fileURLToPath(config.root);
			const matchers = new Map<string, TermMatcher>();
			const termsOf = (locale: string) => {
				let matcher = matchers.get(locale);
				if (!matcher) {
					matcher = termMatcher(readGlossaryTerms(contentDir, locale));
					matchers.set(locale, matcher);
				}
				return matcher;
			};
			// Each file was checked against the glossary's linkable terms in its language: when they
			// change, the glob loader reads and checks every file again.
			const locales = (await readdir(resolve(root, base), { withFileTypes: true }).catch(() => []))
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name)
				.sort();
			const terms = createHash('sha256')
				.update(JSON.stringify(locales.map((locale) => [locale, readGlossaryTerms(contentDir, locale)])))
				.digest('hex');
			if (meta.get(TERMS_KEY) !== terms) store.clear();
			// Rendered HTML is kept in files of its own (see words-file.ts). An entry whose file has gone
			// is dropped, so the glob loader reads and renders it again.
			const folder = fileURLToPath(new URL(`kb-words/${context.collection}/`, config.cacheDir));
			for (const entry of store.values()) {
				const file = entry.rendered?.metadata?.[RENDERED_FILE];
				if (typeof file === 'string' && !existsSync(file)) store.delete(entry.id);
			}
			const madeFolder = mkdir(folder, { recursive: true });
			/** Writes rendered HTML into a file named by its digest (once: the same HTML, the same file). */
			const keepHtml = async (html: string): Promise<string> => {
				const file = join(folder, `${createHash('sha256').update(html).digest('hex').slice(0, 40)}.html`);
				if (existsSync(file)) return file;
				await madeFolder;
				const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
				try {
					await writeFile(temporary, html);
					await rename(temporary, file);
				} finally {
					await rm(temporary, { force: true });
				}
				return file;
			};
			const pending: Array<Promise<unknown>> = [];
			/** Stores an entry; a plain Markdown one rendered, once it is. */
			const set = (entry: StoredEntry): boolean => {
				const locale = entry.filePath ? localeOf(entry.filePath) : undefined;
				if (
					!entry.deferredRender ||
					entry.body === undefined ||
					!locale ||
					!isPlainMarkdown(entry.body, termsOf(locale))
				) {
					return store.set(entry);
				}
				const file = resolve(root, entry.filePath!);
				const body = entry.body;
				const rendering = Promise.all([
					renderMarkdown(body, { fileURL: pathToFileURL(file) }).then(async (rendered) => ({
						html: '',
						metadata: { ...rendered.metadata, [RENDERED_FILE]: await keepHtml(rendered.html) },
					})),
					readFile(file, 'utf8').then(wordsOfFile, () => undefined),
				]).then(
					([rendered, fromFile]) => {
						// Kept without its body where the file gives it back (proseOf reads it there): the
						// build holds the data store four times over while the pages render.
						const kept: StoredEntry = { ...entry, deferredRender: false, rendered };
						if (fromFile === body) delete kept.body;
						return store.set(kept);
					},
					(error: unknown) => {
						// As the glob loader does when a Markdown file fails to render.
						logger.error(
							`Error rendering ${entry.filePath}: ${error instanceof Error ? error.message : String(error)}`,
						);
						store.set(entry);
					},
				);
				pending.push(rendering);
				return true;
			};
			await inner.load({ ...context, store: { ...store, set } });
			await Promise.all(pending);
			meta.set(TERMS_KEY, terms);
			// Files no entry uses any more go (a changed or removed words file, or changed terms).
			const used = new Set(store.values().map((entry) => entry.rendered?.metadata?.[RENDERED_FILE]));
			for (const name of await readdir(folder).catch(() => [] as string[])) {
				if (!name.endsWith('.tmp') && !used.has(join(folder, name))) await rm(join(folder, name), { force: true });
			}
		},
	};
}
