/** What the server tells the search panel's script, through its `data-config` attribute. */
export type PanelConfig = {
	/** `page` reads and writes `?q=` and `?kind=`; `dialog` lives in the header's dialog. */
	mode: 'dialog' | 'page';
	/** URL of the Pagefind bundle folder, base path applied, ending in `/`. */
	bundle: string;
	/** URL of the language's word list for typo correction, loaded only when a word is not in the index. */
	words: string;
	/** The search page, for the dialog's link to every result. */
	searchHref: string;
	/** Links offered when nothing matches. */
	guideHref: string;
	recommendHref: string;
	faqHref: string;
	/** Interface strings; `{query}` and `{count}` are filled in as text. */
	strings: {
		loading: string;
		one: string;
		many: string;
		none: string;
		/** No page has every word, some have some: `{query}`, `{count}`. */
		partial: string;
		/** Results for the corrected query: `{corrected}` (set as an element), `{count}`. */
		correctedOne: string;
		correctedMany: string;
		/** No page has every word of the corrected query: `{corrected}`, `{count}`. */
		correctedPartial: string;
		/** The button that searches the query as typed: `{query}`. */
		searchAsTyped: string;
		/** The dialog's link to every result on /search/: `{count}`. */
		allResultsCount: string;
		error: string;
		noneHint: string;
		noneGuide: string;
		noneRecommender: string;
		noneFaq: string;
		kinds: Record<string, string>;
		/** The page language's words not worth highlighting, space-separated. */
		stopWords: string;
	};
};
