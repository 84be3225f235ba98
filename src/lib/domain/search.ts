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
	/** The words searched (lower case, as split at spaces) that no page has. */
	empty?: string[];
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
	if (words.length < 2) return { hits: full, complete: full.length, empty: full.length === 0 ? words : [] };
	// Shown first, before the words are searched one by one (which would otherwise queue before it).
	if (full.length > 0) await early?.({ hits: full, complete: full.length });
	const perWord = await Promise.all(words.map((word) => run(word)));
	if (perWord.some((results) => results === null)) return null;
	const empty = words.filter((_, index) => perWord[index]!.length === 0);
	const complete = empty.length === 0 ? full.length : 0;
	if (complete >= ENOUGH_FULL_MATCHES) return { hits: full, complete, empty };
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
	return { hits: [...full, ...rest], complete, empty };
}

// ---- Typo tolerance ---------------------------------------------------------------------------

/**
 * The file of a language's word list in the Pagefind bundle folder: every word the index holds,
 * most frequent first, written at build time (src/integrations/pagefind.ts) and loaded by the
 * search only when a reader's word is not in the index.
 */
export function wordListFile(lang: string): string {
	return `words-${lang.toLowerCase().replace(/[^a-z0-9-]/g, '')}.json`;
}

/** A word as typo correction compares it: lower case, without accents, ß as ss (so „Grösse“ meets „Größe“). */
export function foldWord(word: string): string {
	return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * How many typos a word may hold and still be corrected: none under four letters (too many short
 * words are one letter apart), one up to seven letters, two from eight ("Infrastucktur").
 */
export function typoBudget(word: string): number {
	const letters = [...word].length;
	return letters < 4 ? 0 : letters < 8 ? 1 : 2;
}

/**
 * The edit distance of two words: letters inserted, deleted, replaced or two neighbours swapped
 * ("bugdet"), one edit each. Stops counting above `max` and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let lowest = i;
		for (let j = 1; j <= b.length; j++) {
			let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
			current.push(cost);
			lowest = Math.min(lowest, cost);
		}
		if (lowest > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** The words of a query that typo correction looks at: no stop words, no numbers, split at hyphens. */
export function correctableWords(query: string, stopWords: ReadonlySet<string>): string[] {
	const words = indexQuery(query, stopWords)
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => typoBudget(word) > 0 && /\p{L}/u.test(word) && !stopWords.has(word));
	return [...new Set(words)].slice(0, MAX_PARTIAL_WORDS);
}

const foldedLists = new WeakMap<readonly string[], string[]>();

/** A word list with every word folded, computed once per list. */
function folded(list: readonly string[]): string[] {
	let result = foldedLists.get(list);
	if (!result) {
		result = list.map(foldWord);
		foldedLists.set(list, result);
	}
	return result;
}

/** Whether a word list holds a word that starts with `word` (a reader still typing "strat"). */
export function listHasPrefix(word: string, list: readonly string[]): boolean {
	const start = foldWord(word);
	return folded(list).some((known) => known.startsWith(start));
}

/**
 * The words of `list` closest to a word the index does not know, best first: fewest edits (within
 * the word's typo budget), then the same first letter (typos rarely hit it), then the more
 * frequent word (the list is ordered by frequency). Stop words are never offered.
 */
export function closestWords(
	word: string,
	list: readonly string[],
	stopWords: ReadonlySet<string> = new Set(),
	limit = 3,
): string[] {
	const target = foldWord(word);
	const budget = typoBudget(target);
	if (budget === 0) return [];
	const found: Array<{ word: string; distance: number; sameStart: boolean; rank: number }> = [];
	const foldedList = folded(list);
	for (let rank = 0; rank < list.length; rank++) {
		const candidate = foldedList[rank]!;
		if (Math.abs(candidate.length - target.length) > budget) continue;
		const distance = editDistance(target, candidate, budget);
		if (distance === 0 || distance > budget || stopWords.has(list[rank]!)) continue;
		found.push({ word: list[rank]!, distance, sameStart: candidate[0] === target[0], rank });
	}
	found.sort((a, b) => a.distance - b.distance || Number(b.sameStart) - Number(a.sameStart) || a.rank - b.rank);
	return [...new Set(found.map((entry) => entry.word))].slice(0, limit);
}

/** A run of a corrected query, marked where a word was corrected. */
export type CorrectionPart = { text: string; corrected: boolean };

