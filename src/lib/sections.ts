/** The sections the data components of an MDX body add to its page, by component name. */
import { getDifferences, getGuideFactors } from './content';
import type { Locale } from './i18n';
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
