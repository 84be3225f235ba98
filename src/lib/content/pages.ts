/**
 * The page registry, resolved: every page of the site in one language, in reading order, with the
 * words and paths its views need. `content/pages/registry.yaml` lists the pages once; routes,
 * navigation, breadcrumbs, previous/next, the sitemap, `llms.txt`, `llms-full.txt`, the preview
 * images and search read this list. Links between pages name a page id (`guide#goals`), never a
 * path, so every language gets its own addresses from the same content.
 */
import { joinBase } from '../domain/base';
import {
	assertContentIntegrity,
	getFaq,
	getGlossary,
	getPageEntries,
	getPageWords,
	getRecommenderFactors,
	getRoles,
	getScenarios,
	type PageEntry,
	type PageWords,
} from './collections';
import { LOCALES, translator, uiStrings, type Locale } from '../domain/i18n';
import { allAnswers, answersId, recommendRole, type Answers } from '../domain/recommend';
import { companyLine, describeResult, type ViewFactor } from '../domain/result-card';
import { breadcrumbs } from '../domain/nav';
import { faqListGroups, faqProblems } from '../domain/faq';
import { pageLinkProblems, splitTarget } from '../domain/page-links';

/** What sort of page it is: the search filter's kinds, plus the pages search leaves out. */
export type PageKind = PageEntry['kind'];

/** One page of the site in one language. */
export interface SitePage {
	/** The registry id, or `<family>/<member>` for one page of many (`roles/cio`). */
	id: string;
	/** The registry entry it comes from. */
	entry: PageEntry;
	/** For one page of many: the role's or the worked example's id, or the answers' (`large-service-efficiency`). */
	member?: string | undefined;
	/** For an answer page: the answers it shows the recommender's result for. */
	answers?: Answers | undefined;
	locale: Locale;
	/** Site path without the base, e.g. `/roles/cio/`. */
	path: string;
	/** The page's main heading. */
	title: string;
	/** Its meta description, one sentence or two. */
	description: string;
	/** Its label in navigation and breadcrumbs. */
	navLabel: string;
	/** Words readers search with for what the page explains: indexed for search, never shown. */
	searchTerms: string[];
	/** The words file of a prose, search, not-found or embed page. */
	words?: PageWords | undefined;
	/** Page ids between the home page and this one, for the breadcrumbs. */
	parents: string[];
	/** Every language's version of this page, this one included. */
	alternates: Array<{ locale: Locale; path: string }>;
}

/** The site in one language: its pages and the links between them. */
export interface Site {
	locale: Locale;
	/** Every page, in reading order. */
	pages: SitePage[];
	/** The pages in the header's navigation, in order (roles once each). */
	nav: SitePage[];
	/** The page with this id; throws naming the id when there is none. */
	page(id: string): SitePage;
	/** The page served at a site path, if any. */
	pageAt(path: string): SitePage | undefined;
	/** The site path (without base) of a page id with an optional `#section` or `?query`. */
	pathOf(target: string): string;
	/** The URL of a page id with an optional `#section` or `?query`, base path applied. */
	href(target: string): string;
	/** The URL of a file of the site (`/favicon.svg`, `/pagefind/`), base path applied. */
	file(path: string): string;
	/** The site path of a file each language has its own of (`llms.txt`: `/llms.txt`, `/de/llms.txt`). */
	localPath(name: string): string;
	/** The breadcrumb trail of a page: home, its parents, the page. */
	trail(page: SitePage): SitePage[];
}

/** Every combination of the recommender's answers as one page each: id, title and description. */
function answerMembers(locale: Locale, factors: readonly ViewFactor[]) {
	const t = translator(locale);
	const words = uiStrings(locale);
	return allAnswers(factors).map((answers) => {
		const result = recommendRole(factors, answers)!;
		// The answer in words, and the company the answers describe: the page's heading and the
		// line under it, and together its title, so a shared link reads as the answer itself.
		const { headline } = describeResult(result, words);
		const company = companyLine(factors, answers, words);
		return {
			id: answersId(factors, answers),
			title: t('recommend.page.title', { answer: headline, company }),
			description: t('recommend.page.description', { answer: headline, company }),
			navLabel: headline,
			searchTerms: [],
			answers,
		};
	});
}

/** Fills a family's path pattern for one member. */
function pathFor(pattern: string, member: string | undefined): string {
	return member === undefined ? pattern : pattern.replace('{id}', member);
}

let pagesByLocale: Promise<Map<Locale, SitePage[]>> | undefined;

