/** The sections of a page: its table of contents, with the sections its data components add. */
import { getDifferences, getGuideFactors, getRoles, render, type Role } from '../content/collections';
import type { Locale, Translate } from '../domain/i18n';
import { splitTarget } from '../domain/page-links';
import type { Site, SitePage } from '../content/pages';
import { outline, tableOfContents, type MarkdownHeading, type TocEntry } from './toc';
import { comparisonSections, guideSections } from './views';

/** The table of contents of an MDX body in one language, its components' sections included. */
export async function bodyContents(
	locale: Locale,
	body: string | undefined,
	headings: readonly MarkdownHeading[],
): Promise<TocEntry[]> {
	const [factors, differences] = await Promise.all([getGuideFactors(locale), getDifferences(locale)]);
	return tableOfContents(outline(body ?? ''), headings, {
		GuideFactors: guideSections(factors),
		ComparisonTable: comparisonSections(differences),
	});
}

/** The table of contents of a role's page: its introduction's headings, focus, responsibilities, compare. */
export async function roleContents(locale: Locale, t: Translate, role: Role, counterpart: Role): Promise<TocEntry[]> {
	const { headings } = await render(role.entry);
	return [
		...(await bodyContents(locale, role.entry.body, headings)),
		{ depth: 2, id: 'focus', text: t('role.focus', { focus: role.focus }) },
		{ depth: 2, id: 'responsibilities', text: t('role.responsibilities') },
		...role.responsibilities.map((item) => ({ depth: 3 as const, id: item.id, text: item.title })),
		{ depth: 2, id: 'compare', text: t('role.compare', { role: counterpart.acronym }) },
	];
}

/**
 * The sections of a prose or role page, as its table of contents lists them; for other pages
 * their words' own headings.
 */
async function pageContents(page: SitePage, t: Translate): Promise<TocEntry[]> {
	if (page.entry.template === 'role') {
		const roles = await getRoles(page.locale);
		const role = roles.find((candidate) => candidate.id === page.member)!;
		return roleContents(
			page.locale,
			t,
			role,
			roles.find((candidate) => candidate.id === role.counterpart)!,
		);
	}
	if (!page.words) return [];
	const { headings } = await render(page.words);
	return bodyContents(page.locale, page.words.body, headings);
}

/**
 * What a link to a page id reads as: the page's label, and for a section the section's title too
 * ("Guide: Company size"). A section the table of contents does not list is named by its page.
 */
export async function linkLabels(site: Site, t: Translate, targets: readonly string[]): Promise<Map<string, string>> {
	const labels = new Map<string, string>();
	for (const target of new Set(targets)) {
		const { id, suffix } = splitTarget(target);
		const page = site.page(id);
		const section = suffix.startsWith('#')
			? (await pageContents(page, t)).find((entry) => entry.id === suffix.slice(1))
			: undefined;
		labels.set(target, section ? t('link.section', { page: page.navLabel, section: section.text }) : page.navLabel);
	}
	return labels;
}
