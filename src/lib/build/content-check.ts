/**
 * The one content check. Every route's `getStaticPaths` starts from it (`routes.ts`), so a build
 * with broken content stops before a page is written and prints every problem at once, each with
 * its file and field: the collections' own problems (`content/checks.ts`), the registry's
 * (`content/pages.ts`), and the prose's: MDX that cannot be read, components that do not exist or
 * are given wrong attributes (checked against their declarations in `views/prose.ts`), and links
 * to pages or sections that do not exist, in words files and in facts alike.
 */
import { getChanges, proseOf, getFaq, getGlossary, type WordsEntry } from '../content/collections';
import { collectionProblems } from '../content/checks';
import { allNodes, isComponent, type MdxElement } from '../content/mdx';
import { loadPages, siteOf, type LoadedPages, type SitePage } from '../content/pages';
import { LOCALES, translator, type Locale } from '../domain/i18n';
import { splitTarget } from '../domain/page-links';
import { formatProblems, type Problem } from '../domain/problems';
import { PROSE, isProseName, proseComponent, type ProseContext } from '../views/prose';
import { pageAnchors, pageBodies } from '../views/sections';
import { pageEntries } from '../views/reviews';
import { unloggedChanges, type TrackedEntry } from '../domain/changes';
import { readContentHistory } from './content-history';

/** Where a component stands, for a problem's field: `<FaqList> on line 12`. */
const at = (node: MdxElement, attribute?: string) =>
	`<${node.name}${attribute ? ` ${attribute}` : ''}> on line ${node.line}`;

/**
 * Checks links to pages and sections of one language: the page must exist, the section be on it.
 * A page another language has is missing here for a reason already named (its words), so links to
 * it are not named again.
 */
function linkChecker(
	pages: readonly SitePage[],
	elsewhere: ReadonlySet<string>,
	context: (page: SitePage) => ProseContext,
) {
	const anchors = new Map<string, Promise<Set<string>>>();
	const byId = new Map(pages.map((page) => [page.id, page]));
	return async (target: string): Promise<string | undefined> => {
		const { id, suffix } = splitTarget(target);
		const page = byId.get(id);
		if (!page && elsewhere.has(id)) return undefined;
		if (!page) return `"${target}" names no page (a page id such as guide, roles/cio or guide#goals)`;
		if (!suffix.startsWith('#')) return undefined;
		let ids = anchors.get(id);
		if (!ids) anchors.set(id, (ids = pageAnchors(context(page))));
		const section = suffix.slice(1);
		try {
			return (await ids).has(section) ? undefined : `"${target}": the page "${id}" has no section "#${section}"`;
		} catch (error) {
			return `"${target}": the sections of "${id}" cannot be read (${(error as Error).message})`;
		}
	};
}

/** The problems of one words file's prose: what cannot be read, unknown or misused components, broken links. */
async function bodyProblems(
	entry: WordsEntry,
	context: ProseContext,
	checkLink: (target: string) => Promise<string | undefined>,
): Promise<Problem[]> {
	const file = entry.filePath ?? `content/${entry.collection}/${entry.id}`;
	const body = proseOf(entry);
	const problems: Problem[] = body.problems.map((problem) => ({ file, ...problem }));
	for (const node of allNodes(body)) {
		if (!isComponent(node)) continue;
		if (!isProseName(node.name)) {
			problems.push({
				file,
				field: at(node),
				message: `is not a prose component; prose may use ${Object.keys(PROSE).join(', ')}`,
			});
			continue;
		}
		// An attribute that could not be read is named already; its schema has nothing to check.
		if (node.unreadable.length > 0) continue;
		const component = proseComponent(node.name);
		const parsed = component.props.safeParse(node.attributes);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const attribute = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
				problems.push({ file, field: at(node, attribute), message: issue.message });
			}
			continue;
		}
		if (component.children === 'none' && node.children.length + node.text.length > 0) {
			problems.push({ file, field: at(node), message: `wraps nothing: write it as <${node.name} />` });
		}
		for (const { attribute, message } of (await component.problems?.(context, parsed.data)) ?? []) {
			problems.push({ file, field: at(node, attribute), message });
		}
		for (const target of component.links?.(parsed.data) ?? []) {
			const problem = await checkLink(target);
			if (problem) problems.push({ file, field: at(node), message: problem });
		}
	}
	return problems;
}

