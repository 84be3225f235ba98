/**
 * `kb-search-panel`: runs Pagefind on what the reader types and lists the results, with
 * sub-results that jump to the matching heading. Loaded on intent only (the header's dialog or
 * the /search/ page); Pagefind itself is imported from the built bundle the first time it is needed.
 * Everything shown is set as text: neither the query nor an excerpt is ever parsed as HTML.
 */
import {
	EXCERPT_WORDS,
	HIGHLIGHT_PARAM,
	excerptParts,
	highlightTerms,
	indexQuery,
	presentResults,
	searchForgivingTypos,
	stopWordSet,
	type CorrectedOutcome,
	type PageData,
	type ResultView,
	normaliseQuery,
	withHighlight,
} from '../domain/search';
import { isFilterKind, type FilterKind } from '../domain/page-kinds';
// Fills templates such as `{count} results for “{query}”`; the result is used as text only.
import { fill, templateParts } from '../domain/template';
import type { PanelConfig } from './search-config';

/** The parts of Pagefind's browser API this panel uses. */
type Pagefind = {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(query: string, options?: { filters?: Record<string, string> }): Promise<void>;
	search(
		query: string,
		options: { filters?: Record<string, string> },
	): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PageData> }> }>;
};

/**
 * How long typing must pause before a search runs, in ms: longer than the gap between the keys of
 * a reader typing steadily, so a search runs for what they meant to type, not for each letter
 * (at 10,000 pages each search costs enough that one per letter queues up behind the last key).
 * The index chunks for what is typed load meanwhile (`preload`).
 */
const TYPING_PAUSE = 150;

/** How many pages a search lists (the dialog shows fewer than /search/), and how many headings under each. */
const MAX_RESULTS = { dialog: 8, page: 30 } as const;
const MAX_SUB_RESULTS = 3;

let pagefindPromise: Promise<Pagefind> | undefined;

/** Imports Pagefind from the site's bundle once per page. */
function loadPagefind(bundle: string): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
		await pagefind.options({ excerptLength: EXCERPT_WORDS });
		await pagefind.init();
		return pagefind;
	})();
	return pagefindPromise;
}

let wordsPromise: Promise<readonly string[]> | undefined;

/** The language's word list for typo correction, fetched the first time a word is not in the index. */
function loadWords(url: string): Promise<readonly string[]> {
	wordsPromise ??= (async () => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`Word list: ${response.status}`);
		const list: unknown = await response.json();
		if (!Array.isArray(list)) throw new Error('Word list: not a list');
		return list.filter((word): word is string => typeof word === 'string');
	})();
	// A failed load is tried again at the next search.
	wordsPromise.catch(() => (wordsPromise = undefined));
	return wordsPromise;
}

/** Appends an excerpt as text nodes and `<mark>` elements. */
function appendExcerpt(target: HTMLElement, excerpt: string, stopWords: ReadonlySet<string>): void {
	for (const part of excerptParts(excerpt, stopWords)) {
		if (part.mark) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			target.append(mark);
		} else {
			target.append(part.text);
		}
	}
}

export class KbSearchPanel extends HTMLElement {
	#config!: PanelConfig;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#none!: HTMLElement;
	#results!: HTMLOListElement;
	#kind!: HTMLSelectElement;
	#suggestions: HTMLElement | null = null;
	#correction!: HTMLElement;
	#more!: HTMLElement;
	#run = 0;
	#stopWords: ReadonlySet<string> = new Set();
	/** A query the reader asked to search as typed ("Search instead for …"): not corrected. */
	#asTyped = '';

