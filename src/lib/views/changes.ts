/**
 * The changelog as readers see it: the "What changed" page (`<ChangeList />`), its Markdown and
 * the Atom feed of each language, from the same entries (`content/changes/`).
 */
import { getChanges, type Change } from '../content/collections';
import type { UiKey } from '../domain/i18n';
import type { MarkdownContext } from './markdown';
import { formatDate } from './dates';

/** A page a change concerns, as a link: its label and its page id. */
export interface ChangedPage {
	label: string;
	/** A page id, for `site.href` and the Markdown's absolute links. */
	target: string;
}

/** One change as shown: its anchor, its day (ISO and as the language writes it), its sentence and its pages. */
export interface ChangeItem extends Change {
	dateText: string;
	links: ChangedPage[];
}

/** What a family of pages with a parent is called where a change names it whole. */
const FAMILY_LABELS: Readonly<Record<string, UiKey>> = {
	scenarios: 'changes.family.scenarios',
	answers: 'changes.family.answers',
};

/**
 * The pages a change names, as links: a page by its label; a family of pages with a parent (the
 * worked examples, the answer pages) as one link to the page that lists them; a family without
 * one (the roles) as a link to each of its pages.
 */
export function changedPages(context: MarkdownContext, named: readonly string[]): ChangedPage[] {
	const { site, t } = context;
	return named.flatMap((id) => {
		const exact = site.pages.find((page) => page.id === id);
		if (exact) return [{ label: exact.navLabel, target: exact.id }];
		const family = site.pages.filter((page) => page.entry.id === id);
		const parent = family[0]?.entry.parent;
		if (parent) {
			const label = FAMILY_LABELS[id];
			if (!label)
				throw new Error(`A change names the family "${id}": give it a label in FAMILY_LABELS (views/changes.ts).`);
			return [{ label: t(label), target: parent }];
		}
		return family.map((page) => ({ label: page.navLabel, target: page.id }));
	});
}

/** The changelog in the request's language, newest first, ready to show. */
export async function changeItems(context: MarkdownContext): Promise<ChangeItem[]> {
	return (await getChanges(context.locale)).map((change) => ({
		...change,
		dateText: formatDate(change.date, context.locale),
		links: changedPages(context, change.pages),
	}));
}

/** Text for XML: `&`, `<`, `>` and quotation marks escaped, so no text can become markup. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
	);
}

/** What an Atom feed of the changelog says (RFC 4287), every URL absolute. */
export interface ChangeFeed {
	/** The language's tag (`en`). */
	lang: string;
	title: string;
	subtitle: string;
	/** The feed's own address (`rel="self"`). */
	feedUrl: string;
	/** The "What changed" page: the feed's id and its `rel="alternate"`; each entry's id is its anchor there. */
	pageUrl: string;
	author: { name: string; uri?: string | undefined };
	/** When the feed last changed: its newest entry's day, or the page's review when it has none (`YYYY-MM-DD`). */
	updated: string;
	entries: Array<{ id: string; date: string; text: string; links: Array<{ label: string; url: string }> }>;
	/** What comes before the linked pages in an entry ("Pages:"). */
	pagesLabel: string;
}

/** A day as an RFC 3339 timestamp, as Atom's dates are: midnight UTC (the changelog keeps days). */
const timestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * The changelog as an Atom 1.0 feed: the feed's id, title, update time, author and links, and per
 * change an entry with a permanent id (its anchor on the page), its sentence as title and, as
 * XHTML content, the sentence and links to the pages it concerns. Deterministic: no build time.
 */
export function atomFeed(feed: ChangeFeed): string {
	const x = escapeXml;
	const author = `<author><name>${x(feed.author.name)}</name>${feed.author.uri ? `<uri>${x(feed.author.uri)}</uri>` : ''}</author>`;
	const entries = feed.entries.map((entry) => {
		const url = `${feed.pageUrl}#${entry.id}`;
		const links = entry.links.map((link) => `<a href="${x(link.url)}">${x(link.label)}</a>`).join(', ');
		return [
			'  <entry>',
			`    <id>${x(url)}</id>`,
			`    <title type="text">${x(entry.text)}</title>`,
			`    <updated>${timestamp(entry.date)}</updated>`,
			`    <published>${timestamp(entry.date)}</published>`,
			`    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
			`    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${x(entry.text)}</p>${
				links ? `<p>${x(feed.pagesLabel)} ${links}</p>` : ''
			}</div></content>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
		`  <id>${x(feed.pageUrl)}</id>`,
		`  <title type="text">${x(feed.title)}</title>`,
		`  <subtitle type="text">${x(feed.subtitle)}</subtitle>`,
		`  <updated>${timestamp(feed.updated)}</updated>`,
		`  ${author}`,
		`  <link rel="self" type="application/atom+xml" href="${x(feed.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" hreflang="${x(feed.lang)}" href="${x(feed.pageUrl)}"/>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