/** A correction written the way the reader wrote the word: „Infrastucktur“ gives „Infrastruktur“, CTIO stays capitals. */
export function inReadersCase(typed: string, word: string): string {
	if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
	const first = typed.charAt(0);
	return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The query with the reader's misspelt words replaced (whole words, any case), in parts. */
export function correctedParts(query: string, corrections: ReadonlyMap<string, string>): CorrectionPart[] {
	const parts: CorrectionPart[] = [];
	const text = normaliseQuery(query);
	let last = 0;
	for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const replacement = corrections.get(match[0].toLowerCase());
		if (replacement === undefined) continue;
		if (match.index > last) parts.push({ text: text.slice(last, match.index), corrected: false });
		parts.push({ text: inReadersCase(match[0], replacement), corrected: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), corrected: false });
	return parts;
}

/** What the search corrected: the query it searched instead of the reader's. */
export type Correction = {
	/** The corrected query, as searched. */
	query: string;
	/** The same, in runs: the corrected words marked. */
	parts: CorrectionPart[];
};

/** What a search found, and what it corrected to find it. */
export type CorrectedOutcome<T> = SearchOutcome<T> & { correction?: Correction };

/** The words Pagefind matched on a page (the words at its match positions), lower case. */
export function matchedWords(data: Pick<PageData, 'raw_content' | 'locations'>): string[] {
	const words = data.raw_content?.split(/[^\S\uFEFF]+/) ?? [];
	return (data.locations ?? []).map((location) => (words[location] ?? '').toLowerCase());
}

/**
 * Whether the matches show a trace of the reader's word: a matched word (or part of a compound,
 * "IT-Infrastruktur") that starts like it, allowing for endings ("budgeting" matched by "budget",
 * "strat" by "strategy"). Pagefind matches a word it does not know by the longest indexed word it
 * starts with ("inovation" by "in"), which leaves no such trace.
 */
export function showsTraceOf(word: string, matched: readonly string[]): boolean {
	const folded = foldWord(word);
	const start = folded.slice(0, Math.max(3, folded.length - 3));
	return matched.some((text) =>
		foldWord(text)
			.split(/[^\p{L}\p{N}]+/u)
			.some((part) => part.startsWith(start)),
	);
}

/**
 * Searches as a reader means it (`searchInReaderWords`) and forgives typos, at no cost to a query
 * spelt right. Pagefind finds nothing for a word it does not know ("buget"), or matches it by the
 * longest indexed word it starts with ("inovation" by "in"). So a word of the query that finds no
 * page, or of which the first results (whose data the results show anyway) bear no trace, is
 * searched exactly (Pagefind's quoted search: the word and its forms only). When the index does
 * not have it, nor a word it starts (a reader still typing "strat"), the language's word list
 * (`words`, loaded only then) gives the closest word, and the corrected query is searched. `early`
 * receives results before the words are searched one by one (see `searchInReaderWords`), except
 * when they bear no trace of a word, so a misspelt search never flashes the fallback's results.
 * Without a word list (`words` undefined, or one that fails to load), or without a close word,
 * the search is as typed.
 */
export async function searchForgivingTypos<T extends Partial<PageData>>(
	query: string,
	stopWords: ReadonlySet<string>,
	run: (query: string) => Promise<Array<IndexHit<T>> | null>,
	words?: () => Promise<readonly string[]>,
	early?: (outcome: CorrectedOutcome<T>) => Promise<void> | void,
): Promise<CorrectedOutcome<T> | null> {
	const checked = words ? correctableWords(query, stopWords) : [];
	/** The checked words the first results bear no trace of. */
	const untraced = async (outcome: SearchOutcome<T>) => {
		if (checked.length === 0) return [];
		const data = await Promise.all(outcome.hits.slice(0, RANK_WINDOW).map((hit) => hit.data()));
		const matched = data.flatMap((page) => matchedWords(page));
		return checked.filter((word) => !showsTraceOf(word, matched));
	};
	const outcome = await searchInReaderWords(query, stopWords, run, async (first) => {
		if ((await untraced(first)).length === 0) await early?.(first);
	});
	if (outcome === null || checked.length === 0 || !words) return outcome;
	const suspects = await untraced(outcome);
	if (suspects.length === 0) return outcome;
	// A word that found no page is not in the index: the word list loads at once. One whose
	// results bear no trace of it is searched exactly first.
	const empty = new Set(outcome.empty);
	const list = suspects.some((word) => empty.has(word)) ? words() : undefined;
	list?.catch(() => undefined);
	const unsure = suspects.filter((word) => !empty.has(word));
	const exact = await Promise.all(unsure.map((word) => run(`"${word}"`)));
	if (exact.some((hits) => hits === null)) return null;
	const unknown = suspects.filter((word) => empty.has(word) || exact[unsure.indexOf(word)]!.length === 0);
	if (unknown.length === 0) return outcome;
	let known: readonly string[];
	try {
		known = await (list ?? words());
	} catch {
		return outcome;
	}
	const corrections = new Map<string, string>();
	for (const word of unknown) {
		// A word still being typed ("strat") is not a typo; the closest word replaces one that is.
		const closest = listHasPrefix(word, known) ? undefined : closestWords(word, known, stopWords, 1)[0];
		if (closest) corrections.set(word, closest);
	}
	if (corrections.size === 0) return outcome;
	const parts = correctedParts(query, corrections);
	const correction = { query: parts.map((part) => part.text).join(''), parts };
	const found = await searchInReaderWords(correction.query, stopWords, run, (first) =>
		early?.({ ...first, correction }),
	);
	if (found === null) return null;
	// The list holds only indexed words, but a filter (one kind of page) can leave the correction
	// without pages.
	return found.hits.length > 0 ? { ...found, correction } : outcome;
}

