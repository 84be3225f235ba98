/**
 * The built search index, queried in Node through Pagefind's own browser API (`pagefind.js` from
 * the build), the way the site's search panel queries it: the language's stop words left out of
 * the query, search terms cut out of the excerpts. For the reader-questions test and
 * `npm run search`. Pagefind reads its files with `fetch`; here `file:` URLs are read from disk.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { excerptParts, searchInReaderWords, stopWordSet } from '../../src/lib/domain/search.ts';

/** One result as a reader sees it in the search panel. */
export interface Hit {
	/** The page's URL as the index holds it, without the base: `/roles/cio/`. */
	url: string;
	title: string;
	/** The excerpt as shown: plain text, matched words in [brackets]. */
	excerpt: string;
	/** The excerpts of the page's best-matching sections. */
	sections: Array<{ url: string; title: string; excerpt: string }>;
}

type PagefindResult = {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results?: Array<{ url: string; title: string; excerpt: string }>;
};
type PagefindApi = {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PagefindResult> }> }>;
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
	await pagefind.options({ basePath: bundle, baseUrl: '/', excerptLength: 24 });
	await pagefind.init();
	const strings = JSON.parse(await readFile(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>;
	const stopWords = stopWordSet(strings['search.stopWords'] ?? '');
	const show = (excerpt: string) =>
		excerptParts(excerpt, stopWords)
			.map((part) => (part.mark ? `[${part.text}]` : part.text))
			.join('');
	return {
		/** The first `limit` results for what a reader typed. */
		async search(query: string, limit = 3): Promise<Hit[]> {
			const found = await searchInReaderWords(
				query,
				stopWords,
				async (words) => (await pagefind.search(words)).results,
			);
			const data = await Promise.all((found?.hits ?? []).slice(0, limit).map((result) => result.data()));
			return data.map((result) => ({
				url: result.url,
				title: result.meta.title ?? result.url,
				excerpt: show(result.excerpt),
				sections: (result.sub_results ?? []).map((sub) => ({ ...sub, excerpt: show(sub.excerpt) })),
			}));
		},
	};
}
