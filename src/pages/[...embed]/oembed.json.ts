/** Each embed page's oEmbed response, beside it: `/embed/recommender/oembed.json` (see src/lib/views/oembed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedResponse } from '../../lib/views/oembed';
import type { SitePage } from '../../lib/content/pages';
import { checkedPages } from '../../lib/build/routes';
import { absoluteUrl, ogImagePath } from '../../lib/views/seo';

export const getStaticPaths = (async () => {
	const pages = (await checkedPages()).filter((page) => page.entry.template === 'embed');
	return pages.map((page) => ({ params: { embed: page.path.replace(/^\/|\/$/g, '') }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props, locals }) => {
	const { page } = props;
	const { t, site } = locals;
	const shown = site.page(page.entry.canonical ?? page.id);
	const response = oembedResponse({
		title: page.title,
		providerName: t('site.name'),
		providerUrl: absoluteUrl(locals.deployment, site.page('home').path),
		pageUrl: absoluteUrl(locals.deployment, shown.path),
		embedUrl: absoluteUrl(locals.deployment, page.path),
		thumbnailUrl: absoluteUrl(locals.deployment, ogImagePath(shown.path)),
	});
	return new Response(`${JSON.stringify(response, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
