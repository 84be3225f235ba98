/** Reading order, previous/next links and breadcrumbs: pure functions over pages with ids. */

/** What navigation needs of a page. */
export interface NavPage {
	id: string;
	/** Page ids between the home page and this one. */
	parents: readonly string[];
}

/** The pages before and after `id` in the reading order (undefined at either end or outside it). */
export function neighbours<T extends { id: string }>(order: readonly T[], id: string): { prev?: T; next?: T } {
	const index = order.findIndex((item) => item.id === id);
	if (index === -1) return {};
	const prev = order[index - 1];
	const next = order[index + 1];
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The trail from the home page to `page`, through its parents; the last crumb is the page itself. */
export function breadcrumbs<T extends NavPage>(page: T, pageById: (id: string) => T, homeId = 'home'): T[] {
	if (page.id === homeId) return [page];
	return [pageById(homeId), ...page.parents.filter((id) => id !== homeId).map(pageById), page];
}
