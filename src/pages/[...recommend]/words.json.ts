/**
 * `/recommend/words.json`: the live recommender's words in the page's language, beside the
 * recommender's page: the interface strings of a result and why each answer leads where it does.
 * The recommender fetches it on intent (the reader's first answer, or at once when the address
 * carries answers) rather than carrying it in every page that shows the form, the way
 * search loads its interface, so the recommender's page stays within its byte budget.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecommenderFactors } from '../../lib/content/collections';
import { uiStrings } from '../../lib/domain/i18n';
import type { SitePage } from '../../lib/content/pages';
import { checkedPages } from '../../lib/build/routes';
import { reasonWords, recommenderKeys } from '../../lib/domain/result-card';

export const getStaticPaths = (async () => {
	const pages = (await checkedPages()).filter((page) => page.entry.id === 'recommend');
	return pages.map((page) => ({ params: { recommend: page.path.replace(/^\/|\/$/g, '') }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props }) => {
	const { locale } = props.page;
	const strings = uiStrings(locale);
	const words = Object.fromEntries(recommenderKeys().map((key) => [key, strings[key]]));
	const reasons = reasonWords(await getRecommenderFactors(locale));
	return new Response(JSON.stringify({ words, reasons }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
