/**
 * The rules that keep review dates and the changelog honest, as pure functions over dates
 * (`YYYY-MM-DD`, which compare as text). The content check (`src/lib/build/content-check.ts`)
 * feeds them the content and, where the checkout has its history, the day each file last changed
 * (`src/lib/build/content-history.ts`). See docs/changes.md.
 */
import type { Problem } from './problems';

/** A date of the content with where it is written. */
export interface WrittenDate {
	file: string;
	field: string;
	date: string;
}

/**
 * Dates no one can have written honestly: after `today` (a day's grace for time zones) or before
 * `earliest` (the article's copyright year: nothing was reviewed against it before it existed).
 */
export function implausibleDates(dates: readonly WrittenDate[], today: string, earliest: string): Problem[] {
	const latest = nextDay(today);
	return dates.flatMap(({ file, field, date }) =>
		date > latest
			? [{ file, field, message: `${date} is in the future (today is ${today}): write the day it happened` }]
			: date < earliest
				? [{ file, field, message: `${date} is before the article existed (${earliest.slice(0, 4)})` }]
				: [],
	);
}

/** The day after a date. */
export function nextDay(date: string): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
}

/** An entry of the content as the changelog rule sees it. */
export interface TrackedEntry {
	/** `<collection>/<id>`, or `pages/<id>` for a page's own words. */
	entry: string;
	/** Where its review date is written, for the problem. */
	file: string;
	field: string;
	/** When it was last reviewed against the article. */
	reviewed: string;
	/** The last day its facts or words changed, other than its review date; undefined when unknown. */
	changed?: string | undefined;
	/** The pages that show it, by page id. */
	pages: readonly string[];
}

/** A change of the changelog: its day and the pages it names (page ids, or a family's id for all its pages). */
export interface LoggedChange {
	date: string;
	pages: readonly string[];
}

/** Whether a changelog entry naming `named` (a page id or a family's id) concerns the page `page`. */
export const namesPage = (named: string, page: string): boolean => named === page || page.startsWith(`${named}/`);

/**
 * Entries that changed after their last review without a word to readers: each needs a changelog
 * entry dated on or after the change that names a page showing it, or a new review (a `reviewed`
 * date on or after the change). A page id a change names counts for the pages of its family.
 */
export function unloggedChanges(entries: readonly TrackedEntry[], changes: readonly LoggedChange[]): Problem[] {
	return entries.flatMap(({ entry, file, field, reviewed, changed, pages }) => {
		if (changed === undefined || changed <= reviewed) return [];
		const logged = changes.some(
			(change) => change.date >= changed && change.pages.some((named) => pages.some((page) => namesPage(named, page))),
		);
		if (logged) return [];
		const where = pages.length > 0 ? pages.join(', ') : '(no page shows it)';
		return [
			{
				file,
				field,
				message:
					`${entry} changed on ${changed}, after its review on ${reviewed}, and no entry of content/changes/ ` +
					`dated ${changed} or later names a page that shows it (${where}): add one that says what changed, ` +
					`or review it against the article again and set reviewed: ${changed}`,
			},
		];
	});
}
