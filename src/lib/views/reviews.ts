/**
 * When a page was last reviewed against the source article. Every entry of the content carries
 * the day it was reviewed (`reviewed:` in its facts); a page shows many entries (its own words,
 * the questions of a list, the rows of the comparison), and its date is the earliest of them: on
 * that day or later every part of the page was read against the article. A later review of one
 * part does not move the page's date until every part has had one (docs/changes.md).
 */
import { getDifferences, getGuideFactors, getRoles, getScenarios, proseOf } from '../content/collections';
import { proseUses, type ProseContext } from './prose';
import { pageBodies } from './sections';
import { shown, type ShownEntry } from './shown';

export type { ShownEntry };
export { formatDate } from './dates';

/** The templates whose pages say when they were reviewed: every page with content from the article. */
const REVIEWED_TEMPLATES: ReadonlySet<string> = new Set(['prose', 'role', 'scenario', 'answer']);

/**
 * Every entry a page shows, its own first, each once: the registry entry whose words it is (or
 * whose family it belongs to), the role or worked example it is about and what its template shows
 * of other entries, and what the prose components in its words declare they show.
 */
export async function pageEntries(context: ProseContext): Promise<ShownEntry[]> {
	const { page, locale } = context;
	const entries: ShownEntry[] = [{ entry: `pages/${page.entry.id}`, reviewed: page.entry.reviewed }];
	switch (page.entry.template) {
		case 'role': {
			const role = (await getRoles(locale)).filter((candidate) => candidate.id === page.member);
			// A role page shows its role and the comparison's focus row (the "Focus" section).
			const focus = (await getDifferences(locale)).filter((row) => row.id === 'focus');
			entries.push(...shown('roles', role), ...shown('differences', focus));
			break;
		}
		case 'scenario': {
			const scenario = (await getScenarios(locale)).filter((candidate) => candidate.id === page.member);
			// A worked example shows its answers' words and the recommender's reasons: the guide's.
			entries.push(...shown('scenarios', scenario), ...shown('guide', await getGuideFactors(locale)));
			break;
		}
		case 'answer':
			entries.push(...shown('guide', await getGuideFactors(locale)));
			break;
	}
	for (const words of await pageBodies(page)) {
		for (const { component, props } of proseUses(proseOf(words))) {
			entries.push(...((await component.shows?.(context, props)) ?? []));
		}
	}
	const seen = new Set<string>();
	return entries.filter(({ entry }) => !seen.has(entry) && (seen.add(entry), true));
}

/** The earliest review date of the entries (`YYYY-MM-DD`), or undefined for none. */
export function earliestReview(entries: readonly ShownEntry[]): string | undefined {
	return entries.reduce<string | undefined>(
		(earliest, { reviewed }) => (earliest === undefined || reviewed < earliest ? reviewed : earliest),
		undefined,
	);
}

/** When a page was last reviewed against the article as a whole, or undefined for a page without content of its own (search, the embed, not found). */
export async function pageReviewed(context: ProseContext): Promise<string | undefined> {
	return REVIEWED_TEMPLATES.has(context.page.entry.template) ? earliestReview(await pageEntries(context)) : undefined;
}
