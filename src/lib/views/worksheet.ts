/**
 * The who-decides-what worksheet, computed once for the page and for `llms-full.txt`: one row for
 * every responsibility the article gives each role, with that role as the article's owner, then
 * one row for every area where the article says both roles might be involved.
 */
import type { Overlap, Role } from '../content/collections';

/** Who the article gives an area to: a role (by id and acronym), or both roles. */
export type WorksheetOwner = { role: string; acronym: string } | 'shared';

/** One row of the worksheet; the column for the reader's own answer is left empty. */
export interface WorksheetRow {
	/** The responsibility's or the overlap's id. */
	id: string;
	/** The area: the article's heading for a responsibility, the site's name for an overlap. */
	area: string;
	owner: WorksheetOwner;
	/** The question a leadership team answers (the site's). */
	question: string;
}

/** The worksheet's rows: each role's responsibilities in the roles' order, then the overlaps. */
export function worksheetRows(
	roles: ReadonlyArray<Pick<Role, 'id' | 'acronym' | 'responsibilities'>>,
	overlaps: ReadonlyArray<Pick<Overlap, 'id' | 'title' | 'question'>>,
): WorksheetRow[] {
	return [
		...roles.flatMap((role) =>
			role.responsibilities.map((item) => ({
				id: item.id,
				area: item.title,
				owner: { role: role.id, acronym: role.acronym },
				question: item.question,
			})),
		),
		...overlaps.map((overlap) => ({
			id: overlap.id,
			area: overlap.title,
			owner: 'shared' as const,
			question: overlap.question,
		})),
	];
}
