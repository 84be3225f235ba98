/** Each page's Open Graph image (1200×630 PNG), rendered at build time from its title and kind. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { translator, type UiKey } from '../../lib/i18n';
import { ogImageTree } from '../../lib/og-image';
import { renderOgPng } from '../../lib/og-render';
import { getAllPages, type PageKind, type SitePage } from '../../lib/pages';
import { ogImageSlug } from '../../lib/seo';
import { SOURCE_ARTICLE } from '../../lib/site';

/** The label of each kind of page on its image. */
const KIND_LABEL: Record<PageKind, UiKey> = {
	home: 'kind.home',
	role: 'kind.role',
	differences: 'kind.differences',
	guide: 'kind.guide',
	scenario: 'kind.scenario',
	recommender: 'kind.recommender',
	reference: 'kind.reference',
	about: 'kind.about',
	search: 'kind.search',
	'not-found': 'kind.not-found',
};

export const getStaticPaths = (async () => {
	// Every page a reader can share; the embed page shares the recommender's address instead.
	const pages = (await getAllPages()).filter((page) => page.entry.template !== 'embed');
	return pages.map((page) => ({ params: { slug: ogImageSlug(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props }) => {
	const { page } = props;
	const t = translator(page.locale);
	const png = await renderOgPng(
		ogImageTree({
			title: page.title,
			kind: t(KIND_LABEL[page.entry.kind]),
			siteName: t('og.siteName'),
			credit: t('og.credit', { author: SOURCE_ARTICLE.author, blog: SOURCE_ARTICLE.blogName }),
		}),
	);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
