/**
 * What the e2e suite knows about the site, all of it read from the build (`dist/`, or `OUT_DIR`),
 * so a new page or language is covered the moment it is built: every page with its parsed HTML,
 * the sitemap, and how to watch a browser page for errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { configuredBase } from '../src/lib/domain/base.ts';
import { readBuiltPage, type BuiltPage } from '../src/lib/build/built-html.ts';

/** The deployment's base path under test (`/` or `/kb/`); the site must be built with the same. */
export const BASE = configuredBase();

/** The built site's folder. */
export const DIST = process.env['OUT_DIR'] ?? 'dist';

/** The address the suite requests for the not-found page. */
export const NOT_FOUND_PATH = 'no/such/page/';

/** A built page: where it is served (relative to the base), its file and its parsed HTML. */
export interface SitePageFile {
	/** Path relative to the base: `./`, `roles/cio/`, or `no/such/page/` for the not-found page. */
	path: string;
	/** File in the build folder, e.g. `roles/cio/index.html`. */
	file: string;
	/** How the page is built (`prose`, `role`, ...), from `<main data-template>`. */
	template: string;
	/** The page's registry id (`home`, `roles/cio`, `answers/small-tech-both`), from `<main data-page>`. */
	id: string;
	/** Its `<html lang>`. */
	lang: string;
	/** Its main heading's text. */
	heading: string;
	html: BuiltPage;
}

let cache: SitePageFile[] | undefined;

/**
 * Every HTML page of the build (Astro's redirect stubs for moved pages left out), in file order.
 * Empty when the site is not built.
 */
export function builtPages(root = DIST): SitePageFile[] {
	if (cache && root === DIST) return cache;
	let entries;
	try {
		entries = readdirSync(root, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	const pages = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort()
		.flatMap((file) => {
			const text = readFileSync(join(root, file), 'utf8');
			if (/<meta http-equiv="refresh"/i.test(text)) return [];
			const html = readBuiltPage(text);
			const path = file === '404.html' ? NOT_FOUND_PATH : file.replace(/(^|\/)index\.html$/, '$1') || './';
			return [
				{
					path,
					file,
					template: html.root.querySelector('main')?.getAttribute('data-template') ?? '',
					id: html.root.querySelector('main')?.getAttribute('data-page') ?? '',
					lang: html.root.querySelector('html')?.getAttribute('lang') ?? '',
					// Soft hyphens (in long words of headings) are invisible: the heading as read.
					heading: html.root.querySelector('h1')?.text.replaceAll('\u00AD', '').trim() ?? '',
					html,
				},
			];
		});
	if (root === DIST) cache = pages;
	return pages;
}

/** Templates whose pages are one family (the roles, the worked examples, the answer pages). */
const FAMILIES = new Set(['role', 'scenario', 'answer']);

/**
 * One page per template and language: pages that share a template (`roles/cio/` and `roles/cto/`,
 * the worked examples, the answer pages) are represented by the first. For checks whose outcome depends on the markup
 * a template makes, not on the words in it.
 */
export function onePerTemplate(pages: readonly SitePageFile[] = builtPages()): SitePageFile[] {
	const seen = new Set<string>();
	return pages.filter((page) => {
		// Prose pages differ in the components their words use, so each counts as its own template.
		const key = FAMILIES.has(page.template) ? `${page.lang} ${page.template}` : page.path;
		return !seen.has(key) && Boolean(seen.add(key));
	});
}

/**
 * The pages a browser must look at (axe's contrast, layout, 320 px) without repeating itself:
 * - every page built from prose, each language's (their words and components differ);
 * - of the answer pages (27 per language, one template), one per kind of result in the default
 *   language, since a result's colours are what differs between them, and one in each other
 *   language, for its longer words;
 * - of the worked examples (one template, the same components), one per language.
 * html.spec.ts and answers.spec.ts still read every page.
 */
export function visitedPages(pages: readonly SitePageFile[] = builtPages()): SitePageFile[] {
	const seen = new Set<string>();
	const defaultLang = pages.find((page) => page.path === './')?.lang;
	return pages.filter((page) => {
		let key: string | undefined;
		if (page.template === 'answer') {
			const card = page.html.root.querySelector('main [data-recommendation]');
			const strip = card?.querySelector('[data-strip] svg')?.innerHTML ?? '';
			key =
				page.lang === defaultLang
					? `${page.lang} answer ${card?.getAttribute('data-recommendation')} ${strip}`
					: `${page.lang} answer`;
		} else if (page.template === 'scenario') {
			key = `${page.lang} scenario`;
		}
		return key === undefined || (!seen.has(key) && Boolean(seen.add(key)));
	});
}

/** Requests for search code or the index: Pagefind's bundle and the site's search interface. */
export const SEARCH_REQUEST = /\/pagefind\/|search-ui/;

/** Page paths (relative to the base) listed in the build's sitemap. */
export function sitemapPaths(root = DIST): string[] {
	const read = (file: string) => readFileSync(join(root, file), 'utf8');
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	return locs(read('sitemap-index.xml'))
		.flatMap((sitemap) => locs(read(sitemap.slice(BASE.length))))
		.map((path) => path.slice(BASE.length) || './');
}

/**
 * Collects console errors, uncaught exceptions and CSP violations; call the result to assert none.
 * `allow` lists console messages that are expected, such as the 404 status of the not-found page.
 */
export function watchForErrors(page: Page, { allow = [] }: { allow?: RegExp[] } = {}): () => void {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && !allow.some((pattern) => pattern.test(message.text()))) {
			problems.push(`console: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return () => expect(problems, problems.join('\n')).toEqual([]);
}

/** The console message Chromium logs for a page answered with 404, expected on the not-found page. */
export const NOT_FOUND_STATUS = /Failed to load resource: the server responded with a status of 404/;

/** The errors to allow when loading `path`: the not-found page answers 404 on purpose. */
export const expectedErrors = (path: string) => ({ allow: path === NOT_FOUND_PATH ? [NOT_FOUND_STATUS] : [] });