/** Builds every language's page list once, checking the registry against the content. */
function allPages(): Promise<Map<Locale, SitePage[]>> {
	pagesByLocale ??= (async () => {
		await assertContentIntegrity();
		const [entries, pageWords] = await Promise.all([getPageEntries(), getPageWords()]);
		const problems: string[] = [];
		const result = new Map<Locale, SitePage[]>();
		for (const locale of LOCALES) {
			const t = translator(locale);
			const [roles, scenarios, factors] = await Promise.all([
				getRoles(locale),
				getScenarios(locale),
				getRecommenderFactors(locale),
			]);
			const pages: SitePage[] = [];
			for (const entry of entries) {
				const pattern = entry.paths[locale];
				if (!pattern) {
					problems.push(`content/pages/registry.yaml: page "${entry.id}" has no path for "${locale}".`);
					continue;
				}
				const base = {
					entry,
					locale,
					parents: entry.parent ? [entry.parent] : [],
					alternates: LOCALES.flatMap((other) =>
						entry.paths[other] ? [{ locale: other, path: entry.paths[other] }] : [],
					),
				};
				if (entry.each) {
					const members =
						entry.each === 'roles'
							? roles.map((role) => ({
									id: role.id,
									title: t('role.title', { title: role.title, acronym: role.acronym }),
									description: role.description,
									navLabel: role.acronym,
									searchTerms: role.searchTerms,
								}))
							: entry.each === 'scenarios'
								? scenarios.map(({ id, title, description, searchTerms }) => ({
										id,
										title,
										description,
										navLabel: title,
										searchTerms,
									}))
								: answerMembers(locale, factors);
					for (const member of members) {
						pages.push({
							...base,
							...member,
							id: `${entry.id}/${member.id}`,
							member: member.id,
							path: pathFor(pattern, member.id),
							alternates: base.alternates.map((alt) => ({ ...alt, path: pathFor(alt.path, member.id) })),
						});
					}
				} else {
					const wordsKey = `${locale}/${entry.words ?? entry.id}`;
					const words = pageWords.get(wordsKey);
					if (!words) {
						problems.push(`content/pages/${wordsKey}.mdx is missing (the words of page "${entry.id}").`);
						continue;
					}
					pages.push({
						...base,
						id: entry.id,
						path: pattern,
						title: words.data.title,
						description: words.data.description,
						navLabel: words.data.navLabel ?? words.data.title,
						searchTerms: words.data.searchTerms,
						words,
					});
				}
			}
			result.set(locale, pages);
		}
		const paths = [...result.values()].flat().map((page) => page.path);
		for (const path of new Set(paths.filter((path, index) => paths.indexOf(path) !== index))) {
			problems.push(`content/pages/registry.yaml: two pages share the address ${path}.`);
		}
		if (problems.length === 0) {
			// Links in the content name pages by id: each must name a page that exists.
			const ids = new Set(result.get(LOCALES[0])!.map((page) => page.id));
			for (const entry of entries) {
				for (const id of [entry.parent, entry.canonical, entry.oembed]) {
					if (id !== undefined && !ids.has(id)) {
						problems.push(`content/pages/registry.yaml: page "${entry.id}" names "${id}", which is not a page.`);
					}
				}
				const embed = entries.find((candidate) => candidate.id === entry.oembed);
				if (embed && embed.template !== 'embed') {
					problems.push(
						`content/pages/registry.yaml: page "${entry.id}": field "oembed" names "${embed.id}", which is not an embed page.`,
					);
				}
			}
			for (const locale of LOCALES) {
				const [localeRoles, scenarios] = await Promise.all([getRoles(locale), getScenarios(locale)]);
				const bodies = [
					...[...pageWords.values()].filter((words) => words.id.startsWith(`${locale}/`)),
					...localeRoles.map((role) => role.entry),
					...scenarios.map((scenario) => scenario.entry),
				];
				for (const words of bodies) {
					const faq = 'faq' in words.data ? words.data.faq : [];
					problems.push(...pageLinkProblems(words.filePath ?? words.id, words.body ?? '', faq, ids));
				}
				// Every question readers bring is shown on a page, and links to pages that exist.
				const shownGroups = new Set(bodies.flatMap((words) => faqListGroups(words.body ?? '')));
				problems.push(...faqProblems(await getFaq(locale), shownGroups, ids, (id) => `content/faq/${id}.yaml`));
				// Every glossary term says where it is used, on pages that exist.
				for (const term of await getGlossary(locale)) {
					for (const target of term.usedOn.filter((link) => !ids.has(splitTarget(link).id))) {
						problems.push(`content/glossary/${term.id}.yaml: field "usedOn" has "${target}", which names no page.`);
					}
				}
			}
		}
		if (problems.length > 0) {
			throw new Error(`Page registry problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
		}
		return result;
	})();
	return pagesByLocale;
}

/** Every page of every language, in reading order per language. */
export async function getAllPages(): Promise<SitePage[]> {
	return [...(await allPages()).values()].flat();
}

/** The site in one language, with links joined onto `base`. */
export async function getSite(locale: Locale, base: string): Promise<Site> {
	const pages = (await allPages()).get(locale) ?? [];
	const byId = new Map(pages.map((page) => [page.id, page]));
	const page = (id: string) => {
		const found = byId.get(id);
		if (!found) throw new Error(`There is no page "${id}" (see content/pages/registry.yaml).`);
		return found;
	};
	const pathOf = (target: string) => {
		const { id, suffix } = splitTarget(target);
		return `${page(id).path}${suffix}`;
	};
	return {
		locale,
		pages,
		nav: pages.filter((candidate) => candidate.entry.nav),
		page,
		pageAt(path) {
			const normalized = `${path.replace(/(?:index)?\.html$/, '').replace(/\/+$/, '')}/`;
			return pages.find((candidate) => candidate.path === normalized);
		},
		pathOf,
		href: (target) => joinBase(base, pathOf(target)),
		file: (path) => joinBase(base, path),
		localPath: (name) => `${page('home').path}${name}`,
		trail: (current) => breadcrumbs(current, page),
	};
}
