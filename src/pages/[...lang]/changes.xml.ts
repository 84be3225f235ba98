/** The changelog as an Atom feed, one per language (`/changes.xml`, `/de/changes.xml`), linked from the home page's head and the footer. */
import type { APIRoute } from 'astro';
import { localeFilePaths } from '../../lib/build/routes';
import { LOCALE_SETTINGS } from '../../lib/domain/i18n';
import { KNOWLEDGE_BASE } from '../../lib/domain/site';
import { atomFeed, changeItems } from '../../lib/views/changes';
import { linker } from '../../lib/views/markdown';
import { absoluteUrl } from '../../lib/views/seo';

export const getStaticPaths = localeFilePaths;

export const GET: APIRoute = async ({ locals }) => {
	const { t, site, deployment, locale } = locals;
	const page = site.page('changes');
	const link = linker(locals);
	const items = await changeItems(locals);
	const body = atomFeed({
		lang: LOCALE_SETTINGS[locale].lang,
		title: t('changes.feedTitle', { site: t('site.name') }),
		subtitle: page.description,
		feedUrl: absoluteUrl(deployment, site.localPath('changes.xml')),
		pageUrl: link('changes'),
		author: { name: KNOWLEDGE_BASE.author.name, uri: KNOWLEDGE_BASE.author.url },
		updated: items[0]?.date ?? page.entry.reviewed,
		pagesLabel: t('changes.pages'),
		entries: items.map((item) => ({
			id: item.id,
			date: item.date,
			text: item.text,
			links: item.links.map(({ label, target }) => ({ label, url: link(target) })),
		})),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
