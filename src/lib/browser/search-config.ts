/** What the server tells the search panel's script, through its `data-config` attribute. */
export type PanelConfig = {
	/** `page` reads and writes `?q=` and `?kind=`; `dialog` lives in the header's dialog. */
	mode: 'dialog' | 'page';
	/** URL of the Pagefind bundle folder, base path applied, ending in `/`. */
	bundle: string;
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
