/**
 * Every internal URL is built here, so the site works at a domain root and under a sub-path
 * (`BASE_PATH=/kb/`) alike. Pages and components never write `href="/..."` by hand.
 */

/** Normalises a base path to the form `/` or `/kb/`. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Joins a site path such as `/roles/cio/` or `roles/cio/#focus` onto a base. Page paths get a
 * trailing slash (the site's URL style); file paths such as `/robots.txt` keep theirs.
 */
export function joinBase(base: string, path: string): string {
	const normalizedBase = normalizeBase(base);
	const match = /^([^?#]*)([?#].*)?$/.exec(path.trim());
	let pathname = (match?.[1] ?? '').replace(/^\/+/, '');
	const suffix = match?.[2] ?? '';
	const lastSegment = pathname.split('/').pop() ?? '';
	if (pathname !== '' && !pathname.endsWith('/') && !lastSegment.includes('.')) pathname += '/';
	return `${normalizedBase}${pathname}${suffix}`;
}

const BASE = normalizeBase(import.meta.env.BASE_URL);

/** The site's own URL for a path, with the deployment's base path applied. */
export function url(path: string): string {
	return joinBase(BASE, path);
}

/** Removes the base path from a pathname, giving the site path (`/kb/roles/` -> `/roles/`). */
export function stripBase(pathname: string, base: string = BASE): string {
	const normalizedBase = normalizeBase(base);
	if (normalizedBase !== '/' && pathname.startsWith(normalizedBase)) {
		return `/${pathname.slice(normalizedBase.length)}`;
	}
	return pathname;
}

/** Site paths of the pages, in one place. */
export const paths = {
	home: '/',
	role: (id: string) => `/roles/${id}/`,
	differences: '/differences/',
	guide: '/guide/',
	about: '/about/',
	// Recommender (issue 3) and its embeddable variant (issue 5).
	recommend: '/recommend/',
	scenario: (id: string) => `/guide/scenarios/${id}/`,
	embedRecommender: '/embed/recommender/',
} as const;
