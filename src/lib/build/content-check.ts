/**
 * The one content check. Every route's `getStaticPaths` starts from it (`routes.ts`), so a build
 * with broken content stops before a page is written and prints every problem at once, each with
 * its file and field: the collections' own problems (`content/checks.ts`), the registry's
 * (`content/pages.ts`), and the prose's: MDX that cannot be read, components that do not exist or
 * are given wrong attributes (checked against their declarations in `views/prose.ts`), and links
 * to pages or sections that do not exist, in words files and in facts alike.
 */
import { proseOf, getFaq, getGlossary, type WordsEntry } from '../content/collections';
import { collectionProblems } from '../content/checks';
import { allNodes, isComponent, type MdxElement } from '../content/mdx';
import { loadPages, siteOf, type LoadedPages, type SitePage } from '../content/pages';
import { LOCALES, translator, type Locale } from '../domain/i18n';
import { splitTarget } from '../domain/page-links';
import { formatProblems, type Problem } from '../domain/problems';
import { PROSE, isProseName, proseComponent, type ProseContext } from '../views/prose';
import { pageAnchors, pageBodies } from '../views/sections';

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

/** Every problem of the content: the collections', the registry's and the prose's. */
export async function contentProblems(): Promise<Problem[]> {
	const [collection, loaded] = await Promise.all([collectionProblems(), loadPages()]);
	return [...collection, ...loaded.problems, ...(await proseProblems(loaded))];
}

let asserted: Promise<void> | undefined;

/** Fails the build, naming every problem with its file and field, when the content has any. */
export function assertContent(): Promise<void> {
	asserted ??= contentProblems().then((problems) => {
		const message = formatProblems(problems);
		if (message) throw new Error(message);
	});
	return asserted;
}
