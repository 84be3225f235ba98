/** Reading order, previous/next links and breadcrumbs: pure functions over plain data. */

/** A page in the reading order. */
export interface NavItem {
	/** Site path without base, e.g. `/roles/cio/`. */
	path: string;
	/** Short label for navigation. */
	label: string;
}

/** The pages before and after `path` in the reading order (undefined at either end). */
export function neighbours(order: readonly NavItem[], path: string): { prev?: NavItem; next?: NavItem } {
	const index = order.findIndex((item) => item.path === path);
	if (index === -1) return {};
	const prev = order[index - 1];
	const next = order[index + 1];
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/**
 * The trail from the home page to `path`: one crumb per path segment that is a known page.
 * The last crumb is the page itself.
 */
export function breadcrumbs(path: string, labels: ReadonlyMap<string, string>, currentLabel: string): NavItem[] {
	const segments = path.split('/').filter(Boolean);
	const trail: NavItem[] = [];
	const home = labels.get('/');
	if (home !== undefined) trail.push({ path: '/', label: home });
	for (let i = 1; i < segments.length; i++) {
		const ancestor = `/${segments.slice(0, i).join('/')}/`;
		const label = labels.get(ancestor);
		if (label !== undefined) trail.push({ path: ancestor, label });
	}
	if (path !== '/') trail.push({ path, label: currentLabel });
	return trail;
}
