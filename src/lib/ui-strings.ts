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
	'heading.anchor': 'Link to this section',
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
	// Linking in: copy-link buttons, link previews (Open Graph image kinds), llms.txt
	'heading.copy': 'Copy link to this section',
	'heading.copied': 'Link copied',
	'heading.copyFailed': 'Could not copy; use the # link instead',
	'entry.readMore': 'Read more:',
	'og.siteName': 'Knowledge base',
	'kind.home': 'Overview',
	'kind.role': 'Role',
	'kind.differences': 'Comparison',
	'kind.guide': 'Guide',
	'kind.recommender': 'Recommender',
	'kind.scenario': 'Worked example',
	'kind.about': 'About',
	'kind.not-found': 'Not found',
	'kind.search': 'Search',
	'llms.details': "Every page keeps the article's wording where the article is the source.",
	'llms.url': 'Address',
	'llms.fullTitle': 'The whole knowledge base as one Markdown file',
	'llms.fullDescription': 'every page, including the comparison and the guide factors',
	// Recommender (issue 3): the questionnaire, its result, the decision table, the scenarios.
	'recommend.prompt': 'Answer the three questions to see which role fits your organisation.',
	'recommend.reset': 'Start again',
	'recommend.why': 'Why',
	'recommend.share': 'Link to this answer',
	'recommend.ignored': 'Part of the address you followed was not understood and has been ignored.',
	'recommend.noScript': 'The interactive recommender needs JavaScript.',
	'recommend.noScriptLink': 'Find your answer in the table of all answers',
	'recommend.result.cio': 'A CIO',
	'recommend.result.cto': 'A CTO',
	'recommend.result.both': 'Both a CIO and a CTO',
	'recommend.result.combined': 'One executive covering both roles',
	'recommend.lean.cio': 'leaning toward the CIO side',
	'recommend.lean.cto': 'leaning toward the CTO side',
	'recommend.lean.balanced': 'giving both sides equal weight',
	'recommend.detail.cio':
		'Your answers point to a Chief Information Officer: aligning IT with business goals, managing IT infrastructure and budgets, and implementing technologies for operational efficiency.',
	'recommend.detail.cto':
		'Your answers point to a Chief Technology Officer: driving technical vision and innovation, overseeing product development and engineering, and staying ahead with emerging technologies.',
	'recommend.detail.both':
		'Your organisation can benefit from both roles: the CIO focusing on internal IT management, the CTO driving external product and tech innovation.',
	'recommend.detail.combined':
		'One person can cover both roles for now. Define clearly which decisions are theirs, and separate the roles when the two kinds of work become more distinct.',
	'recommend.short.cio': 'CIO',
	'recommend.short.cto': 'CTO',
	'recommend.short.both': 'CIO and CTO',
	'recommend.short.combined': 'One person',
	'recommend.shortLean.cio': 'leaning CIO',
	'recommend.shortLean.cto': 'leaning CTO',
	'recommend.shortLean.balanced': 'balanced',
	'recommend.table.caption': 'Company size:',
	'scenario.answers': 'The answers',
	'scenario.result': 'What the recommender says',
	'scenario.open': 'Open these answers in the recommender',
	'scenario.more': 'More worked examples',
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
