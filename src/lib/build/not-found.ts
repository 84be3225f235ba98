/**
 * Where a language's not-found page goes in the build: static hosts serve `404.html` for a missing
 * address (Cloudflare Pages the nearest one up the address's folders), so the page at `/de/404/`
 * is written as `de/404.html`, as Astro writes `/404/` as `404.html`.
 */
import { readBuiltPage } from './built-html';

/** The file a not-found page built at `file` (`de/404/index.html`) belongs in (`de/404.html`); undefined at the top. */
export function notFoundFile(file: string): string | undefined {
	const match = /^(.+)\/index\.html$/.exec(file);
	return match ? `${match[1]}.html` : undefined;
}

/** Whether a built page is a not-found page (`<main data-template="not-found">`). */
export function isNotFoundPage(html: string): boolean {
	// Most pages are not: the attribute's absence answers without parsing (2,000 pages took seconds).
	if (!html.includes('data-template="not-found"')) return false;
	return readBuiltPage(html).root.querySelector('main')?.getAttribute('data-template') === 'not-found';
}
