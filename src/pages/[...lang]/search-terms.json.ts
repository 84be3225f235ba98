/**
 * Each page's search terms, for the search index only (one file per language): the build's
 * Pagefind step reads it, adds the terms to its copy of each page and deletes it, so no page and
 * no file served carries them. See `src/lib/build/search-index.ts`.
 */
import type { APIRoute } from 'astro';
import { getFaq, getGlossary } from '../../lib/content/collections';
import { localeFilePaths } from '../../lib/build/routes';
import type { SearchTermsFile } from '../../lib/build/search-index';

export const getStaticPaths = localeFilePaths;

export const GET: APIRoute = async ({ locals }) => {
	const { site, locale } = locals;
	// Sections with terms of their own: each question on the FAQ page, each term in the glossary.
	const sections: Record<string, Record<string, string[]>> = {
		faq: Object.fromEntries((await getFaq(locale)).map((entry) => [entry.id, entry.searchTerms])),
		glossary: Object.fromEntries((await getGlossary(locale)).map((entry) => [entry.id, entry.searchTerms])),
	};
	const file: SearchTermsFile = Object.fromEntries(
		site.pages
			.filter((page) => page.entry.search)
			.map((page) => [page.path, { page: page.searchTerms, sections: sections[page.id] ?? {} }]),
	);
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
