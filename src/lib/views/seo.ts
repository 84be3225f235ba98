/**
 * What search engines, link previews and assistants read: document titles, absolute URLs, the
 * Open Graph image path and the JSON-LD objects. Pure functions: the site origin and base path
 * come in as arguments.
 */
import { joinBase, normalizeBase } from '../domain/base';
import type { Translate } from '../domain/i18n';
import type { Party } from '../domain/site';

/** Where the site lives: `site` is the absolute origin (SITE_URL), `base` the sub-path (BASE_PATH). */
export interface Deployment {
	site: string;
	base: string;
}

/** The deployment a page is built for: the configured site, else the page's own origin, and the base path. */
export function deploymentOf(page: { site?: URL | undefined; url: URL }, base: string): Deployment {
	return { site: page.site?.href ?? page.url.origin, base };
}

/** The most characters of a `<title>` that search engines show whole. */
export const TITLE_LIMIT = 65;

/**
 * The `<title>`: the page's title, then the site's name where both fit in {@link TITLE_LIMIT}
 * characters (a title that needs the room keeps it); the home page gets the tagline instead.
 */
export function documentTitle(title: string, t: Translate): string {
	const site = t('site.name');
	if (title === site) return t('site.homeTitle', { site, tagline: t('site.tagline') });
	const full = t('site.pageTitle', { title, site });
	return full.length > TITLE_LIMIT ? title : full;
}

/** The absolute URL of a site path such as `/roles/cio/` or `/og/index.png`. */
export function absoluteUrl(deployment: Deployment, path: string): string {
	return new URL(joinBase(deployment.base, path), deployment.site).href;
}

/** The route parameter of a page's Open Graph image: `index` for the home page, else its path. */
export function ogImageSlug(path: string): string {
	const trimmed = path.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? 'index' : trimmed;
}

/** The site path of a page's Open Graph image, e.g. `/og/roles/cio.png`. */
export function ogImagePath(path: string): string {
	return `/og/${ogImageSlug(path)}.png`;
}

/** The templates whose pages have a Markdown version: every page a reader reads (not the embed or not-found pages). */
const MARKDOWN_TEMPLATES: ReadonlySet<string> = new Set(['prose', 'role', 'scenario', 'answer', 'search']);

/** The site path of a page's Markdown version (`/roles/cio/index.md`), or undefined for a page without one. */
export function markdownPath(page: { path: string; entry: { template: string } }): string | undefined {
	return MARKDOWN_TEMPLATES.has(page.entry.template) ? `${page.path}index.md` : undefined;
}

/**
 * Speculation rules that prefetch the site's own pages when the reader's pointer rests on a link
 * ("moderate": hover, or the start of a tap), never the search index or the embed.
 */
export function speculationRules(deploymentBase: string): string {
	const base = normalizeBase(deploymentBase);
	return JSON.stringify({
		prefetch: [
			{
				where: {
					and: [
						{ href_matches: `${base}*` },
						{ not: { href_matches: [`${base}pagefind/*`, `${base}embed/*`, `${base}*.*`] } },
					],
				},
				eagerness: 'moderate',
			},
		],
	});
}

/** Size of every Open Graph image, in pixels. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so no text can
 * close the script element, and U+2028/2029 so the JSON is also valid JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A schema.org node: a plain object with a `@type`. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** Wraps nodes in one JSON-LD document with the schema.org context. */
