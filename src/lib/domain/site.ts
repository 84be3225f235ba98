/**
 * Who made what: the article this knowledge base is based on, and the knowledge base's own author
 * and publisher. The one place to change either; the credit line, the preview images, `llms.txt`
 * and every page's structured data read them from here.
 */

/** The article this knowledge base is based on: the visible credit and every page's `isBasedOn`. */
export const SOURCE_ARTICLE = {
	title: 'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
	author: 'Marin Delija',
	publisher: 'NXT YOU',
	/** The language the article is written in: other languages show its words translated. */
	language: 'en',
	url: 'https://nxtyou.de/en/blog/cio-vs-cto-difference',
	/**
	 * The article's only date: the copyright line of the page it is on ("© 2023"). It is not a
	 * publication date, so it is shown and published as a copyright year only.
	 */
	copyrightYear: 2023,
} as const;

/** Whether pages in this language (`<html lang>`) quote the article in translation. */
export function quotesInTranslation(lang: string): boolean {
	return lang !== SOURCE_ARTICLE.language;
}

/** A person or an organisation credited in structured data. */
export interface Party {
	type: 'Person' | 'Organization';
	name: string;
	/** Its home page. */
	url?: string;
}

/**
 * The knowledge base's own author and publisher: the `author` and `publisher` of every page's
 * structured data. The article's author is credited through `isBasedOn` instead, because the
 * site's explanations, worked examples, recommender, FAQ, glossary and worksheet are not his.
 */
export const KNOWLEDGE_BASE: { author: Party; publisher: Party } = {
	author: { type: 'Organization', name: 'NXT YOU', url: 'https://nxtyou.de/' },
	publisher: { type: 'Organization', name: 'NXT YOU', url: 'https://nxtyou.de/' },
};
