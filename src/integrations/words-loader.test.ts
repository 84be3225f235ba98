import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { termMatcher } from '../lib/build/term-links';
import { RENDERED_FILE } from '../lib/content/words-file';
import { isPlainMarkdown, keepingPlainRendered } from './words-loader';

const ARTICLE = [
	'A first paragraph with a [link](https://example.com/) and *emphasis*.',
	'',
	'## The first section {#first}',
	'',
	'- one',
	'- two',
	'',
	'### A smaller one {#smaller}',
	'',
	'Text, "quoted" -- and done.',
	'',
].join('\n');

describe('isPlainMarkdown', () => {
	it('takes Markdown without MDX for plain', () => {
		expect(isPlainMarkdown(ARTICLE)).toBe(true);
	});

	it('leaves components, elements, expressions and imports to MDX', () => {
		expect(isPlainMarkdown(`${ARTICLE}\nSee the <SiteLink to="guide">guide</SiteLink>.\n`)).toBe(false);
		expect(isPlainMarkdown(`${ARTICLE}\nThe article says <q>a CIO</q>.\n`)).toBe(false);
		expect(isPlainMarkdown(`${ARTICLE}\nTwo and {1 + 1}.\n`)).toBe(false);
		expect(isPlainMarkdown(`import X from './x.astro';\n\n${ARTICLE}`)).toBe(false);
		expect(isPlainMarkdown(`<FaqList group="roles" />\n\n${ARTICLE}`)).toBe(false);
	});

	it('leaves to MDX what Markdown would read otherwise, and what is not MDX at all', () => {
		// Indented text is code in Markdown, a paragraph in MDX.
		expect(isPlainMarkdown(`${ARTICLE}\n    indented, not code in MDX\n`)).toBe(false);
		// Astro's Markdown renderer would read a leading rule as frontmatter.
		expect(isPlainMarkdown(`---\n\n${ARTICLE}`)).toBe(false);
		expect(isPlainMarkdown(`${ARTICLE}\nAn unclosed <q>quotation.\n`)).toBe(false);
	});

	it('leaves a file that names a term the glossary links to MDX, which links it', () => {
		const terms = termMatcher([{ id: 'it-budget', forms: ['IT budget', 'IT budgets'] }]);
		expect(isPlainMarkdown(ARTICLE, terms)).toBe(true);
		expect(isPlainMarkdown(`${ARTICLE}\nWho owns the IT budget?\n`, terms)).toBe(false);
		// An acronym matches only as written: "it budget" is not the term.
		expect(isPlainMarkdown(`${ARTICLE}\nWho sets it budget lines?\n`, terms)).toBe(true);
	});
});

/** The content folders the tests made, removed at the end. */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with one linkable English term, and the words folder `pages/en/`. */
function content(term = 'IT budget') {
	const dir = mkdtempSync(join(tmpdir(), 'kb-words-'));
	made.push(dir);
	mkdirSync(join(dir, 'glossary', 'en'), { recursive: true });
	mkdirSync(join(dir, 'pages', 'en'), { recursive: true });
	writeFileSync(join(dir, 'glossary', 'it-budget.yaml'), 'usedOn:\n  - roles/cio\nlink: true\n');
	writeFileSync(join(dir, 'glossary', 'en', 'it-budget.yaml'), `term: ${term}\n`);
	return dir;
}

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** The file an entry's rendered HTML is kept in, if it is kept in one. */
const htmlFile = (entry: Entry | undefined) => entry?.rendered?.metadata?.[RENDERED_FILE] as string | undefined;
/** An entry's rendered HTML, from its file. */
const htmlOf = (entry: Entry | undefined) => readFileSync(htmlFile(entry)!, 'utf8');