// ---- Results titled by the heading that matches -------------------------------------------------

/** A word Pagefind matched on a page: where, and how much it weighs (headings weigh more). */
export type MatchLocation = { weight: number; balanced_score: number; location: number };

/** What Pagefind returns for a page (the parts this site reads). */
export type PageData = {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters?: { kind?: string[] };
	/** Where the query's words are on the page (word positions). */
	locations?: number[];
	/** The page's indexed text, HTML-escaped, its words at the positions `locations` count. */
	raw_content?: string;
	/** Every element with an id on the page, where it starts; headings (and titled elements) start sections. */
	anchors?: Array<{ element: string; id: string; text?: string; title?: string; location: number }>;
	sub_results?: Array<{
		title: string;
		url: string;
		excerpt: string;
		/** The heading (or other element with an id) that starts the section; none for the page's top. */
		anchor?: { element: string; id: string; text?: string; location: number };
		locations?: number[];
		weighted_locations?: MatchLocation[];
	}>;
};

/** A section of a result, as listed under it. */
export type ResultSection = { title: string; url: string; excerpt: string };

/** A result as the reader sees it. */
export type ResultView = {
	/** The matching heading (a question, a term, a section), or the page's title. */
	title: string;
	/** Where the title leads: the heading's section, or the page. */
	url: string;
	excerpt: string;
	/** The page, shown as a breadcrumb when the title is one of its headings. */
	page?: { title: string; url: string };
	kind?: string;
	/** Other sections of the page that match, best first. */
	sections: ResultSection[];
	/** How much of the query the best heading (or the title) holds, 0 to 1: ranks the results. */
	coverage: number;
};

/** How many words a heading has, as Pagefind counts positions (split at spaces). */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The share of the query's words found among a heading's positions (capped at 1). */
function coverageOf(start: number, heading: string, locations: readonly number[], queryWords: number): number {
	if (queryWords === 0) return 0;
	const end = start + wordCount(heading);
	const inHeading = new Set(locations.filter((location) => location >= start && location < end)).size;
	return Math.min(1, inHeading / queryWords);
}

/** Below this share of the query, a heading does not become a result's title. */
const TITLE_COVERAGE = 0.5;

/** Where the section that starts at `start` ends: at the next heading, as Pagefind divides a page. */
function sectionEnd(data: PageData, start: number): number {
	const next = (data.anchors ?? []).find(
		(anchor) =>
			anchor.location > start && (anchor.title?.trim() || (/^h\d$/i.test(anchor.element) && anchor.text?.trim())),
	);
	return next?.location ?? Number.POSITIVE_INFINITY;
}

/** How many words an excerpt shows (as Pagefind is asked to: `excerptLength`). */
export const EXCERPT_WORDS = 24;

/**
 * The opening of a section, after its heading: what a result titled by the heading shows (a FAQ
 * question's answer, a glossary term's definition), with the query's words marked as Pagefind
 * marks them. Search terms do not count towards its length (excerpts leave them out). Undefined
 * without the page's text.
 */
