/**
 * Every interface string of the site, keyed. A second language is a second object of the same
 * type, not a rewrite of the components.
 */
export const en = {
	'site.name': 'CIO vs CTO',
	'site.tagline': 'A knowledge base on the two technology executives',
	skipLink: 'Skip to main content',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.cio': 'CIO',
	'nav.cto': 'CTO',
	'breadcrumbs.label': 'Breadcrumbs',
	'toc.label': 'On this page',
	'toc.top': 'Overview',
	'pagination.label': 'Reading order',
	'pagination.prev': 'Previous',
	'pagination.next': 'Next',
	'theme.label': 'Theme',
	'theme.auto': 'System',
	'theme.light': 'Light',
	'theme.dark': 'Dark',
	'heading.anchor': 'Link to this section:',
	'footer.basedOn': 'Based on the article',
	'footer.by': 'by',
	'footer.on': 'on the',
	'footer.about': 'About this knowledge base',
	'credit.label': 'Source',
	'role.focus': 'Focus',
	'role.responsibilities': 'Responsibilities',
	'role.inPractice': 'In practice',
	'role.compare': 'Compare with the',
	'role.readMore': 'Read about the',
	'role.fromArticle': 'From the article',
	'comparison.caption': 'The CIO and the CTO compared, dimension by dimension',
	'comparison.dimension': 'Dimension',
	'comparison.details': 'Each line explained',
	'guide.favours': 'Which role each answer favours',
	'guide.fromArticle': 'What the article says',
	'guide.pull.cio': 'Favours a CIO',
	'guide.pull.cto': 'Favours a CTO',
	'guide.pull.both': 'Pulls toward both roles',
	'guide.pull.structure': 'Shapes how many executives you need',
	'entry.roles': 'What does each role do?',
	'entry.differences': 'How do they differ, and where do they overlap?',
	'entry.guide': 'Which one does my organisation need?',
	'entry.about': 'Where does this come from?',
	'notFound.pages': 'Pages of this knowledge base',
	// Search (issue 4): header button, dialog, /search/ page, 404 suggestion, OpenSearch.
	'search.open': 'Search',
	'search.shortcut': 'Ctrl K',
	'search.dialogLabel': 'Search the knowledge base',
	'search.close': 'Close search',
	'search.inputLabel': 'Search terms',
	'search.placeholder': 'e.g. who manages the IT budget',
	'search.submit': 'Search',
	'search.allResults': 'All results',
	'search.keys': 'Type to search. Up and down arrows move through the results, Enter opens one, Escape closes.',
	'search.keysPage': 'Type to search. Up and down arrows move through the results, Enter opens one.',
	'search.kindLegend': 'Kind of page',
	'search.kind.all': 'All',
	'search.kind.home': 'Home',
	'search.kind.role': 'Roles',
	'search.kind.differences': 'Differences',
	'search.kind.guide': 'Guide',
	'search.kind.scenario': 'Scenarios',
	'search.kind.recommender': 'Recommender',
	'search.kind.about': 'About',
	'search.resultsLabel': 'Search results',
	'search.loading': 'Loading search…',
	'search.status.one': '1 result for “{query}”',
	'search.status.many': '{count} results for “{query}”',
	'search.status.none': 'No results for “{query}”.',
	'search.status.error': 'Search could not load. Please try again, or browse the pages listed on the search page.',
	'search.none.hint':
		'Try fewer or other words, check the spelling, or choose “All” kinds of page. Or start from here:',
	'search.none.guide': 'The guide: which role does my organisation need?',
	'search.none.recommender': 'The recommender: answer three questions, get a suggestion',
	'search.page.title': 'Search',
	'search.page.description':
		'Search the CIO vs CTO knowledge base: roles, responsibilities, differences and the guide to choosing. Every page is also listed here.',
	'search.page.intro': 'Type a question or a few words. Results show the page and the section that answers it.',
	'search.page.noJs':
		'Search runs in your browser and needs JavaScript, which is switched off or did not load. Every page of the knowledge base is listed below instead.',
	'search.page.allPages': 'All pages',
	'search.notFound.label': 'Search for what you were looking for',
	'search.notFound.link': 'Search the knowledge base',
	'search.opensearch': 'Search the CIO vs CTO knowledge base on the two technology executives',
} as const;

/** A key of an interface string. */
export type UiKey = keyof typeof en;

/** The interface strings of one language. */
export type UiStrings = Record<UiKey, string>;

const languages: Record<string, UiStrings> = { en };

/** Returns the translator for a language; unknown languages fall back to English. */
export function useStrings(lang = 'en'): (key: UiKey) => string {
	const strings = languages[lang] ?? en;
	return (key) => strings[key];
}

/** The English translator, for the site's only language so far. */
export const t = useStrings('en');
