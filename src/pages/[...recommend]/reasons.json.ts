/**
 * `/recommend/reasons.json`: why each answer leads where it does, in the page's language, beside
 * the recommender's page. The live recommender fetches it rather than carrying it in every page
 * that shows the form, so the recommender's page stays within its byte budget.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecommenderFactors } from '../../lib/content';
import { getAllPages, type SitePage } from '../../lib/pages';
import { reasonWords } from '../../lib/recommend-view';

export const getStaticPaths = (async () => {
	const pages = (await getAllPages()).filter((page) => page.entry.id === 'recommend');
	return pages.map((page) => ({ params: { recommend: page.path.replace(/^\/|\/$/g, '') }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(JSON.stringify(reasonWords(await getRecommenderFactors(props.page.locale))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
