/**
 * Review dates, the changelog's feeds and definitions in place, read from the built site (no
 * browser): each content page's date as readers and search engines see it, each language's Atom
 * feed read by a real feed parser and held to RFC 4287's rules, the feed announced where readers
 * look for it, and every glossary term in the text carrying its own definition and a way to its entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { stripBase } from '../src/lib/domain/base.ts';
import { languageOf } from './lang';
import { BASE, DIST, builtPages, type SitePageFile } from './site';
import { BASE_PATH_TAG } from './tags';

const pages = builtPages();
/** The templates whose pages show content of the article, and so a review date. */
const REVIEWED = new Set(['prose', 'role', 'scenario', 'answer']);
const homes = pages.filter((page) => page.id === 'home');

/** The site path (without base) of a URL or an absolute path of the site, with its `#section`. */
const sitePath = (url: string) => {
	const parsed = new URL(url, 'http://site.invalid/');
	return stripBase(parsed.pathname, BASE) + parsed.hash;
};

/** The changelog's entries as written in `content/changes/`: id, day and each language's sentence. */
const CHANGES = readdirSync('content/changes')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => {
		const id = name.slice(0, -'.yaml'.length);
		const facts = parseYaml(readFileSync(join('content/changes', name), 'utf8')) as { date: string };
		return { id, date: String(facts.date) };
	});

test(
	'every content page shows when it was last reviewed, as its structured data publishes it',
	{ tag: BASE_PATH_TAG },
	() => {
		for (const page of pages) {
			// After the text (a changes list's dates come before it).
			const time = page.html.root.querySelectorAll('main time[datetime]').at(-1) ?? null;
			const article = jsonLdNodes(page).find((node) => node['@type'] === 'Article');
			if (!REVIEWED.has(page.template)) {
				expect(time, `${page.path} has no content of its own to date`).toBeNull();
				continue;
			}
			const date = time?.getAttribute('datetime') ?? '';
			expect(date, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			// Shown as the page's language writes a date, in the sentence of the page's language.
			const written = new Intl.DateTimeFormat(page.lang === 'en' ? 'en-GB' : page.lang, {
				dateStyle: 'long',
				timeZone: 'UTC',
			}).format(new Date(`${date}T00:00:00Z`));
			expect(time!.text, page.path).toBe(written);
			expect(time!.parentNode?.text, page.path).toContain(languageOf(page.lang).t('review.date', { date: written }));
			// lastReviewed is a WebPage property: on the page the Article is the main entity of.
			expect(article?.['mainEntityOfPage'], page.path).toMatchObject({ '@type': 'WebPage', lastReviewed: date });
		}
	},
);

/** The JSON-LD nodes of a page. */
function jsonLdNodes(page: SitePageFile): Array<Record<string, unknown>> {
	return page.html.scripts
		.filter((script) => script.type === 'application/ld+json')
		.flatMap((script) => {
			const doc = JSON.parse(script.body) as Record<string, unknown>;
			return (Array.isArray(doc['@graph']) ? doc['@graph'] : [doc]) as Array<Record<string, unknown>>;
		});
}

test(
	'the home page announces its language’s Atom feed, and every page’s footer links the changes',
	{ tag: BASE_PATH_TAG },
	() => {
		expect(homes.length).toBeGreaterThan(1);
		for (const home of homes) {
			const links = home.html.root.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
			expect(links, home.path).toHaveLength(1);
			const href = links[0]!.getAttribute('href')!;
			expect(sitePath(href), home.path).toBe(`/${home.path.replace(/^\.\//, '')}changes.xml`);
			expect(links[0]!.getAttribute('title'), home.path).toBeTruthy();
		}
		const changesPages = new Map(pages.filter((page) => page.id === 'changes').map((page) => [page.lang, page]));
		for (const page of pages.filter((candidate) => candidate.template !== 'embed')) {
			const target = changesPages.get(page.lang)!;
			const footer = page.html.root.querySelector('footer');
			const link = footer
				?.querySelectorAll('a')
				.find((a) => sitePath(a.getAttribute('href') ?? '') === `/${target.path}`);
			expect(link?.text.trim(), `${page.path}: the footer links the changes`).toBe(target.heading);
		}
	},
);

for (const home of homes) {
	test(
		`the ${home.lang} Atom feed is valid Atom and lists every change, newest first`,
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			const file = `${home.path.replace(/^\.\//, '')}changes.xml`;
			const xml = readFileSync(join(DIST, file), 'utf8');
			// Well-formed, by the browser's strict XML parser (libxml2), which rejects what a lenient one forgives.
			const errors = await page.evaluate(
				(text) =>
					[...new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')].map(
						(error) => error.textContent,
					),
				xml,
			);
			expect(errors, 'well-formed XML').toEqual([]);

			// A real feed reader's view.
			const feed = parseFeed(xml);
			expect(feed.meta.type).toBe('atom');
			expect(feed.language).toBe(home.lang);
			expect(feed.title).toBeTruthy();
			expect(sitePath(feed.self ?? '')).toBe(`/${file}`);
			const changesPage = pages.find((page) => page.id === 'changes' && page.lang === home.lang)!;
			expect(sitePath(feed.url ?? '')).toBe(`/${changesPage.path}`);
			expect(feed.items.map((item) => item.id)).toEqual(
				[...CHANGES]
					.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
					.map((change) => expect.stringMatching(new RegExp(`/${changesPage.path}#${change.id}$`))),
			);
			const anchors = new Set(changesPage.html.root.querySelectorAll('[id]').map((element) => element.id));
			for (const item of feed.items) {
				const change = CHANGES.find((candidate) => item.id!.endsWith(`#${candidate.id}`))!;
				expect(anchors, `${item.id} leads to its change on the page`).toContain(change.id);
				expect(item.url).toBe(item.id);
				expect(item.title?.length ?? 0).toBeGreaterThan(20);
				expect(item.updated?.toISOString()).toBe(`${change.date}T00:00:00.000Z`);
				expect(item.content).toContain(item.title!.slice(0, 20));
			}

			// RFC 4287's rules, element by element.
			const doc = new XMLParser({
				ignoreAttributes: false,
				attributeNamePrefix: '@',
				isArray: (name, _path, _leaf, attribute) => !attribute && name !== 'feed',
			}).parse(xml) as { feed: Record<string, Array<Record<string, unknown>>> };
			const root = doc.feed;
			expect(root['@xmlns']).toEqual('http://www.w3.org/2005/Atom');
			const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
			// atom:feed has exactly one id, title and updated, an author (or every entry has one), and a self link.
			for (const name of ['id', 'title', 'updated']) expect(root[name], `feed ${name}`).toHaveLength(1);
			expect(String(root['updated']![0])).toMatch(rfc3339);
			expect(root['author']?.[0]?.['name']).toBeTruthy();
			expect(root['link']!.filter((link) => link['@rel'] === 'self')).toHaveLength(1);
			// No two links share a rel, type and hreflang.
			const linkKeys = root['link']!.map((link) => `${link['@rel']} ${link['@type']} ${link['@hreflang']}`);
			expect(new Set(linkKeys).size).toBe(linkKeys.length);
			const ids = new Set<string>();
			for (const entry of root['entry'] ?? []) {
				for (const name of ['id', 'title', 'updated']) expect(entry[name], `entry ${name}`).toHaveLength(1);
				const id = String((entry['id'] as unknown[])[0]);
				// An IRI, absolute and permanent, never repeated.
				expect(new URL(id).protocol).toMatch(/^https?:$/);
				expect(ids.has(id), `${id} is unique`).toBe(false);
				ids.add(id);
				expect(String((entry['updated'] as unknown[])[0])).toMatch(rfc3339);
				// XHTML content is one xhtml:div.
				const content = (entry['content'] as Array<Record<string, unknown>>)[0]!;
				expect(content['@type']).toBe('xhtml');
				expect((content['div'] as Array<Record<string, unknown>>)[0]!['@xmlns']).toBe('http://www.w3.org/1999/xhtml');
			}
			// The newest change dates the feed: the same content always makes the same feed.
			expect(String(root['updated']![0])).toBe(
				`${[...CHANGES]
					.map((change) => change.date)
					.sort()
					.at(-1)}T00:00:00Z`,
			);
		},
	);
}

