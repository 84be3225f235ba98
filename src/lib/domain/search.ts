/**
 * Search logic that needs no browser: which kind a page is (the search filter), how a query and a
 * missing address become search words, how a Pagefind excerpt becomes safe text, and the
 * OpenSearch description. The DOM side lives in `src/components/search/`.
 */

import { stripBase } from './base.ts';

/** The URL parameter Pagefind adds to result links, and its highlight script reads on landing. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The longest query passed to the index; longer input is cut here, never rejected. */
export const MAX_QUERY_LENGTH = 200;

/** A query as the index receives it: control characters dropped, spaces collapsed, length capped. */
export function normaliseQuery(input: string): string {
	return input
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}

/** Path segments that say nothing about what the reader was looking for. */
const NOISE_WORDS = new Set(['index', 'html', 'htm', 'php', 'aspx', 'www', 'en', 'de', 'page', 'pages']);

/**
 * Search words from a missing address, for the 404 page: `/kb/roles/chief-tech/` with base `/kb/`
 * gives `roles chief tech`. Letters and digits only, at most six words; never throws.
 */
export function wordsFromPath(pathname: string, base = '/'): string {
	let path = stripBase(pathname, base);
	try {
		path = decodeURIComponent(path);
	} catch {
		/* A malformed escape: keep the raw path; the filter below drops the % signs. */
	}
	const words = path
		.split(/[^\p{L}\p{N}]+/u)
		.map((word) => word.toLowerCase().slice(0, 30))
		.filter((word) => word.length > 1 && !NOISE_WORDS.has(word) && !/^\d+$/.test(word));
	return [...new Set(words)].slice(0, 6).join(' ');
}

/**
 * The marks around an entry's search terms in the index (see search-index.ts). Excerpts cut them
 * out, so a reader never sees the terms, only the entry's own words around them.
 */
export const SEARCH_TERMS_OPEN = '⟦';
export const SEARCH_TERMS_CLOSE = '⟧';

/** The hidden text that carries an entry's search terms into the index. */
export function searchTermsText(terms: readonly string[]): string {
	const clean = [...new Set(terms.map((term) => term.replace(/[⟦⟧]/g, '').trim()).filter(Boolean))];
	return clean.length === 0 ? '' : `${SEARCH_TERMS_OPEN} ${clean.join('. ')}. ${SEARCH_TERMS_CLOSE}`;
}

/** An excerpt without any search terms in it, even where it starts or ends inside them. */
export function withoutSearchTerms(excerpt: string): string {
	let text = excerpt;
	const firstOpen = text.indexOf(SEARCH_TERMS_OPEN);
	const firstClose = text.indexOf(SEARCH_TERMS_CLOSE);
	// An excerpt that begins inside the terms: drop up to their end.
	if (firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen)) text = text.slice(firstClose + 1);
	text = text.replace(/⟦[^⟧]*⟧/g, ' ');
	// One that ends inside them: drop from their start.
	const open = text.indexOf(SEARCH_TERMS_OPEN);
	if (open !== -1) text = text.slice(0, open);
	return text.replace(/\s{2,}/g, ' ').trim();
}

/** A run of excerpt text, marked when it matched the query. */
export type ExcerptPart = { text: string; mark: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few HTML entities an excerpt can hold; unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches) into plain runs, so the browser
 * renders it with text nodes and never parses it as HTML. Any other tag is dropped, search terms
 * are cut out, and a matched stop word ("the", "who") is not marked.
 */
export function excerptParts(excerpt: string, stopWords: ReadonlySet<string> = new Set()): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let open = false;
	for (const piece of withoutSearchTerms(excerpt).split(/(<\/?mark>)/i)) {
		const tag = piece.toLowerCase();
		if (tag === '<mark>' || tag === '</mark>') {
			open = tag === '<mark>';
			continue;
		}
		const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
		if (text === '') continue;
		const mark = open && !stopWords.has(text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	}
	return parts;
}

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** What an OpenSearch description says; every URL absolute. */
export type OpenSearchInfo = {
	shortName: string;
	description: string;
	/** The search page, without query: `?q={searchTerms}` is appended. */
	searchUrl: string;
	/** Where this description itself is served. */
	selfUrl: string;
	/** The site icon. */
	iconUrl: string;
};

/** The OpenSearch 1.1 description that lets browsers add the site's search. */
export function openSearchXml(info: OpenSearchInfo): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
		`\t<ShortName>${escapeXml(info.shortName.slice(0, 16))}</ShortName>`,
		`\t<Description>${escapeXml(info.description)}</Description>`,
		'\t<InputEncoding>UTF-8</InputEncoding>',
		`\t<Image type="image/svg+xml">${escapeXml(info.iconUrl)}</Image>`,
		`\t<Url type="text/html" method="get" template="${escapeXml(info.searchUrl)}?q={searchTerms}"/>`,
		`\t<Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(info.selfUrl)}"/>`,
		'</OpenSearchDescription>',
		'',
	].join('\n');
}