function sectionOpening(data: PageData, start: number, end: number, matched: readonly number[]): string | undefined {
	if (data.raw_content === undefined) return undefined;
	const words = data.raw_content.split(/[^\S\uFEFF]+/);
	const marked = new Set(matched);
	const shown: string[] = [];
	let visible = 0;
	let inTerms = false;
	for (let at = start; at < Math.min(end, words.length) && visible < EXCERPT_WORDS; at++) {
		const word = words[at]!;
		if (word.includes(SEARCH_TERMS_OPEN)) inTerms = true;
		if (!inTerms && word !== '') visible += 1;
		if (word.includes(SEARCH_TERMS_CLOSE)) inTerms = false;
		shown.push(marked.has(at) ? `<mark>${word}</mark>` : word);
	}
	return shown.length > 0 ? shown.join(' ') : undefined;
}

/**
 * A Pagefind result as the reader sees it. When one of the page's headings (a FAQ question, a
 * glossary term, a section heading) holds at least half the query's words, and more of them than
 * the page's own title, that heading is the result's title and leads to its section; the page is
 * its breadcrumb. Otherwise the page's title leads. `queryWords` is the number of words searched.
 */
export function presentResult(data: PageData, queryWords: number, maxSections = 3): ResultView {
	const pageTitle = data.meta.title ?? data.url;
	// The page's title is its first heading, at the first position of the indexed text.
	const titleCoverage = coverageOf(0, pageTitle, data.locations ?? [], queryWords);
	const anchored = (data.sub_results ?? []).filter((sub) => sub.anchor && sub.url.includes('#'));
	const sections = anchored
		.map((sub, order) => ({
			sub,
			order,
			hits: sub.locations?.length ?? 0,
			coverage: coverageOf(sub.anchor!.location, sub.anchor!.text ?? sub.title, sub.locations ?? [], queryWords),
		}))
		.sort((a, b) => b.coverage - a.coverage || b.hits - a.hits || a.order - b.order);
	const best = sections[0];
	const lead = best && best.coverage >= TITLE_COVERAGE && best.coverage > titleCoverage ? best : undefined;
	const kind = data.filters?.kind?.[0];
	const rest = sections
		.filter((section) => section !== lead)
		.slice(0, maxSections)
		.map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
	// A heading's result shows what follows the heading, up to the next section.
	const opening =
		lead &&
		sectionOpening(
			data,
			lead.sub.anchor!.location + wordCount(lead.sub.anchor!.text ?? lead.sub.title),
			sectionEnd(data, lead.sub.anchor!.location),
			lead.sub.locations ?? [],
		);
	return {
		title: lead ? lead.sub.title : pageTitle,
		url: lead ? lead.sub.url : data.url,
		excerpt: lead ? (opening ?? lead.sub.excerpt) : data.excerpt,
		...(lead ? { page: { title: pageTitle, url: data.url } } : {}),
		...(kind ? { kind } : {}),
		sections: rest,
		coverage: Math.max(titleCoverage, best?.coverage ?? 0),
	};
}

/** How many of the first results are reordered by their headings (the dialog shows as many). */
export const RANK_WINDOW = 8;

/**
 * The first results of a search, presented and reordered so that a page whose heading holds the
 * query comes first ("who owns the IT budget": the FAQ's question before a page that only
 * mentions the budget). Only pages with every word among the first `RANK_WINDOW` move, by
 * Pagefind's score raised by their best heading's share of the query; the rest keep their order.
 * Loads the data of at least `RANK_WINDOW` results.
 */
export async function presentResults(
	outcome: SearchOutcome<PageData>,
	query: string,
	stopWords: ReadonlySet<string>,
	limit: number,
): Promise<ResultView[]> {
	const queryWords = new Set(indexQuery(query, stopWords).toLowerCase().split(' ').filter(Boolean)).size;
	const hits = outcome.hits.slice(0, Math.max(limit, RANK_WINDOW));
	const views = await Promise.all(hits.map((hit) => hit.data().then((data) => presentResult(data, queryWords))));
	const ranked = views.map((view, index) => ({ view, index, score: hits[index]!.score * (1 + view.coverage) }));
	// The pages with some of the words keep their order: most words first.
	const reordered = Math.min(outcome.complete, RANK_WINDOW);
	const window = ranked.slice(0, reordered).sort((a, b) => b.score - a.score || a.index - b.index);
	return [...window, ...ranked.slice(reordered)].slice(0, limit).map((entry) => entry.view);
}