test(
	'a glossary term in the text carries its one-line definition in place, with a link to its entry',
	{ tag: BASE_PATH_TAG },
	() => {
		let terms = 0;
		for (const page of pages) {
			const { t, path } = languageOf(page.lang);
			for (const button of page.html.root.querySelectorAll('main button[popovertarget]')) {
				terms++;
				const id = button.getAttribute('popovertarget')!;
				const definition = page.html.root.querySelector(`[id="${id}"]`);
				expect(definition, `${page.path}: #${id}`).not.toBeNull();
				// Right after its term, so a screen reader reads it next; a popover search leaves out.
				expect(button.nextElementSibling, `${page.path}: #${id} follows its term`).toBe(definition);
				expect(definition!.hasAttribute('popover'), `${page.path}: #${id} is a popover`).toBe(true);
				expect(definition!.hasAttribute('data-pagefind-ignore'), `${page.path}: #${id} is not indexed`).toBe(true);
				const term = id.replace(/^kb-def-/, '');
				const entry = parseYaml(readFileSync(`content/glossary/${page.lang}/${term}.yaml`, 'utf8')) as {
					term: string;
					definition: string;
				};
				const firstSentence = entry.definition.match(/^.*?[.!?](?=\s|$)/s)![0].replace(/\s+/g, ' ');
				expect(definition!.text.replace(/\s+/g, ' '), `${page.path}: #${id}`).toBe(
					`${entry.term}: ${firstSentence} ${t('definition.entry')}`,
				);
				const link = definition!.querySelector('a');
				expect(sitePath(link!.getAttribute('href')!), `${page.path}: #${id}`).toBe(
					`/${path(`glossary#${term}`).replace(/^\.\//, '')}`,
				);
			}
		}
		expect(terms, 'prose shows some terms in place').toBeGreaterThan(5);
	},
);

test(
	'every page with a Markdown version offers "Copy as Markdown", a link to it that works without script',
	{ tag: BASE_PATH_TAG },
	() => {
		for (const page of pages) {
			const alternate = page.html.root
				.querySelector('link[rel="alternate"][type="text/markdown"]')
				?.getAttribute('href');
			const link = page.html.root.querySelector('main a[data-done]');
			if (!alternate) {
				expect(link, page.path).toBeNull();
				continue;
			}
			// Named relatively, from the page's own address.
			const resolve = (href: string | undefined) =>
				sitePath(new URL(href ?? '', `http://site.invalid${BASE}${page.path.replace(/^\.\//, '')}`).href);
			const { t } = languageOf(page.lang);
			expect(resolve(link?.getAttribute('href')), page.path).toBe(sitePath(alternate));
			expect(link!.text.trim()).toBe(t('markdown.copy'));
			expect(link!.getAttribute('data-done')).toBe(t('markdown.copied'));
		}
	},
);