/** A language's words too common to be worth highlighting, from its space-separated list. */
export function stopWordSet(list: string): ReadonlySet<string> {
	return new Set(list.toLowerCase().split(/\s+/).filter(Boolean));
}

/**
 * The query the index receives: without the language's stop words, which match nearly every page
 * and push the pages about the reader's real words down ("who owns the tech stack" searches
 * "owns tech stack"). A query of stop words only is searched as typed.
 */
export function indexQuery(query: string, stopWords: ReadonlySet<string>): string {
	const words = normaliseQuery(query).split(' ');
	const kept = words.filter(
		(word) => !stopWords.has(word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')),
	);
	return kept.length > 0 ? kept.join(' ') : normaliseQuery(query);
}

/**
 * The words of a query worth highlighting on the landing page: none of the language's stop words,
 * no repeats, at most eight.
 */
export function highlightTerms(query: string, stopWords: ReadonlySet<string>): string[] {
	const words = normaliseQuery(query)
		.toLowerCase()
		.split(' ')
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((word) => word !== '' && !stopWords.has(word));
	return [...new Set(words)].slice(0, 8);
}

/**
 * A result URL with the highlight terms added as query parameters before its #fragment, so the
 * landing page can mark them. Works on root-relative URLs such as `/kb/roles/cio/#focus`.
 */
export function withHighlight(url: string, terms: string[], param: string = HIGHLIGHT_PARAM): string {
	if (terms.length === 0) return url;
	const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
	const parsed = new URL(url, 'https://search.invalid');
	for (const term of terms) parsed.searchParams.append(param, term);
	return absolute ? parsed.href : `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** A result as the index returns it: enough to rank and merge, its data loaded later. */
export type IndexHit<T> = { id: string; score: number; data: () => Promise<T> };

/** What a search found: pages with every word of the query first, then pages with some of them. */
export type SearchOutcome<T> = {
	/** The results, best first. */
	hits: Array<IndexHit<T>>;
	/** How many of `hits`, from the top, contain every word the reader typed. */
	complete: number;
};

/** At fewer full matches than this, pages with some of the reader's words are added. */
const ENOUGH_FULL_MATCHES = 3;

/** The reader's words searched one at a time, at most. */
const MAX_PARTIAL_WORDS = 6;

/**
 * Searches as a reader means it. The index (Pagefind) returns the pages that contain every word it
 * knows and silently drops words it does not know, so "budget xylophone" would pass for a full
 * match. Each word is therefore also searched on its own: a word no page has makes the search
 * incomplete (and the panel says so), and with fewer than three full matches the pages with most
 * of the words follow, ranked by how many words they contain, then by score. `run` is Pagefind's
 * `search` (browser or Node: one engine for the panel, the tests and `npm run search`).
 * `early` receives the full matches as soon as they are known, before the words are searched one
 * by one, so the panel shows results at once and only corrects itself in the rare incomplete case.
 */
export async function searchInReaderWords<T>(
	query: string,
	stopWords: ReadonlySet<string>,
	run: (query: string) => Promise<Array<IndexHit<T>> | null>,
	early?: (outcome: SearchOutcome<T>) => Promise<void> | void,
): Promise<SearchOutcome<T> | null> {
	const searched = indexQuery(query, stopWords);
	const full = await run(searched);
	if (full === null) return null;
	const words = [...new Set(searched.toLowerCase().split(' ').filter(Boolean))].slice(0, MAX_PARTIAL_WORDS);
	if (words.length < 2) return { hits: full, complete: full.length };
	// Shown first, before the words are searched one by one (which would otherwise queue before it).
	if (full.length > 0) await early?.({ hits: full, complete: full.length });
	const perWord = await Promise.all(words.map((word) => run(word)));
	if (perWord.some((results) => results === null)) return null;
	const everyWordKnown = perWord.every((results) => results!.length > 0);
	const complete = everyWordKnown ? full.length : 0;
	if (complete >= ENOUGH_FULL_MATCHES) return { hits: full, complete };
	const partial = new Map<string, { hit: IndexHit<T>; words: number; score: number }>();
	for (const results of perWord) {
		for (const hit of results!) {
			const seen = partial.get(hit.id);
			if (seen) {
				seen.words += 1;
				seen.score += hit.score;
			} else {
				partial.set(hit.id, { hit, words: 1, score: hit.score });
			}
		}
	}
	const fullIds = new Set(full.map((hit) => hit.id));
	const rest = [...partial.values()]
		.filter((entry) => !fullIds.has(entry.hit.id))
		.sort((a, b) => b.words - a.words || b.score - a.score)
		.map((entry) => entry.hit);
	return { hits: [...full, ...rest], complete };
}
