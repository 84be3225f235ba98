/**
 * Synthetic articles for the scale mode: N prose pages in a temporary copy of `content/`, each a
 * words file in every language's `pages/<lang>/` and an entry in the page registry with an address
 * in each language, exactly as an editor adds a page. So every language's index holds N articles.
 * Built from the real pages' own words (so search queries find them), with headings and lists
 * like a real article. Deterministic: page i is always the same text.
 */
import { appendFile, cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small deterministic pseudo-random sequence (mulberry32). */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The language at the site's root (DEFAULT_LOCALE in src/lib/domain/i18n.ts, which plain Node
 * cannot import: its imports name no extensions); every other language is under its code.
 */
export const ROOT_LANGUAGE = 'en';

/** Every language a content folder has words for (a folder of page words each). */
export async function languagesOf(content: string): Promise<string[]> {
	return (await readdir(join(content, 'pages'), { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/** The id of synthetic article `index` (1-based). */
export const articleId = (index: number) => `bench-${String(index).padStart(5, '0')}`;

/** Copies `content/` into the empty folder `root` and adds `count` synthetic articles. */
export async function syntheticContent(root: string, count: number, source = 'content'): Promise<void> {
	await cp(source, root, { recursive: true });
	const words: string[] = [];
	for (const file of await readdir(join(source, 'pages', 'en'))) {
		const body = (await readFile(join(source, 'pages', 'en', file), 'utf8')).split('---').slice(2).join(' ');
		words.push(
			...body
				.replace(/<[^>]+>|[#*_`[\]()>]/g, ' ')
				.split(/\s+/)
				.filter((word) => /^[A-Za-z’'-]{2,}[.,]?$/.test(word)),
		);
	}
	const sentence = (next: () => number, length: number) => {
		const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!.replace(/[.,]$/, ''));
		const text = picked.join(' ');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	const languages = await languagesOf(source);
	const entries: string[] = [];
	for (let index = 1; index <= count; index++) {
		const next = random(index);
		const id = articleId(index);
		const sections = Array.from({ length: 4 }, (_, section) => {
			const paragraphs = Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => sentence(next, 12)).join(' '));
			const list = Array.from({ length: 3 }, () => `- ${sentence(next, 8)}`).join('\n');
			return `## Section ${section + 1}: ${sentence(next, 3).slice(0, -1)} {#section-${section + 1}}\n\n${paragraphs.join('\n\n')}\n\n${list}`;
		});
		const mdx = [
			'---',
			`title: Synthetic benchmark article ${index}`,
			`description: A generated article for the scale benchmark, number ${index}; it repeats words from the real pages.`,
			'---',
			'',
			sentence(next, 20),
			'',
			...sections,
			'',
		].join('\n');
		for (const lang of languages) await writeFile(join(root, 'pages', lang, `${id}.mdx`), mdx);
		const paths = languages
			.map((lang) => `${lang}: ${lang === ROOT_LANGUAGE ? '' : `/${lang}`}/bench/${id}/`)
			.join(', ');
		// A fixed review date: the registry requires one, and the synthetic pages are never published.
		entries.push(`- { id: ${id}, reviewed: 2026-12-07, template: prose, kind: about, paths: { ${paths} } }`);
	}
	await appendFile(join(root, 'pages', 'registry.yaml'), `${entries.join('\n')}\n`);
}

/**
 * Changes the words of one article as an editor fixing a sentence would: its last paragraph in
 * the root language gains a sentence. Returns the file changed.
 */
export async function changeOneArticle(root: string, index: number): Promise<string> {
	const file = join(root, 'pages', ROOT_LANGUAGE, `${articleId(index)}.mdx`);
	const mdx = await readFile(file, 'utf8');
	await writeFile(file, `${mdx.trimEnd()}\n\nAn editor added this sentence.\n`);
	return file;
}
