/** Each page's Open Graph image (1200×630 PNG), rendered at build time from its title and kind. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImageTree } from '../../lib/og-image';
import { renderOgPng } from '../../lib/og-render';
import { ogImageSlug } from '../../lib/seo';
import { SOURCE_ARTICLE } from '../../lib/site';
import { getSitePages, type SitePage } from '../../lib/site-pages';
import { t } from '../../lib/ui-strings';

export const getStaticPaths = (async () => {
	const pages = await getSitePages();
	return pages.map((page) => ({ params: { slug: ogImageSlug(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props }) => {
	const { page } = props;
	const credit = `${t('footer.basedOn')} ${t('footer.by')} ${SOURCE_ARTICLE.author} ${t('footer.on')} ${SOURCE_ARTICLE.blogName}`;
	const png = await renderOgPng(
		ogImageTree({ title: page.title, kind: t(`kind.${page.kind}`), siteName: t('og.siteName'), credit }),
	);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