export function jsonLdGraph(nodes: readonly JsonLdNode[]): { '@context': string; '@graph': JsonLdNode[] } {
	return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/** The article this site is based on, as schema.org needs it. */
export interface SourceArticle {
	title: string;
	author: string;
	publisher: string;
	url: string;
	/** The language it is written in (BCP 47). */
	language: string;
	/** The year of the article's copyright line: the only date it has. */
	copyrightYear: number;
}

/** Who wrote and who publishes the knowledge base itself (see `KNOWLEDGE_BASE` in site.ts). */
export interface Credits {
	author: Party;
	publisher: Party;
}

/** The publisher's home page: the origin of the source article's address. */
export function publisherUrl(source: SourceArticle): string {
	return `${new URL(source.url).origin}/`;
}

/** A schema.org `Person` or `Organization`. */
export function partyNode(party: Party): JsonLdNode {
	return { '@type': party.type, name: party.name, ...(party.url ? { url: party.url } : {}) };
}

/**
 * The source article as a `BlogPosting`, by its author on its publisher's blog. Its copyright
 * year is all the article says of its date, so no publication date is given.
 */
export function sourceNode(source: SourceArticle): JsonLdNode {
	return {
		'@type': 'BlogPosting',
		headline: source.title,
		url: source.url,
		inLanguage: source.language,
		author: { '@type': 'Person', name: source.author },
		publisher: { '@type': 'Organization', name: source.publisher, url: publisherUrl(source) },
		copyrightYear: source.copyrightYear,
	};
}

/** The credits every page's node carries: the site's own author and publisher. */
function creditsOf(credits: Credits): { author: JsonLdNode; publisher: JsonLdNode } {
	return { author: partyNode(credits.author), publisher: partyNode(credits.publisher) };
}

/**
 * An `Article` for a content page: written and published by the knowledge base (`credits`), and
 * based on the source article, which is credited to its own author. The page it is the main
 * entity of is a `WebPage` with the day it was last reviewed against the article (`lastReviewed`
 * is a property of web pages in schema.org, not of articles).
 */
export function articleNode(options: {
	headline: string;
	description: string;
	url: string;
	image: string;
	/** The page's language, e.g. `en`. */
	inLanguage: string;
	source: SourceArticle;
	credits: Credits;
	/** When the page was last reviewed against the source article (`YYYY-MM-DD`). */
	lastReviewed?: string | undefined;
}): JsonLdNode {
	const { headline, description, url, image, inLanguage, source, credits, lastReviewed } = options;
	return {
		'@type': 'Article',
		headline,
		description,
		url,
		mainEntityOfPage: lastReviewed ? { '@type': 'WebPage', '@id': url, lastReviewed } : url,
		image,
		inLanguage,
		...creditsOf(credits),
		isBasedOn: sourceNode(source),
	};
}

/**
 * A `WebPage` for a page that is not an article (the not-found page, the embed): the site's
 * credits, and the source article when the page shows its material.
 */
export function webPageNode(options: {
	name: string;
	/** The page's canonical address; none for a page search engines should not list. */
	url?: string | undefined;
	inLanguage: string;
	credits: Credits;
	source?: SourceArticle | undefined;
}): JsonLdNode {
	const { name, url, inLanguage, credits, source } = options;
	return {
		'@type': 'WebPage',
		name,
		...(url ? { url } : {}),
		inLanguage,
		...creditsOf(credits),
		...(source ? { isBasedOn: sourceNode(source) } : {}),
	};
}

/** A `BreadcrumbList` matching the visible trail: positions from 1, absolute URLs. */
export function breadcrumbNode(trail: ReadonlyArray<{ name: string; url: string }>): JsonLdNode {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

/** A `FAQPage` for a section that shows questions with their answers, in the words shown. */
export function faqNode(items: ReadonlyArray<{ question: string; answer: string }>): JsonLdNode {
	return {
		'@type': 'FAQPage',
		mainEntity: items.map(({ question, answer }) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answer },
		})),
	};
}

/** A `DefinedTermSet` for a glossary page: each term with its definition and its own address. */
export function definedTermSetNode(options: {
	name: string;
	url: string;
	inLanguage: string;
	terms: ReadonlyArray<{ name: string; description: string; url: string }>;
}): JsonLdNode {
	const { name, url, inLanguage, terms } = options;
	return {
		'@type': 'DefinedTermSet',
		'@id': url,
		name,
		url,
		inLanguage,
		hasDefinedTerm: terms.map((term) => ({
			'@type': 'DefinedTerm',
			'@id': term.url,
			name: term.name,
			description: term.description,
			url: term.url,
			inDefinedTermSet: url,
		})),
	};
}

/** A `WebSite` node for the home page. */
export function websiteNode(options: {
	name: string;
	description: string;
	url: string;
	/** The page's language, e.g. `en`. */
	inLanguage: string;
	source: SourceArticle;
	credits: Credits;
}): JsonLdNode {
	return {
		'@type': 'WebSite',
		name: options.name,
		description: options.description,
		url: options.url,
		inLanguage: options.inLanguage,
		...creditsOf(options.credits),
		isBasedOn: sourceNode(options.source),
	};
}
