/**
 * The page registry, resolved: every page of the site in one language, in reading order, with the
 * words and paths its views need. `content/pages/registry.yaml` lists the pages once; routes,
 * navigation, breadcrumbs, previous/next, the sitemap, `llms.txt`, `llms-full.txt`, the preview
 * images and search read this list. Links between pages name a page id (`guide#goals`), never a
 * path, so every language gets its own addresses from the same content.
 */
import { joinBase } from '../domain/base';
import { formatProblems, type Problem } from '../domain/problems';
import { collectionProblems } from './checks';
import {
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
import { answersSlug, companyLine, decisionCell, describeResult, type ViewFactor } from '../domain/result-card';
import { breadcrumbs } from '../domain/nav';
import { splitTarget } from '../domain/page-links';

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
	/** The page's main heading, and its title. */
	title: string;
	/** The main heading where it says less than the title (an answer page: the answer; its title adds the company). */
	heading?: string | undefined;
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

/** One page of a family (a role, a worked example, an answer) in one language. */
interface Member {
	/** Language-neutral: the page's id is `<family>/<id>`. */
	id: string;
	/** The last part of its address in this language (`{id}` of the family's path). */
	slug: string;
	title: string;
	heading?: string | undefined;
	description: string;
	navLabel: string;
	searchTerms: string[];
	answers?: Answers | undefined;
}

/** Every combination of the recommender's answers as one page each: id, slug, title and description. */
function answerMembers(locale: Locale, factors: readonly ViewFactor[]): Member[] {
	const t = translator(locale);
	const words = uiStrings(locale);
	return allAnswers(factors).map((answers) => {
		const result = recommendRole(factors, answers)!;
		// The answer in words, and the company the answers describe: the page's heading and the
		// line under it, and together its description, so a shared link reads as the answer itself.
		// Its title is the short form, as the grid's cell and column heads say it: a title a search
		// engine or a browser tab shows whole.
		const { headline } = describeResult(result, words);
		const company = companyLine(factors, answers, words);
		const shortAnswers = Object.fromEntries(
			factors.map((factor) => [
				factor.param,
				factor.options.find((option) => option.id === answers[factor.param])?.short ?? '',
			]),
		);
		return {
			id: answersId(factors, answers),
			slug: answersSlug(factors, answers),
			title: t('recommend.page.title', { answer: decisionCell(result, words), ...shortAnswers }),
			heading: headline,
			description: t('recommend.page.description', { answer: headline, company }),
			navLabel: headline,
			searchTerms: [],
			answers,
		};
	});
}

/** Fills a family's path pattern for one member's slug. */
function pathFor(pattern: string, slug: string): string {
	return pattern.replace('{id}', slug);
}

/** Every language's pages, and what is wrong with the registry. */
export interface LoadedPages {
	byLocale: Map<Locale, SitePage[]>;
	problems: Problem[];
}

const REGISTRY = 'content/pages/registry.yaml';

let loaded: Promise<LoadedPages> | undefined;

/**
 * Builds every language's page list once from the registry and the content, with every problem of
 * the registry; a page that cannot be built is left out and named. Use `getAllPages` or `getSite`,
 * which refuse to go on when the content has a problem; the content check reads this directly.
 */
export function loadPages(): Promise<LoadedPages> {
	loaded ??= (async () => {
		const [entries, pageWords] = await Promise.all([getPageEntries(), getPageWords()]);
		const problems: Problem[] = [];
		const result = new Map<Locale, SitePage[]>();
		// Each language's members of every family first: a page's alternates need the other
		// languages' slugs for the same member.
		const members = new Map<Locale, Map<string, Member[]>>();
		for (const locale of LOCALES) {
			const t = translator(locale);
			const [roles, scenarios, factors] = await Promise.all([
				getRoles(locale),
				getScenarios(locale),
				getRecommenderFactors(locale),
			]);
			const families = new Map<string, Member[]>([
				[
					'roles',
					roles.map((role) => ({
						id: role.id,
						slug: role.id,
						title: t('role.title', { title: role.title, acronym: role.acronym }),
						description: role.description,
						navLabel: role.acronym,
						searchTerms: role.searchTerms,
					})),
				],
				[
					'scenarios',
					scenarios.map(({ id, slug, title, description, searchTerms }) => ({
						id,
						slug,
						title,
						description,
						navLabel: title,
						searchTerms,
					})),
				],
				['answers', answerMembers(locale, factors)],
			]);
			members.set(locale, families);
		}
		const slugOf = (locale: Locale, family: string, id: string) =>
			members
				.get(locale)
				?.get(family)
				?.find((member) => member.id === id)?.slug;
		for (const locale of LOCALES) {
			const pages: SitePage[] = [];
			for (const entry of entries) {
				const pattern = entry.paths[locale];
				if (!pattern) {
					problems.push({
						file: REGISTRY,
						field: `${entry.id}.paths.${locale}`,
						message: `page "${entry.id}" has no address in "${locale}"`,
					});
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
					for (const { slug, ...member } of members.get(locale)?.get(entry.each) ?? []) {
						pages.push({
							...base,
							...member,
							id: `${entry.id}/${member.id}`,
							member: member.id,
							path: pathFor(pattern, slug),
							// A language without words for this member has no page for it.
							alternates: base.alternates.flatMap((alt) => {
								const slug = slugOf(alt.locale, entry.each!, member.id);
								return slug === undefined ? [] : [{ ...alt, path: pathFor(alt.path, slug) }];
							}),
						});
					}
				} else {
					const wordsKey = `${locale}/${entry.words ?? entry.id}`;
					const words = pageWords.get(wordsKey);
					if (!words) {
						problems.push({
							file: `content/pages/${wordsKey}.mdx`,
							message: `is missing: the words of page "${entry.id}" in "${locale}"`,
						});
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
			problems.push({ file: REGISTRY, field: 'paths', message: `two pages share the address ${path}` });
		}
		// The registry names pages by id: each must name a page that exists.
		const ids = new Set(entries.map((entry) => entry.id));
		for (const entry of entries) {
			for (const field of ['parent', 'canonical', 'oembed'] as const) {
				const id = entry[field];
				if (id !== undefined && !ids.has(id)) {
					problems.push({
						file: REGISTRY,
						field: `${entry.id}.${field}`,
						message: `names "${id}", which is not a page`,
					});
				}
			}
			const embed = entries.find((candidate) => candidate.id === entry.oembed);
			if (embed && embed.template !== 'embed') {
				problems.push({
					file: REGISTRY,
					field: `${entry.id}.oembed`,
					message: `names "${embed.id}", which is not an embed page`,
				});
			}
		}
		return { byLocale: result, problems };
	})();
	return loaded;
}

let checked: Promise<Map<Locale, SitePage[]>> | undefined;

/** Every language's pages, once the collections and the registry are sound: a build never goes on without. */
function allPages(): Promise<Map<Locale, SitePage[]>> {
	checked ??= (async () => {
		const [collection, { byLocale, problems }] = await Promise.all([collectionProblems(), loadPages()]);
		const message = formatProblems([...collection, ...problems]);
		if (message) throw new Error(message);
		return byLocale;
	})();
	return checked;
}

/** Every page of every language, in reading order per language. */
export async function getAllPages(): Promise<SitePage[]> {
	return [...(await allPages()).values()].flat();
}

/** The site in one language, with links joined onto `base`. */
export async function getSite(locale: Locale, base: string): Promise<Site> {
	return siteOf((await allPages()).get(locale) ?? [], locale, base);
}

/** A language's site from its pages: links by page id, joined onto `base`. */
export function siteOf(pages: SitePage[], locale: Locale, base: string): Site {
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
