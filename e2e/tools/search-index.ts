/**
 * The built search index, queried in Node through Pagefind's own browser API (`pagefind.js` from
 * the build), the way the site's search panel queries it: the language's stop words left out of
 * the query, typos corrected from the language's word list, results titled by the heading that
 * matches and reordered by it, search terms cut out of the excerpts. For the reader-questions
 * test and `npm run search`. Pagefind reads its files with `fetch`; here `file:` URLs are read
 * from disk.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	EXCERPT_WORDS,
	excerptParts,
	presentResults,
	searchForgivingTypos,
	stopWordSet,
	wordListFile,
	type Correction,
	type PageData,
} from '../../src/lib/domain/search.ts';

/** One result as a reader sees it in the search panel. */
export interface Hit {
	/** The page's URL as the index holds it, without the base: `/roles/cio/`. */
	url: string;
	/** The result's title: the heading that matches (a question, a term) or the page's title. */
	title: string;
	/** Where the title leads: the heading's section (`/faq/#it-budget`) or the page. */
	href: string;
	/** The page's title, shown as a breadcrumb when the title is one of its headings. */
	page?: string;
	/** The excerpt as shown: plain text, matched words in [brackets]. */
	excerpt: string;
	/** The excerpts of the page's other matching sections. */
	sections: Array<{ url: string; title: string; excerpt: string }>;
}

/** What a query finds: the first results, and the corrected query when a word was misspelt. */
export interface Found {
	hits: Hit[];
	correction?: Correction;
}

type PagefindApi = {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PageData> }> }>;
};

let fetchPatched = false;

/** Lets `fetch` read `file:` URLs, which Node's fetch refuses. */
function patchFetch(): void {
	if (fetchPatched) return;
	fetchPatched = true;
	const networkFetch = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return networkFetch(input, init);
		const type = url.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
		return new Response(await readFile(url), { headers: { 'content-type': type } });
	};
}

/** Opens the index of one language in a build folder. */
export async function openIndex(dist: string, lang: string) {
	patchFetch();
	// Pagefind picks the index of the page's <html lang>.
	(globalThis as { document?: unknown }).document = {
		currentScript: null,
		querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null),
	};
	const bundle = pathToFileURL(resolve(dist, 'pagefind/')).href + '/';
	// A module of its own per language (Pagefind keeps one index per module instance).
	const pagefind = (await import(`${bundle}pagefind.js?lang=${encodeURIComponent(lang)}`)) as PagefindApi;
	await pagefind.options({ basePath: bundle, baseUrl: '/', excerptLength: EXCERPT_WORDS });
	await pagefind.init();
	const strings = JSON.parse(await readFile(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>;
	const stopWords = stopWordSet(strings['search.stopWords'] ?? '');
	const show = (excerpt: string) =>
		excerptParts(excerpt, stopWords)
			.map((part) => (part.mark ? `[${part.text}]` : part.text))
			.join('');
	let words: Promise<readonly string[]> | undefined;
	const wordList = () =>
		(words ??= readFile(resolve(dist, 'pagefind', wordListFile(lang)), 'utf8').then(
			(text) => JSON.parse(text) as string[],
		));
	return {
		/** The first `limit` results for what a reader typed. */
		async search(query: string, limit = 3): Promise<Found> {
			const found = await searchForgivingTypos(
				query,
				stopWords,
				async (words) => (await pagefind.search(words)).results,
				wordList,
			);
			if (!found) return { hits: [] };
			const views = await presentResults(found, found.correction?.query ?? query, stopWords, limit);
			const hits = views.map((view) => ({
				url: view.page?.url ?? view.url,
				title: view.title,
				href: view.url,
				...(view.page ? { page: view.page.title } : {}),
				excerpt: show(view.excerpt),
				sections: view.sections.map((section) => ({ ...section, excerpt: show(section.excerpt) })),
			}));
			return found.correction ? { hits, correction: found.correction } : { hits };
		},
	};
}