/** The problems of one language's prose and of the links in its facts and words. */
async function languageProblems(locale: Locale, pages: SitePage[], elsewhere: ReadonlySet<string>): Promise<Problem[]> {
	const t = translator(locale);
	const site = siteOf(pages, locale, '/');
	const context = (page: SitePage): ProseContext => ({
		locale,
		t,
		site,
		deployment: { site: 'https://example.invalid/', base: '/' },
		page,
	});
	const checkLink = linkChecker(pages, elsewhere, context);
	const problems: Problem[] = [];
	const seen = new Set<string>();
	const shownGroups = new Set<string>();
	for (const page of pages) {
		for (const entry of await pageBodies(page)) {
			const key = `${entry.collection}/${entry.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			try {
				problems.push(...(await bodyProblems(entry, context(page), checkLink)));
			} catch (error) {
				problems.push({ file: entry.filePath ?? key, message: `could not be checked: ${(error as Error).message}` });
			}
			for (const node of allNodes(proseOf(entry))) {
				if (node.kind === 'element' && node.name === 'FaqList' && typeof node.attributes['group'] === 'string') {
					shownGroups.add(node.attributes['group']);
				}
			}
		}
		// A page's own questions (the `faq` field its <EntryPoints /> shows) link to pages that exist.
		for (const [index, item] of (page.words?.data.faq ?? []).entries()) {
			for (const target of item.links) {
				const problem = await checkLink(target);
				if (problem)
					problems.push({ file: page.words!.filePath ?? page.id, field: `faq[${index}].links`, message: problem });
			}
		}
	}
	for (const question of await getFaq(locale)) {
		const file = `content/faq/${question.id}.yaml`;
		if (!shownGroups.has(question.group)) {
			problems.push({
				file,
				field: 'group',
				message: `"${question.group}" is shown on no page (no <FaqList group="${question.group}" /> in ${locale})`,
			});
		}
		for (const target of question.links) {
			const problem = await checkLink(target);
			if (problem) problems.push({ file, field: 'links', message: problem });
		}
	}
	for (const term of await getGlossary(locale)) {
		for (const target of term.usedOn) {
			const problem = await checkLink(target);
			if (problem) problems.push({ file: `content/glossary/${term.id}.yaml`, field: 'usedOn', message: problem });
		}
	}
	return problems;
}

/** Every problem of the prose and of the links between pages, in every language. */
export async function proseProblems({ byLocale }: Pick<LoadedPages, 'byLocale'>): Promise<Problem[]> {
	const ids = new Set([...byLocale.values()].flat().map((page) => page.id));
	const problems = await Promise.all(
		LOCALES.map((locale) => languageProblems(locale, byLocale.get(locale) ?? [], ids)),
	);
	return problems.flat();
}

/** The content folder the build reads (as `src/content.config.ts` names it). */
const contentDir = () => (process.env['KB_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** The changelog's entries that name no page: each must name a page id or a family's id. */
async function changelogPageProblems({ byLocale }: Pick<LoadedPages, 'byLocale'>): Promise<Problem[]> {
	const pages = [...byLocale.values()].flat();
	const known = new Set([...pages.map((page) => page.id), ...pages.map((page) => page.entry.id)]);
	return (await getChanges(LOCALES[0])).flatMap((change) =>
		change.pages
			.filter((named) => !known.has(named))
			.map((named) => ({
				file: `content/changes/${change.id}.yaml`,
				field: 'pages',
				message: `"${named}" names no page (a page id such as faq or roles/cio, or a family such as roles)`,
			})),
	);
}

/**
 * Every entry of the content that a page shows, with the pages that show it and the files it is
 * written in (its facts and every language's words), for the changelog rule.
 */
async function trackedEntries({ byLocale }: Pick<LoadedPages, 'byLocale'>) {
	const tracked = new Map<string, TrackedEntry & { files: string[] }>();
	for (const locale of LOCALES) {
		const pages = byLocale.get(locale) ?? [];
		const site = siteOf(pages, locale, '/');
		const t = translator(locale);
		for (const page of pages) {
			const context: ProseContext = {
				locale,
				t,
				site,
				deployment: { site: 'https://example.invalid/', base: '/' },
				page,
			};
			for (const { entry, reviewed } of await pageEntries(context)) {
				let item = tracked.get(entry);
				if (!item) {
					const [collection, id] = entry.split('/') as [string, string];
					const own = collection === 'pages';
					item = {
						entry,
						file: own ? 'content/pages/registry.yaml' : `content/${collection}/${id}.yaml`,
						field: own ? `${id}.reviewed` : 'reviewed',
						reviewed,
						pages: [],
						files: own
							? LOCALES.map((lang) => `pages/${lang}/${page.entry.words ?? id}.mdx`)
							: [
									`${collection}/${id}.yaml`,
									...LOCALES.flatMap((lang) => [`${collection}/${lang}/${id}.yaml`, `${collection}/${lang}/${id}.mdx`]),
								],
					};
					tracked.set(entry, item);
				}
				if (!item.pages.includes(page.id)) (item.pages as string[]).push(page.id);
			}
		}
	}
	return [...tracked.values()];
}

/**
 * The changelog rule, where the checkout has its history: an entry that changed after its last
 * review needs a changelog entry dated on or after the change naming a page that shows it
 * (`domain/changes.ts`). Without the history it cannot run, and `skipped` says why.
 */
export async function changeLogProblems(
	loaded: Pick<LoadedPages, 'byLocale'>,
	{ dir = contentDir(), today = new Date().toISOString().slice(0, 10) } = {},
): Promise<{ problems: Problem[]; skipped?: string }> {
	const history = readContentHistory(dir, today);
	if ('unavailable' in history) return { problems: [], skipped: history.unavailable };
	const entries = (await trackedEntries(loaded)).map(({ files, ...entry }) => ({
		...entry,
		changed: files
			.map((file) => history.changed.get(file))
			.reduce<string | undefined>((latest, day) => (day && (!latest || day > latest) ? day : latest), undefined),
	}));
	const changes = await getChanges(LOCALES[0]);
	return { problems: unloggedChanges(entries, changes) };
}

/** Every problem of the content: the collections', the registry's, the prose's and the changelog's. */
export async function contentProblems({ history = true } = {}): Promise<Problem[]> {
	const [collection, loaded] = await Promise.all([collectionProblems(), loadPages()]);
	const problems = [
		...collection,
		...loaded.problems,
		...(await proseProblems(loaded)),
		...(await changelogPageProblems(loaded)),
	];
	// The changelog rule compares review dates with the history: only once the content is sound.
	if (history && problems.length === 0) {
		const { problems: unlogged, skipped } = await changeLogProblems(loaded);
		if (skipped) console.warn(`[kb-content] The changelog rule did not run: ${skipped}. See docs/changes.md.`);
		problems.push(...unlogged);
	}
	return problems;
}

let asserted: Promise<void> | undefined;

/**
 * Fails the build, naming every problem with its file and field, when the content has any. The
 * dev server leaves out the changelog rule: an edit in progress is not yet a change to log.
 */
export function assertContent(): Promise<void> {
	asserted ??= contentProblems({ history: !import.meta.env.DEV }).then((problems) => {
		const message = formatProblems(problems);
		if (message) throw new Error(message);
	});
	return asserted;
}