	connectedCallback(): void {
		if (this.#input) return;
		this.#config = JSON.parse(this.dataset['config'] ?? '{}') as PanelConfig;
		this.#stopWords = stopWordSet(this.#config.strings.stopWords);
		this.#input = this.querySelector('input[type="search"]')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#none = this.querySelector('[data-search-none]')!;
		this.#results = this.querySelector('[data-search-results]')!;
		this.#kind = this.querySelector('select[name="kind"]')!;
		this.#suggestions = this.querySelector('[data-search-suggestions]');
		this.#correction = this.querySelector('[data-search-correction]')!;
		this.#more = this.querySelector('[data-search-more]')!;

		this.#input.addEventListener('input', () => {
			this.#preload();
			void this.#search();
		});
		this.#kind.addEventListener('change', () => void this.#search());
		// In the dialog, Enter or "All results" opens /search/ for the query (a plain form submit).
		this.querySelector('form')?.addEventListener('submit', (event) => {
			if (this.#config.mode === 'dialog' && normaliseQuery(this.#input.value) !== '') return;
			event.preventDefault();
			void this.#search();
		});
		this.addEventListener('keydown', (event) => this.#onKey(event));

		if (this.#config.mode === 'page') {
			// The address fills the box, unless the reader typed in it before this script ran.
			const params = new URLSearchParams(location.search);
			if (this.#input.value === '') this.#input.value = normaliseQuery(params.get('q') ?? '');
			const kind = params.get('kind');
			if (isFilterKind(kind)) this.#kind.value = kind;
			void this.#search();
		}
		void this.#prepare();
	}

	/** Puts the cursor in the search box, its text selected for replacing. */
	focusInput(): void {
		this.#input.focus();
		this.#input.select();
	}

	/** Loads Pagefind and hides the kinds of page the index does not hold. */
	async #prepare(): Promise<void> {
		try {
			const pagefind = await loadPagefind(this.#config.bundle);
			const kinds = (await pagefind.filters())['kind'] ?? {};
			for (const option of this.#kind.options) {
				if (option.value !== '' && !(option.value in kinds)) option.remove();
			}
		} catch {
			this.#status.textContent = this.#config.strings.error;
		}
	}

	#selectedKind(): FilterKind | undefined {
		const value = this.#kind.value;
		return isFilterKind(value) ? value : undefined;
	}

	/**
	 * Starts loading the index chunks for what is typed so far, before the pause that runs the
	 * search. Not for a word of one or two letters: its chunks are most of a large index.
	 */
	#preload(): void {
		const query = indexQuery(this.#input.value, this.#stopWords);
		if (!pagefindPromise || query.split(' ').every((word) => word.length < 3)) return;
		const kind = this.#selectedKind();
		void pagefindPromise
			.then((pagefind) => pagefind.preload(query, kind ? { filters: { kind } } : {}))
			.catch(() => undefined);
	}

	async #search(): Promise<void> {
		const run = ++this.#run;
		const query = normaliseQuery(this.#input.value);
		const kind = this.#selectedKind();
		if (this.#config.mode === 'page') this.#writeUrl(query, kind);
		if (query !== this.#asTyped) this.#asTyped = '';
		if (query === '') {
			this.#show([], '', [], true);
			return;
		}
		const { strings } = this.#config;
		if (!pagefindPromise) this.#status.textContent = strings.loading;
		try {
			const pagefind = await loadPagefind(this.#config.bundle);
			await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE));
			if (run !== this.#run) return;
			const options = kind ? { filters: { kind } } : {};
			let latest = 0;
			const render = async (found: CorrectedOutcome<PageData>) => {
				const mine = ++latest;
				const searched = found.correction?.query ?? query;
				const results = await presentResults(found, searched, this.#stopWords, MAX_RESULTS[this.#config.mode]);
				// A later render (the corrected results) wins over an earlier one still loading.
				if (run !== this.#run || mine !== latest) return;
				this.#show(results, searched, this.#statusParts(found, query), found.complete > 0, found);
			};
			// The full matches show at once; the check word by word corrects them only where needed.
			let shown: CorrectedOutcome<PageData> | undefined;
			const found = await searchForgivingTypos(
				query,
				this.#stopWords,
				async (words) => (run === this.#run ? (await pagefind.search(words, options)).results : null),
				this.#asTyped === query ? undefined : () => loadWords(this.#config.words),
				async (early) => {
					shown = early;
					await render(early);
				},
			);
			if (found === null || run !== this.#run) return;
			const same =
				shown !== undefined &&
				shown.correction?.query === found.correction?.query &&
				shown.complete === found.complete &&
				shown.hits.length === found.hits.length &&
				shown.hits.every((hit, index) => hit.id === found.hits[index]?.id);
			if (!same) await render(found);
		} catch {
			if (run === this.#run) this.#show([], query, [strings.error], true);
		}
	}

	/**
	 * What the status line says, in runs of text (an element for the corrected query): how many
	 * pages were found for what, or that none was.
	 */
	#statusParts(found: CorrectedOutcome<PageData>, query: string): Array<string | HTMLElement> {
		const { strings } = this.#config;
		const count = String(found.complete > 0 ? found.complete : found.hits.length);
		if (found.correction) {
			const template =
				found.complete === 0
					? strings.correctedPartial
					: found.complete === 1
						? strings.correctedOne
						: strings.correctedMany;
			return templateParts(template).map((part) => {
				if (typeof part === 'string') return part;
				if (part.name === 'count') return count;
				// The corrected query, its corrected words stressed.
				const corrected = document.createElement('em');
				for (const run of found.correction!.parts) {
					if (!run.corrected) corrected.append(run.text);
					else corrected.append(Object.assign(document.createElement('strong'), { textContent: run.text }));
				}
				return corrected;
			});
		}
		if (found.hits.length === 0) return [fill(strings.none, { query })];
		if (found.complete === 0) return [fill(strings.partial, { query, count })];
		return [fill(found.complete === 1 ? strings.one : strings.many, { query, count })];
	}

	/**
	 * Shows results and the status; `complete` says whether any has every word (if not, the help
	 * shows what the site covers). `found` offers the search as typed when it was corrected, and
	 * in the dialog a link to every result when there are more than it shows.
	 */
	#show(
		results: ResultView[],
		query: string,
		status: Array<string | HTMLElement>,
		complete: boolean,
		found?: CorrectedOutcome<PageData>,
	): void {
		const terms = highlightTerms(query, this.#stopWords);
		this.#status.replaceChildren(...status);
		if (this.#suggestions) this.#suggestions.hidden = query !== '';
		this.#none.hidden = query === '' || complete;
		if (!this.#none.hidden && !this.#none.hasChildNodes()) this.#buildNoneHelp();
		this.#showCorrection(found);
		this.#showMore(found);
		// A reader arrowing through old results goes back to the box rather than losing focus.
		const focusWasInResults = this.#results.contains(document.activeElement);
		this.#results.replaceChildren(...results.map((result) => this.#renderResult(result, terms)));
		if (focusWasInResults) this.#input.focus();
	}

	/** "Search instead for “buget”": offered under the status when the search corrected the query. */
	#showCorrection(found: CorrectedOutcome<PageData> | undefined): void {
		this.#correction.hidden = !found?.correction;
		if (!found?.correction) return;
		const typed = normaliseQuery(this.#input.value);
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'text-accent underline underline-offset-2 hover:no-underline';
		button.textContent = fill(this.#config.strings.searchAsTyped, { query: typed });
		button.addEventListener('click', () => {
			this.#asTyped = typed;
			this.#input.focus();
			void this.#search();
		});
		this.#correction.replaceChildren(button);
	}

	/** In the dialog, a link to every result on /search/ when there are more than it shows. */
	#showMore(found: CorrectedOutcome<PageData> | undefined): void {
		const total = found?.hits.length ?? 0;
		this.#more.hidden = this.#config.mode !== 'dialog' || total <= MAX_RESULTS.dialog;
		if (this.#more.hidden) return;
		const link = document.createElement('a');
		const params = new URLSearchParams({ q: normaliseQuery(this.#input.value) });
		const kind = this.#selectedKind();
		if (kind) params.set('kind', kind);
		link.href = `${this.#config.searchHref}?${params}`;
		link.textContent = fill(this.#config.strings.allResultsCount, { count: String(total) });
		this.#more.replaceChildren(link);
	}

	#renderResult(result: ResultView, terms: string[]): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'rounded border border-border p-2.5 sm:p-3';
		// A heading's result names its page first, as a breadcrumb.
		if (result.page) {
			const crumb = document.createElement('p');
			crumb.className = 'truncate text-xs text-muted';
			crumb.dataset['searchPage'] = '';
			crumb.textContent = `${result.page.title} ›`;
			item.append(crumb);
		}
		const link = document.createElement('a');
		link.href = withHighlight(result.url, terms, HIGHLIGHT_PARAM);
		link.className = 'font-semibold';
		link.textContent = result.title;
		const kindLabel = result.kind ? this.#config.strings.kinds[result.kind] : undefined;
		if (kindLabel) {
			const badge = document.createElement('span');
			badge.className = 'ml-2 rounded bg-surface px-1.5 py-0.5 text-xs font-normal text-muted';
			badge.textContent = kindLabel;
			link.append(' ', badge);
		}
		const excerpt = document.createElement('p');
		// On a phone two lines of excerpt and one section, so three results fit under the box.
		excerpt.className = 'mt-1 text-sm max-sm:line-clamp-2';
		appendExcerpt(excerpt, result.excerpt, this.#stopWords);
		item.append(link, excerpt);

		if (result.sections.length > 0) {
			const list = document.createElement('ul');
			list.className =
				'mt-2 flex flex-col gap-2 border-l border-border pl-3 text-sm max-sm:[&>li:nth-child(n+2)]:hidden';
			for (const section of result.sections.slice(0, MAX_SUB_RESULTS)) {
				const subItem = document.createElement('li');
				const subLink = document.createElement('a');
				subLink.href = withHighlight(section.url, terms, HIGHLIGHT_PARAM);
				subLink.textContent = section.title;
				const subExcerpt = document.createElement('p');
				subExcerpt.className = 'text-muted max-sm:hidden';
				appendExcerpt(subExcerpt, section.excerpt, this.#stopWords);
				subItem.append(subLink, subExcerpt);
				list.append(subItem);
			}
			item.append(list);
		}
		return item;
	}

	/** The help shown when nothing matches, built from the config the first time it is needed. */
	#buildNoneHelp(): void {
		const { strings, guideHref, recommendHref, faqHref } = this.#config;
		const hint = document.createElement('p');
		hint.textContent = strings.noneHint;
		const list = document.createElement('ul');
		list.className = 'mt-1 list-disc pl-5';
		for (const [href, label] of [
			[faqHref, strings.noneFaq],
			[guideHref, strings.noneGuide],
			[recommendHref, strings.noneRecommender],
		] as const) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = href;
			link.textContent = label;
			item.append(link);
			list.append(item);
		}
		this.#none.replaceChildren(hint, list);
	}

	/** The links the arrows move through: results, the help, or before typing the common questions. */
	#resultLinks(): HTMLElement[] {
		return [
			...this.querySelectorAll<HTMLElement>(
				'[data-search-results] a, [data-search-more] a, [data-search-none] a, [data-search-suggestions] a',
			),
		].filter((link) => link.closest('[hidden]') === null);
	}

	/** Up and down arrows move between the search box and every result link, in reading order. */
	#onKey(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops: HTMLElement[] = [this.#input, ...this.#resultLinks()];
		const current = stops.indexOf(document.activeElement as HTMLElement);
		if (current === -1 || stops.length === 1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? Math.min(current + 1, stops.length - 1) : Math.max(current - 1, 0);
		stops[next]?.focus();
	}

	#writeUrl(query: string, kind: FilterKind | undefined): void {
		const params = new URLSearchParams();
		if (query !== '') params.set('q', query);
		if (kind) params.set('kind', kind);
		const search = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
	}
}

if (!customElements.get('kb-search-panel')) customElements.define('kb-search-panel', KbSearchPanel);
