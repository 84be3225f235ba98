/**
 * Every HTML page of the site, in reading order, with what navigation, previews and summaries
 * need: title, description, kind and, for the pages in the header, a navigation label. The
 * navigation, the Open Graph images, `llms.txt` and the layouts read this one list; a new page adds
 * one entry here (the layout fails the build naming the page until it does).
 */
import { getProsePage, getRoles, getScenarios } from './content';
import type { NavItem } from './nav';
import type { PageKind as SearchKind } from './search';
import { t } from './ui-strings';
import { paths } from './urls';

/** What sort of page it is: the search filter's kinds, plus the two pages search leaves out. */
export type PageKind = SearchKind | 'search' | 'not-found';

/** One page of the site. */
export interface SitePage {
	/** Site path without base, e.g. `/roles/cio/`. */
	path: string;
	/** The page's main heading. */
	title: string;
	/** Its meta description, one sentence or two. */
	description: string;
	kind: PageKind;
	/** Its label in the header's navigation; only the pages of the reading order have one. */
	navLabel?: string;
}

let pages: Promise<SitePage[]> | undefined;

/** Every page: the reading order with the worked examples after the guide, then search and the not-found page. */
export function getSitePages(): Promise<SitePage[]> {
	pages ??= (async () => {
		const [roles, home, differences, guide, recommend, scenarios, about, notFound] = await Promise.all([
			getRoles(),
			getProsePage('home'),
			getProsePage('differences'),
			getProsePage('guide'),
			getProsePage('recommend'),
			getScenarios(),
			getProsePage('about'),
			getProsePage('not-found'),
		]);
		const prose = (page: typeof home, path: string, kind: PageKind, inNav = true): SitePage => ({
			path,
			title: page.data.title,
			description: page.data.description,
			kind,
			...(inNav ? { navLabel: page.data.navLabel ?? page.data.title } : {}),
		});
		return [
			prose(home, paths.home, 'home'),
			...roles.map((role) => ({
				path: paths.role(role.id),
				title: `${role.data.title} (${role.data.acronym})`,
				description: role.data.description,
				kind: 'role' as const,
				navLabel: role.data.acronym,
			})),
			prose(differences, paths.differences, 'differences'),
			prose(guide, paths.guide, 'guide'),
			...scenarios.map((scenario) => ({
				path: paths.scenario(scenario.id),
				title: scenario.data.title,
				description: scenario.data.description,
				kind: 'scenario' as const,
			})),
			prose(recommend, paths.recommend, 'recommender'),
			prose(about, paths.about, 'about'),
			{ path: '/search/', title: t('search.page.title'), description: t('search.page.description'), kind: 'search' },
			prose(notFound, '/404/', 'not-found', false),
		];
	})();
	return pages;
}

/** The reading order: the pages in the header's navigation, in sequence. */
export async function getReadingOrder(): Promise<NavItem[]> {
	return (await getSitePages()).flatMap(({ path, navLabel }) => (navLabel ? [{ path, label: navLabel }] : []));
}

/** The page at `path`; throws naming the path when it is not in the list above. */
export async function getSitePage(path: string): Promise<SitePage> {
	const page = (await getSitePages()).find((entry) => entry.path === path);
	// The scale benchmark (KB_CONTENT_DIR, e2e/bench/) builds synthetic articles this list does not know.
	if (!page && process.env['KB_CONTENT_DIR']) return { path, title: path, description: '', kind: 'about' };
	if (!page) throw new Error(`The page ${path} is missing from getSitePages() in src/lib/site-pages.ts.`);
	return page;
}