/** Astro's loader context as far as the loader uses it, with a store and meta store in memory. */
function context(dir: string, store = new Map<string, Entry>(), meta = new Map<string, string>()) {
	const errors: string[] = [];
	const rendered: string[] = [];
	const value = {
		config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}/.cache/`) },
		collection: 'pageText',
		logger: { error: (message: string) => errors.push(message) },
		meta: { get: (key: string) => meta.get(key), set: (key: string, v: string) => void meta.set(key, v) },
		renderMarkdown: async (body: string) => {
			if (body.includes('fails to render')) throw new Error('the renderer failed');
			rendered.push(body);
			return { html: `<p>${body.length}</p>\n`, metadata: {} };
		},
		store: {
			set: (entry: Entry) => (store.set(entry.id, entry), true),
			get: (id: string) => store.get(id),
			values: () => [...store.values()],
			delete: (id: string) => void store.delete(id),
			clear: () => store.clear(),
		},
	} as unknown as LoaderContext;
	return { value, store, meta, errors, rendered };
}

/** A loader storing each body as an MDX entry for Astro to compile, as the glob loader does. */
const storing = (bodies: Record<string, string>): Loader => ({
	name: 'stand-in',
	load: async ({ store }) => {
		for (const [id, body] of Object.entries(bodies)) {
			store.set({ id, data: {}, body, filePath: `pages/en/${id}.mdx`, digest: id, deferredRender: true });
		}
	},
});

describe('keepingPlainRendered', () => {
	it('stores plain Markdown rendered and everything else for MDX to compile', async () => {
		const dir = content();
		const loader = keepingPlainRendered(
			storing({ plain: ARTICLE, linked: `${ARTICLE}\nAn IT budget.\n`, jsx: `${ARTICLE}\n<q>x</q>\n` }),
			{ base: join(dir, 'pages'), contentDir: dir },
		);
		const { value, store } = context(dir);
		await loader.load(value);
		// Rendered, its HTML in a file of the cache folder and not in the store.
		expect(store.get('plain')).toMatchObject({ deferredRender: false, rendered: { html: '' } });
		expect(htmlFile(store.get('plain'))).toContain(join(dir, '.cache', 'kb-words', 'pageText'));
		expect(htmlOf(store.get('plain'))).toBe(`<p>${ARTICLE.length}</p>\n`);
		// Its file is not there to read the body back from: the body stays in the store.
		expect(store.get('plain')?.body).toBe(ARTICLE);
		expect(store.get('linked')).toMatchObject({ deferredRender: true });
		expect(store.get('linked')?.rendered).toBeUndefined();
		expect(store.get('jsx')).toMatchObject({ deferredRender: true });
	});

	it('keeps a plain entry without its body where its file gives the body back', async () => {
		const dir = content();
		const body = ARTICLE.trim();
		writeFileSync(join(dir, 'pages', 'en', 'plain.mdx'), `---\ntitle: Plain\n---\n\n${ARTICLE}`);
		writeFileSync(join(dir, 'pages', 'en', 'edited.mdx'), `---\ntitle: Edited\n---\n\nAnother text.\n`);
		const loader = keepingPlainRendered(storing({ plain: body, edited: body }), {
			base: join(dir, 'pages'),
			contentDir: dir,
		});
		const { value, store } = context(dir);
		await loader.load(value);
		expect(store.get('plain')).toMatchObject({ deferredRender: false });
		expect(htmlOf(store.get('plain'))).toBe(`<p>${body.length}</p>\n`);
		expect(store.get('plain')?.body).toBeUndefined();
		// A file that reads otherwise than the body the glob loader gave keeps the body.
		expect(store.get('edited')?.body).toBe(body);
	});

	it('renders an entry again when its HTML file has gone, and removes files no entry uses', async () => {
		const dir = content();
		const options = { base: join(dir, 'pages'), contentDir: dir };
		const first = context(dir);
		await keepingPlainRendered(storing({ plain: ARTICLE, other: `${ARTICLE}\nMore.\n` }), options).load(first.value);
		const kept = htmlFile(first.store.get('plain'))!;
		rmSync(kept);
		// The glob loader skips unchanged files it has an entry for: here, only the one whose HTML went.
		const skipping = (bodies: Record<string, string>): Loader => ({
			name: 'stand-in',
			load: async ({ store }) => {
				for (const [id, body] of Object.entries(bodies)) {
					if (store.get(id)) continue;
					store.set({ id, data: {}, body, filePath: `pages/en/${id}.mdx`, digest: id, deferredRender: true });
				}
			},
		});
		const second = context(dir, first.store, first.meta);
		await keepingPlainRendered(skipping({ plain: ARTICLE, other: `${ARTICLE}\nMore.\n` }), options).load(second.value);
		expect(second.rendered).toEqual([ARTICLE]);
		expect(htmlOf(second.store.get('plain'))).toBe(`<p>${ARTICLE.length}</p>\n`);
		// The other entry changes: its old HTML file goes, the new one stays.
		const old = htmlFile(first.store.get('other'))!;
		const third = context(dir, first.store, first.meta);
		await keepingPlainRendered(storing({ plain: ARTICLE, other: 'Changed.\n' }), options).load(third.value);
		expect(existsSync(old)).toBe(false);
		expect(readdirSync(dirname(old)).sort()).toEqual(
			[htmlFile(third.store.get('plain'))!, htmlFile(third.store.get('other'))!].map((file) => basename(file)).sort(),
		);
	});

	it('leaves a file the renderer fails on to MDX and says which', async () => {
		const dir = content();
		const loader = keepingPlainRendered(storing({ broken: `${ARTICLE}\nIt fails to render.\n` }), {
			base: join(dir, 'pages'),
			contentDir: dir,
		});
		const { value, store, errors } = context(dir);
		await loader.load(value);
		expect(store.get('broken')).toMatchObject({ deferredRender: true });
		expect(errors).toEqual(['Error rendering pages/en/broken.mdx: the renderer failed']);
	});

	it('checks every file again when the linkable terms change', async () => {
		const dir = content();
		const options = { base: join(dir, 'pages'), contentDir: dir };
		const first = context(dir);
		await keepingPlainRendered(storing({ plain: ARTICLE }), options).load(first.value);
		// Nothing changed: the stored entries stay (the glob loader skips unchanged files).
		const stale = { id: 'stale', data: {}, body: 'x', filePath: 'pages/en/stale.mdx', digest: 'stale' };
		first.store.set('stale', stale);
		const second = context(dir, first.store, first.meta);
		await keepingPlainRendered(storing({}), options).load(second.value);
		expect(second.store.has('stale')).toBe(true);
		// A term changed: every entry goes, so each file is read and checked again.
		writeFileSync(join(dir, 'glossary', 'en', 'it-budget.yaml'), 'term: first section\n');
		const third = context(dir, first.store, first.meta);
		await keepingPlainRendered(storing({ plain: ARTICLE }), options).load(third.value);
		expect(third.store.has('stale')).toBe(false);
		expect(third.store.get('plain')).toMatchObject({ deferredRender: true });
	});
});
