/**
 * The sections of a page, from data: its contents column (the words' own `##`/`###` headings with
 * the sections its prose components add, read from the MDX syntax tree, then the sections the
 * page's template adds), every id a link may name on it, and what a link to a section reads as.
 */
import { getRoles, getScenarios, proseOf, type Role, type Scenario, type WordsEntry } from '../content/collections';
import { allNodes, type MdxBody } from '../content/mdx';
import type { SitePage } from '../content/pages';
import { splitTarget } from '../domain/page-links';
import type { MarkdownContext } from './markdown';
import { proseUses, type ProseContext } from './prose';
import type { TocEntry } from './toc';

/** The contents of an MDX body: its `##` and `###` headings and its components' sections, in order. */
export async function proseContents(context: ProseContext, body: MdxBody): Promise<TocEntry[]> {
	const uses = new Map(proseUses(body).map((use) => [use.node, use]));
	const entries: TocEntry[] = [];
	for (const node of allNodes(body)) {
		if (node.kind === 'heading' && (node.depth === 2 || node.depth === 3) && node.id) {
			entries.push({ depth: node.depth, id: node.id, text: node.text });
		}
		const use = node.kind === 'element' ? uses.get(node) : undefined;
		if (use?.component.sections) entries.push(...(await use.component.sections(context, use.props)));
	}
	return entries;
}

/** The contents of a role's page: its introduction's sections, focus, responsibilities, compare. */
export async function roleContents(
	context: ProseContext,
	role: Role,
	counterpart: Role | undefined,
): Promise<TocEntry[]> {
	const { t } = context;
	return [
		...(await proseContents(context, proseOf(role.entry))),
		{ depth: 2, id: 'focus', text: t('role.focus', { focus: role.focus }) },
		{ depth: 2, id: 'responsibilities', text: t('role.responsibilities') },
		...role.responsibilities.map((item) => ({ depth: 3 as const, id: item.id, text: item.title })),
		...(counterpart
			? [{ depth: 2 as const, id: 'compare', text: t('role.compare', { role: counterpart.acronym }) }]
			: []),
	];
}

/** The contents of a worked example's page: its narrative's sections, its answers, the result, its variants. */
export async function scenarioContents(context: ProseContext, scenario: Scenario): Promise<TocEntry[]> {
	const { t } = context;
	return [
		...(await proseContents(context, proseOf(scenario.entry))),
		{ depth: 2, id: 'answers', text: t('scenario.answers') },
		{ depth: 2, id: 'recommendation', text: t('scenario.result') },
		...(scenario.variants.length > 0 ? [{ depth: 2 as const, id: 'what-if', text: t('scenario.variants') }] : []),
	];
}

/** The words entries whose MDX a page shows, with the role or worked example it is about. */
export async function pageBodies(page: SitePage): Promise<WordsEntry[]> {
	if (page.entry.template === 'role') {
		const role = (await getRoles(page.locale)).find((candidate) => candidate.id === page.member);
		return role ? [role.entry] : [];
	}
	if (page.entry.template === 'scenario') {
		const scenario = (await getScenarios(page.locale)).find((candidate) => candidate.id === page.member);
		return scenario ? [scenario.entry] : [];
	}
	return page.words && ['prose', 'search', 'not-found'].includes(page.entry.template) ? [page.words] : [];
}

/** The contents column of any page: what its template and its words add, in order. */
export async function pageContents(context: ProseContext): Promise<TocEntry[]> {
	const { page } = context;
	if (page.entry.template === 'role') {
		const roles = await getRoles(page.locale);
		const role = roles.find((candidate) => candidate.id === page.member)!;
		return roleContents(
			context,
			role,
			roles.find((candidate) => candidate.id === role.counterpart)!,
		);
	}
	if (page.entry.template === 'scenario') {
		return scenarioContents(
			context,
			(await getScenarios(page.locale)).find((item) => item.id === page.member)!,
		);
	}
	const [words] = await pageBodies(page);
	return words ? proseContents(context, proseOf(words)) : [];
}

/** Every id on a page that a link may name: its sections and the further anchors of its components. */
export async function pageAnchors(context: ProseContext): Promise<Set<string>> {
	const ids = new Set((await pageContents(context)).map((entry) => entry.id));
	for (const words of await pageBodies(context.page)) {
		const body = proseOf(words);
		for (const node of allNodes(body)) if (node.kind === 'heading' && node.id) ids.add(node.id);
		for (const { component, props } of proseUses(body)) {
			for (const id of (await component.anchors?.(context, props)) ?? []) ids.add(id);
		}
	}
	return ids;
}

/**
 * What a link to a page id reads as: the page's label, and for a section the section's title too
 * ("Guide: Company size"). A section the contents column does not list is named by its page.
 */
export async function linkLabels(context: MarkdownContext, targets: readonly string[]): Promise<Map<string, string>> {
	const { site, t } = context;
	const labels = new Map<string, string>();
	for (const target of new Set(targets)) {
		const { id, suffix } = splitTarget(target);
		const page = site.page(id);
		const section = suffix.startsWith('#')
			? (await pageContents({ ...context, page })).find((entry) => entry.id === suffix.slice(1))
			: undefined;
		labels.set(target, section ? t('link.section', { page: page.navLabel, section: section.text }) : page.navLabel);
	}
	return labels;
}
