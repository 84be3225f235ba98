/**
 * What needs no browser, read straight from the build: every page's head tags and structured
 * data, its ids, links and anchors, its credit, its CSP and the host headers it gets, what it
 * reads like without JavaScript, and the files for machines. Milliseconds per page, so every page
 * of every language is checked.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { stripBase } from '../src/lib/domain/base.ts';
import { headersFor, parseCsp, parseHeadersFile, unsafeScriptSources } from '../src/lib/build/headers.ts';
import { KNOWLEDGE_BASE, SOURCE_ARTICLE } from '../src/lib/domain/site.ts';
import { TITLE_LIMIT } from '../src/lib/views/seo.ts';
import { uiStrings, type Locale } from '../src/lib/domain/i18n.ts';
import { languageOf } from './lang';
import { BASE, DIST, NOT_FOUND_PATH, builtPages, sitemapPaths, type SitePageFile } from './site';
import { BASE_PATH_TAG } from './tags';

const pages = builtPages();
const read = (file: string) => readFileSync(join(DIST, file));
const SOURCE = SOURCE_ARTICLE.url;

/** The built file a site URL path (with base) is served from, if any. */
function fileFor(pathname: string): string | undefined {
	const rest = stripBase(decodeURIComponent(pathname), BASE).replace(/^\//, '');
	for (const candidate of [rest, `${rest}index.html`, `${rest}/index.html`]) {
		if (candidate !== '' && existsSync(join(DIST, candidate)) && !candidate.endsWith('/')) return candidate;
	}
	return rest === '' ? 'index.html' : undefined;
}

/** The JSON-LD nodes of a page, whether in a @graph or not. */
function jsonLd(page: SitePageFile): Array<Record<string, unknown>> {
	return page.html.scripts
		.filter((script) => script.type === 'application/ld+json')
		.flatMap((script) => {
			const doc = JSON.parse(script.body) as Record<string, unknown>;
			expect(doc['@context'], page.path).toBe('https://schema.org');
			return (Array.isArray(doc['@graph']) ? doc['@graph'] : [doc]) as Array<Record<string, unknown>>;
		});
}

const canonicalOf = (page: SitePageFile) =>
	page.html.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

test('the site is built, with pages to check', { tag: BASE_PATH_TAG }, () => {
	expect(pages.length, 'run npm run build first').toBeGreaterThan(10);
	expect(pages.map((page) => page.path)).toContain(NOT_FOUND_PATH);
});

test(
	'every page in the sitemap is a built page, and the not-found and embed pages stay out of it',
	{ tag: BASE_PATH_TAG },
	() => {
		const built = new Set(pages.map((page) => page.path));
		const listed = sitemapPaths();
		expect(listed.filter((path) => !built.has(path))).toEqual([]);
		expect(listed.filter((path) => /404|embed/.test(path))).toEqual([]);
		expect(new Set(listed).size).toBe(listed.length);
	},
);

test(
	'every page has a title, a description, a canonical URL and preview tags of its own',
	{ tag: BASE_PATH_TAG },
	() => {
		const listed = new Set(sitemapPaths());
		// Unique within a language: a role's title (Chief Information Officer) is the same in every one.
		const seen = { titles: new Set<string>(), descriptions: new Set<string>(), images: new Set<string>() };
		for (const page of pages.filter((candidate) => listed.has(candidate.path))) {
			const { meta } = page.html;
			const title = page.html.root.querySelector('title')?.text ?? '';
			const canonical = canonicalOf(page);
			expect(title, page.path).toContain(page.heading);
			expect(meta['description']?.length ?? 0, `${page.path} description`).toBeGreaterThanOrEqual(50);
			expect(canonical && new URL(canonical).pathname, page.path).toBe(`${BASE}${page.path.replace(/^\.\//, '')}`);
			expect(meta['robots'], page.path).toBeUndefined();
			expect(meta, page.path).toMatchObject({
				'og:title': title,
				'og:description': meta['description'],
				'og:url': canonical,
				'og:type': page.id === 'home' ? 'website' : 'article',
				'og:locale': expect.stringMatching(new RegExp(`^${page.lang}_[A-Z]{2}$`)),
				'og:image:width': '1200',
				'og:image:height': '630',
				'twitter:card': 'summary_large_image',
				'twitter:image': meta['og:image'],
			});
			const image = new URL(meta['og:image']!);
			expect(image.origin).toBe(new URL(canonical!).origin);
			const png = read(fileFor(image.pathname) ?? 'missing');
			expect(png.subarray(1, 4).toString('latin1'), image.pathname).toBe('PNG');
			expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
			seen.titles.add(`${page.lang} ${title}`);
			seen.descriptions.add(meta['description']!);
			seen.images.add(image.pathname);
		}
		expect(seen.titles.size, 'titles are unique').toBe(listed.size);
		expect(seen.descriptions.size, 'descriptions are unique').toBe(listed.size);
		expect(seen.images.size, 'each page has its own image').toBe(listed.size);
	},
);

test('every title, and every description in a language besides English, shows whole in search results', () => {
	// A search engine cuts a title after about 65 characters and a description after about 160.
	// Titles hold it in every language; descriptions in German, where readers search in German.
	// English descriptions are not held to it yet: its answer pages' descriptions describe the company at length.
	const LIMITS = { title: TITLE_LIMIT, description: 160 };
	expect(pages.filter((page) => page.lang !== 'en').length).toBeGreaterThan(40);
	const long: string[] = [];
	for (const page of pages) {
		const title = page.html.root.querySelector('title')?.text ?? '';
		const description = page.html.meta['description'] ?? '';
		if (title.length > LIMITS.title) long.push(`${page.path}: title of ${title.length}: ${title}`);
		if (page.lang !== 'en' && description.length > LIMITS.description) {
			long.push(`${page.path}: description of ${description.length}: ${description}`);
		}
	}
	expect(long).toEqual([]);
});

test(
	'the not-found page is kept out of search engines; the embed page points them at the recommender',
	{ tag: BASE_PATH_TAG },
	() => {
		const notFound = pages.filter((page) => page.template === 'not-found');
		expect(notFound.map((page) => page.lang).sort(), 'a not-found page in every language').toEqual(
			[...new Set(pages.map((page) => page.lang))].sort(),
		);
		for (const page of notFound) {
			expect(page.html.meta['robots'], page.path).toBe('noindex');
			expect(canonicalOf(page), page.path).toBeNull();
		}
		for (const embed of pages.filter((page) => page.template === 'embed')) {
			const full = pages.find(
				(page) =>
					page.lang === embed.lang &&
					page.html.root.querySelector('kb-recommender[data-sync]') &&
					page.template === 'prose',
			);
			expect(canonicalOf(embed), embed.path).toBe(canonicalOf(full!));
			expect(embed.html.meta['robots']).toBeUndefined();
		}
	},
);

test(
	'content pages carry Article data crediting the source article, and breadcrumbs as shown',
	{ tag: BASE_PATH_TAG },
	() => {
		for (const page of pages.filter(
			(candidate) => candidate.template !== 'embed' && candidate.template !== 'not-found',
		)) {
			const graph = jsonLd(page);
			const article = graph.find((node) => node['@type'] === 'Article');
			expect(article, page.path).toMatchObject({
				headline: page.heading,
				inLanguage: page.lang,
				isBasedOn: { url: SOURCE },
				image: page.html.meta['og:image'],
			});
			const crumbs = page.html.root.querySelector(`nav[aria-label="${languageOf(page.lang).t('breadcrumbs.label')}"]`);
			const list = graph.find((node) => node['@type'] === 'BreadcrumbList');
			if (!crumbs) {
				expect(list, `${page.path} shows no breadcrumbs, so it has no BreadcrumbList`).toBeUndefined();
				continue;
			}
			const visible = crumbs.querySelectorAll('li').map((item) => item.text.replace('/', '').trim());
			const items = list!['itemListElement'] as Array<Record<string, unknown>>;
			expect(
				items.map((item) => item['name']),
				page.path,
			).toEqual(visible);
			expect(items.map((item) => item['position'])).toEqual(visible.map((_, index) => index + 1));
			const hrefs = crumbs.querySelectorAll('a').map((link) => link.getAttribute('href'));
			expect(items.slice(0, -1).map((item) => new URL(item['item'] as string).pathname)).toEqual(hrefs);
			expect(items.at(-1)!['item']).toBe(canonicalOf(page));
		}
	},
);

/** The registry's entries, as written (`content/pages/registry.yaml`). */
const REGISTRY = parseYaml(
	readFileSync(join(process.env['KB_CONTENT_DIR'] ?? 'content', 'pages/registry.yaml'), 'utf8'),
) as Array<{ id: string; paths: Record<string, string>; schemaTypes?: string[] }>;

/** The built pages of a registry entry, in every language (a family's path holds `{id}`). */
function pagesOf(entry: (typeof REGISTRY)[number]): SitePageFile[] {
	return Object.entries(entry.paths).flatMap(([lang, path]) => {
		const pattern = new RegExp(`^${path.replace(/^\//, '').replace('{id}', '[a-z0-9-]+')}$`);
		return pages.filter((page) => page.lang === lang && pattern.test(page.path === './' ? '' : page.path));
	});
}

test('every page publishes the structured data types its registry entry names', { tag: BASE_PATH_TAG }, () => {
	let checked = 0;
	for (const entry of REGISTRY.filter((candidate) => (candidate.schemaTypes ?? []).length > 0)) {
		const built = pagesOf(entry);
		expect(built.length, `${entry.id} is not built`).toBeGreaterThan(0);
		for (const page of built) {
			const types = jsonLd(page).map((node) => node['@type']);
			for (const type of entry.schemaTypes!) {
				expect(types, `${page.path} lacks its ${type} data`).toContain(type);
				checked++;
			}
		}
	}
	expect(checked).toBeGreaterThan(2);
});

test('every answer to a question readers bring links to a page that explains it', { tag: BASE_PATH_TAG }, () => {
	let answers = 0;
	for (const page of pages.filter((candidate) => jsonLd(candidate).some((node) => node['@type'] === 'FAQPage'))) {
		for (const heading of page.html.root.querySelectorAll('main h3')) {
			if (!heading.text.trim().endsWith('?')) continue;
			answers++;
			const links = heading
				.parentNode!.parentNode!.querySelectorAll('a[href]')
				.filter((link) => !link.classList.contains('heading-anchor') && !/^https?:/.test(link.getAttribute('href')!));
			expect(links.length, `${page.path}: “${heading.text.trim()}” links to no page`).toBeGreaterThan(0);
		}
	}
	expect(answers).toBeGreaterThanOrEqual(12);
});

/** The text of a page's section: from the element with that id (a heading) to the next heading of its level or above. */
function sectionText(page: SitePageFile, id: string): string {
	const target = page.html.root.querySelector(`main [id="${id}"]`);
	if (!target) return '';
	const level = /^H([1-6])$/.exec(target.tagName)?.[1];
	if (!level) return target.text;
	const stops = Array.from({ length: Number(level) }, (_, index) => `h${index + 1}`).join(', ');
	let node: HTMLElement | null = target.parentNode?.classList.contains('heading-wrapper') ? target.parentNode : target;
	let text = target.text;
	for (node = node.nextElementSibling; node; node = node.nextElementSibling) {
		if (node.matches?.(stops) || node.querySelector(stops)) break;
		text += ` ${node.text}`;
	}
	return text;
}

/** Text compared loosely: case, typographic apostrophes, hyphens and spacing set aside. */
const loose = (text: string) =>
	text
		.toLowerCase()
		.replace(/[‘’]/g, "'")
		.replace(/[‐‑–—-]/g, '-')
		.replace(/\s+/g, ' ');

test('every glossary term links to pages that use it', { tag: BASE_PATH_TAG }, () => {
	let checked = 0;
	for (const glossary of pages.filter((page) => jsonLd(page).some((node) => node['@type'] === 'DefinedTermSet'))) {
		const set = jsonLd(glossary).find((node) => node['@type'] === 'DefinedTermSet')!;
		for (const term of set['hasDefinedTerm'] as Array<Record<string, string>>) {
			const id = new URL(term['url']!).hash.slice(1);
			const words = parseYaml(
				readFileSync(join(process.env['KB_CONTENT_DIR'] ?? 'content', 'glossary', glossary.lang, `${id}.yaml`), 'utf8'),
			) as { term: string; aliases?: string[] };
			// A term's forms: as written, its other forms, and the parts of "Name (ABBR)".
			const forms = [words.term, ...(words.aliases ?? []), ...(/^(.*) \((.*)\)$/.exec(words.term)?.slice(1) ?? [])];
			// Each term is a heading with its id; its entry is the block the heading opens.
			const entry = glossary.html.root.querySelector(`main :is(h2, h3)[id="${id}"]`);
			expect(entry, `${glossary.path}: no entry for ${id}`).not.toBeNull();
			const links = entry!
				.parentNode!.querySelectorAll('a[href]')
				.filter((link) => !link.classList.contains('heading-anchor'));
			expect(links.length, `${glossary.path}#${id} links to no page`).toBeGreaterThan(0);
			for (const link of links) {
				const url = new URL(link.getAttribute('href')!, `https://site.test${BASE}${glossary.path}`);
				const file = fileFor(url.pathname);
				const target = pages.find((page) => page.file === file);
				expect(target, `${glossary.path}#${id} -> ${url.pathname}`).toBeDefined();
				const text = loose(
					url.hash ? sectionText(target!, url.hash.slice(1)) : target!.html.root.querySelector('main')!.text,
				);
				expect(
					forms.some((form) => text.includes(loose(form))),
					`${url.pathname}${url.hash} does not use “${words.term}”`,
				).toBe(true);
				checked++;
			}
		}
	}
	expect(checked).toBeGreaterThan(30);
});

/** Every object in a JSON value, nested ones included, with the key path that leads to it. */
function objectsIn(value: unknown, path = ''): Array<{ path: string; node: Record<string, unknown> }> {
	if (Array.isArray(value)) return value.flatMap((item, index) => objectsIn(item, `${path}[${index}]`));
	if (value === null || typeof value !== 'object') return [];
	const node = value as Record<string, unknown>;
	return [{ path, node }, ...Object.entries(node).flatMap(([key, child]) => objectsIn(child, `${path}.${key}`))];
}

test(
	'every page names the knowledge base as author and publisher; every content page credits the article it is based on',
	{ tag: BASE_PATH_TAG },
	() => {
		const party = (who: typeof KNOWLEDGE_BASE.author) => ({ '@type': who.type, name: who.name });
		for (const page of pages) {
			const graph = jsonLd(page);
			const main = graph.find((node) => node['@type'] === 'Article' || node['@type'] === 'WebPage');
			expect(main, `${page.path} has no Article or WebPage data`).toBeDefined();
			expect(main, page.path).toMatchObject({
				author: party(KNOWLEDGE_BASE.author),
				publisher: party(KNOWLEDGE_BASE.publisher),
			});
			if (page.template !== 'not-found') {
				expect(main!['isBasedOn'], `${page.path} does not credit the article`).toMatchObject({
					'@type': 'BlogPosting',
					url: SOURCE,
					headline: SOURCE_ARTICLE.title,
					author: { '@type': 'Person', name: SOURCE_ARTICLE.author },
					copyrightYear: SOURCE_ARTICLE.copyrightYear,
				});
			}
			// The article's author is credited with his article, never with a page of the site.
			for (const { path, node } of objectsIn(graph)) {
				if (node['name'] === SOURCE_ARTICLE.author) expect(path, page.path).toMatch(/\.isBasedOn\.author$/);
				expect(
					Object.keys(node).filter((key) => /^date/.test(key)),
					`${page.path}${path}`,
				).toEqual([]);
			}
		}
	},
);

test(
	"no page and no file for machines presents the article's copyright year as a publication date",
	{ tag: BASE_PATH_TAG },
	() => {
		const undated = (text: string, where: string) => {
			for (const match of text.matchAll(new RegExp(`.{0,12}${SOURCE_ARTICLE.copyrightYear}`, 'g'))) {
				expect(match[0], `${where}: the year without its © sign`).toMatch(
					new RegExp(`© ${SOURCE_ARTICLE.copyrightYear}$`),
				);
			}
		};
		for (const page of pages) {
			undated(page.html.root.querySelector('body')?.text.replace(/\s+/g, ' ') ?? '', page.path);
			undated(Object.values(page.html.meta).join(' '), `${page.path} meta`);
		}
		for (const file of ['llms.txt', 'llms-full.txt']) undated(read(file).toString('utf8'), file);
	},
);

/** An element's text as a reader sees it: the article's words (`<q>`) in its language's quotation marks. */
function shownText(element: HTMLElement, lang: string): string {
	const [open, close] = uiStrings(lang as Locale)['quote.inline']!.split('{text}');
	return parse(element.innerHTML.replace(/<q\b[^>]*>/g, open!).replace(/<\/q>/g, close!))
		.text.replace(/\s+/g, ' ')
		.trim();
}

test(
	'a page that shows questions with answers publishes exactly those as FAQPage data, and only then',
	{ tag: BASE_PATH_TAG },
	() => {
		let withFaq = 0;
		for (const page of pages) {
			const faq = jsonLd(page).find((node) => node['@type'] === 'FAQPage');
			// A question is a term or a heading that asks, answered by the paragraph right after it.
			const shown = page.html.root.querySelectorAll('main dt, main h3').flatMap((element) => {
				if (!element.text.trim().endsWith('?')) return [];
				const next =
					element.tagName === 'DT'
						? element.nextElementSibling?.querySelector(':scope > p')
						: element.nextElementSibling;
				// Soft hyphens in a heading's long words (src/lib/views/hyphenate.ts) are not part of the question.
				const question = element.text.replaceAll('\u00AD', '').trim();
				return next?.tagName === 'P' ? [{ question, answer: shownText(next, page.lang) }] : [];
			});
			if (!faq) {
				expect(shown, `${page.path} shows questions with answers but has no FAQPage data`).toEqual([]);
				continue;
			}
			withFaq++;
			expect(faq['mainEntity'], page.path).toEqual(
				shown.map(({ question, answer }) => ({
					'@type': 'Question',
					name: question,
					acceptedAnswer: { '@type': 'Answer', text: answer },
				})),
			);
		}
		expect(withFaq).toBeGreaterThan(0);
	},
);

test(
	'every page is in its own language and credits the author and the original article',
	{ tag: BASE_PATH_TAG },
	() => {
		for (const page of pages) {
			expect(page.lang, page.path).toMatch(/^[a-z]{2}$/);
			const footer = page.html.root.querySelector('footer');
			if (page.template === 'embed') continue;
			expect(footer?.text, page.path).toContain('Marin Delija');
			expect(footer?.text, page.path).toContain(languageOf(page.lang).t('credit.blog'));
			expect(footer?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain(SOURCE);
		}
	},
);

test('ids on every page are unique', { tag: BASE_PATH_TAG }, () => {
	for (const page of pages) {
		const duplicates = page.html.ids.filter((id, index) => page.html.ids.indexOf(id) !== index);
		expect(duplicates, `${page.path} repeats ids`).toEqual([]);
	}
});

test(
	'every internal link and #anchor on every page resolves to a built page and an element there',
	{ tag: BASE_PATH_TAG },
	() => {
		const idsOf = new Map(pages.map((page) => [page.file, new Set(page.html.ids)]));
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			const here = new URL(
				`${BASE}${page.path === NOT_FOUND_PATH ? '404.html' : page.path.replace(/^\.\//, '')}`,
				'https://site.test',
			);
			for (const link of page.html.root.querySelectorAll('a[href], link[rel="search"]')) {
				const target = new URL(link.getAttribute('href')!, here);
				if (target.origin !== here.origin) continue;
				checked++;
				const file = fileFor(target.pathname);
				if (!file) {
					broken.push(`${page.path} -> ${link.getAttribute('href')}: nothing is served there`);
					continue;
				}
				const anchor = decodeURIComponent(target.hash.slice(1));
				if (anchor && !idsOf.get(file)?.has(anchor)) {
					broken.push(`${page.path} -> ${link.getAttribute('href')}: no element with id "${anchor}"`);
				}
			}
		}
		expect(broken, broken.join('\n')).toEqual([]);
		expect(checked).toBeGreaterThan(pages.length * 10);
	},
);

test('every link to the site in llms.txt and llms-full.txt resolves, anchors included', { tag: BASE_PATH_TAG }, () => {
	const broken: string[] = [];
	let checked = 0;
	const idsOf = new Map(pages.map((page) => [page.file, new Set(page.html.ids)]));
	for (const file of ['llms.txt', 'llms-full.txt']) {
		const text = read(file).toString('utf8');
		for (const [, href] of text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
			const target = new URL(href!);
			if (target.hostname === 'nxtyou.de') continue;
			checked++;
			const served = fileFor(target.pathname);
			if (!served) broken.push(`${file} -> ${href}: nothing is served there`);
			else if (target.hash && !idsOf.get(served)?.has(target.hash.slice(1)))
				broken.push(`${file} -> ${href}: no such id`);
		}
	}
	expect(broken, broken.join('\n')).toEqual([]);
	expect(checked).toBeGreaterThan(10);
});

test(
	'llms.txt lists every page of the sitemap with a summary, and llms-full.txt holds the whole content',
	{ tag: BASE_PATH_TAG },
	() => {
		const index = read('llms.txt').toString('utf8');
		expect(index).toMatch(/^# CIO vs CTO\n\n> /);
		for (const path of sitemapPaths().filter((candidate) => !candidate.startsWith('de/'))) {
			const page = pages.find((candidate) => candidate.path === path)!;
			expect(index, path).toMatch(new RegExp(`\\]\\(${canonicalOf(page)!.replace(/[.?]/g, '\\$&')}\\): .{30,}`));
		}
		const full = read('llms-full.txt').toString('utf8');
		expect(full).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
		expect(full).not.toMatch(/\{#[a-z0-9-]+\}/);
		for (const text of [
			'In the rapidly evolving tech landscape',
			'### Managing IT Infrastructure and Budgets',
			'| Focus | Business-centric | Technology-centric |',
			'**Start-up or small company**',
			'**Who owns the IT budget?**',
			'Marin Delija',
		]) {
			expect(full, text).toContain(text);
		}
	},
);

test(
	'every page a reader reads has a Markdown version linked from its head, with its title, sections, quotations in quotation marks, absolute links and the credit',
	{ tag: BASE_PATH_TAG },
	() => {
		const readable = pages.filter((page) => !['embed', 'not-found'].includes(page.template));
		expect(readable.length).toBeGreaterThan(80);
		for (const page of readable) {
			const href = page.html.root.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
			expect(href, `${page.path} links no Markdown version`).toBeTruthy();
			expect(href, page.path).toBe(canonicalOf(page)!.replace(/\/?$/, '/index.md'));
			const file = fileFor(new URL(href!).pathname);
			expect(file, `${page.path}: ${href} is not built`).toBeTruthy();
			const markdown = read(file!).toString('utf8');
			const where = `${file}`;
			expect(markdown.startsWith(`# ${page.heading}\n`), `${where} starts with its title`).toBe(true);
			// Markdown only: no MDX component, element or heading id is left, and every link is absolute.
			expect(markdown, where).not.toMatch(/<\/?[A-Za-z][\w-]*[\s/>]/);
			expect(markdown, where).not.toMatch(/\{#[a-z0-9-]+\}/);
			expect(
				[...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map(([, url]) => url).filter((url) => !/^https?:\/\//.test(url!)),
				where,
			).toEqual([]);
			expect(markdown, where).toContain(`](${SOURCE})`);
			expect(markdown, where).toContain(SOURCE_ARTICLE.author);
		}
		// Sections and the article's words, in the page's language's quotation marks.
		const cio = read('roles/cio/index.md').toString('utf8');
		expect(cio).toMatch(/^## .+\n[\s\S]*^### .+$/m);
		expect(cio).toContain(
			'“The CIO is more business-centric, ensuring technology aligns with and supports business goals.”',
		);
		const cioDe = read('de/rollen/cio/index.md').toString('utf8');
		expect(cioDe).toMatch(/„[^“]+“/);
	},
);

test('robots.txt points at the sitemap under the deployment base', { tag: BASE_PATH_TAG }, () => {
	const sitemap = /^Sitemap: (\S+)$/m.exec(read('robots.txt').toString('utf8'))?.[1];
	expect(sitemap && new URL(sitemap).pathname).toBe(`${BASE}sitemap-index.xml`);
	expect(fileFor(`${BASE}sitemap-index.xml`)).toBe('sitemap-index.xml');
});

test(
	'every page carries a strict CSP meta element, and the headers file sends it with the other security headers',
	{ tag: BASE_PATH_TAG },
	() => {
		const rules = parseHeadersFile(read('_headers').toString('utf8'));
		for (const page of pages) {
			const policy = page.html.csp;
			expect(policy, `${page.file} has no CSP meta element`).toBeDefined();
			expect(unsafeScriptSources(policy!), `${page.file}: ${policy}`).toEqual([]);
			const csp = parseCsp(policy!);
			expect(csp.get('default-src'), page.file).toEqual(["'self'"]);
			expect(csp.get('object-src'), page.file).toEqual(["'none'"]);
			expect(csp.get('base-uri'), page.file).toEqual(["'self'"]);

			const served = `${BASE}${page.file.replace(/(^|\/)index\.html$/, '$1')}`;
			const headers = headersFor(rules, served);
			expect(headers.get('x-content-type-options'), served).toBe('nosniff');
			expect(headers.get('referrer-policy'), served).toBe('strict-origin-when-cross-origin');
			expect(headers.get('permissions-policy'), served).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
			expect(headers.get('cache-control'), served).toBe('public, max-age=0, must-revalidate');
			const header = headers.get('content-security-policy') ?? '';
			expect(header, `${served}: one policy, not several joined`).not.toContain(',');
			const sent = parseCsp(header);
			for (const [directive, sources] of csp) {
				expect(sent.get(directive), `${served} ${directive}`).toEqual(expect.arrayContaining(sources));
			}
			expect(unsafeScriptSources(header), served).toEqual([]);
			expect(sent.get('frame-ancestors'), served).toEqual(page.template === 'embed' ? ['*'] : ["'none'"]);
		}
		expect(headersFor(rules, `${BASE}_astro/x.js`).get('cache-control')).toContain('immutable');
		expect(headersFor(rules, `${BASE}llms.txt`).get('cache-control')).toBe('public, max-age=0, must-revalidate');
	},
);

test(
	'without JavaScript every page reads in full: text, navigation, and no control that needs script shown',
	{ tag: BASE_PATH_TAG },
	() => {
		for (const page of pages.filter((candidate) => candidate.template !== 'embed')) {
			const main = page.html.root.querySelector('main')!;
			expect(main.text.replace(/\s+/g, ' ').length, `${page.path} has too little text`).toBeGreaterThan(400);
			expect(
				page.html.root.querySelector(`nav[aria-label="${languageOf(page.lang).t('nav.label')}"]`),
				page.path,
			).not.toBeNull();
			// Controls that need script are marked js-only, which the stylesheet hides without it; a
			// button that opens a popover (a glossary term's definition) needs none.
			for (const control of page.html.root.querySelectorAll('main button, main input, main select, header select')) {
				if (control.hasAttribute('popovertarget')) continue;
				const hidden = control.closest('.js-only') ?? control.closest('template');
				expect(hidden, `${page.path}: a ${control.tagName.toLowerCase()} shows without JavaScript`).not.toBeNull();
			}
		}
	},
);

test(
	'search offers to narrow to exactly the kinds of page its language indexes, without asking Pagefind',
	{ tag: BASE_PATH_TAG },
	() => {
		// The kinds the index holds: what every searchable page marks for Pagefind.
		const indexed = new Map<string, Set<string>>();
		for (const page of pages) {
			const filter = page.html.root.querySelector('[data-pagefind-body][data-pagefind-filter]');
			const kind = filter?.getAttribute('data-pagefind-filter')?.replace(/^kind:/, '');
			if (kind) indexed.set(page.lang, (indexed.get(page.lang) ?? new Set()).add(kind));
		}
		expect([...indexed.keys()].sort()).toEqual(['de', 'en']);
		// The search panel is on each language's search page (the dialog's arrives from there).
		const checked = new Set<string>();
		for (const page of pages) {
			for (const panel of page.html.root.querySelectorAll('kb-search-panel')) {
				checked.add(page.lang);
				const offered = panel
					.querySelectorAll('select[name="kind"] option')
					.map((option) => option.getAttribute('value') ?? '')
					.filter((value) => value !== '');
				expect(new Set(offered), page.path).toEqual(indexed.get(page.lang));
			}
		}
		expect([...checked].sort()).toEqual(['de', 'en']);
	},
);

test('every preview image is a whole 1200×630 PNG that link previews take, well under their size limits', async () => {
	const { default: sharp } = await import('sharp');
	const folder = join(DIST, 'og');
	const images = readdirSync(folder, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.png'));
	expect(images.length).toBeGreaterThan(pages.length / 2);
	for (const file of images) {
		const png = readFileSync(join(folder, file));
		// X takes images under 5 MB for large summary cards; this site keeps each under 100 KB.
		expect(png.length, file).toBeLessThan(100 * 1024);
		// Every pixel decodes (libpng through sharp): a broken or truncated file throws here.
		const { info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		expect({ width: info.width, height: info.height }, file).toEqual({ width: 1200, height: 630 });
	}
});
