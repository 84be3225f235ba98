/**
 * The deployment's base path (`BASE_PATH`, e.g. `/kb/`): the one place that normalises it, joins
 * site paths onto it and strips it off, so the site works at a domain root and under a sub-path
 * alike. Pure and free of `import.meta.env`, so the site, Node scripts, the build integrations and
 * the Playwright config all import it.
 */

/** Normalises a base path to the form `/` or `/kb/`. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed.replace(/\/{2,}/g, '/')}/`;
}

/** The base path of this build or test run: `BASE_PATH` from the environment, normalised. */
export function configuredBase(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return normalizeBase(env['BASE_PATH']);
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

/** Removes the base from a pathname, giving the site path (`/kb/roles/` -> `/roles/`). */
export function stripBase(pathname: string, base: string): string {
	const normalizedBase = normalizeBase(base);
	if (normalizedBase !== '/' && pathname.startsWith(normalizedBase)) return `/${pathname.slice(normalizedBase.length)}`;
	if (normalizedBase !== '/' && `${pathname}/` === normalizedBase) return '/';
	return pathname;
}
