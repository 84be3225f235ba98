/** Each page's Open Graph image (1200×630 PNG), rendered at build time from its title and kind. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecommenderFactors } from '../../lib/content/collections';
import { translator, uiStrings } from '../../lib/domain/i18n';
import { ogAnswerTree } from '../../lib/views/og-answer';
import { ogImageTree } from '../../lib/views/og-image';
import { ogPalette, renderOgPng } from '../../lib/build/og-render';
import type { SitePage } from '../../lib/content/pages';
import { checkedPages } from '../../lib/build/routes';
import { recommendRole, sideOf } from '../../lib/domain/recommend';
import { answerChips, describeResult } from '../../lib/domain/result-card';
import { ogImageSlug } from '../../lib/views/seo';
import { SOURCE_ARTICLE } from '../../lib/domain/site';
import { kindLabel } from '../../lib/views/views';

export const getStaticPaths = (async () => {
	// Every page a reader can share; the embed page shares the recommender's address instead.
	const pages = (await checkedPages()).filter((page) => page.entry.template !== 'embed');
	return pages.map((page) => ({ params: { slug: ogImageSlug(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

type Props = { page: SitePage };

export const GET: APIRoute<Props> = async ({ props }) => {
	const { page } = props;
	const t = translator(page.locale);
	const colors = await ogPalette();
	const common = {
		kind: t(kindLabel(page.entry.kind)),
		siteName: t('og.siteName'),
		credit: t('og.credit', { author: SOURCE_ARTICLE.author, blog: t('credit.blog') }),
	};
	let tree = ogImageTree(
		{ ...common, title: page.title, tone: page.member === 'cio' || page.member === 'cto' ? page.member : undefined },
		colors,
	);
	if (page.answers) {
		// An answer page shows its answer, so a shared answer previews as the answer itself.
		const factors = await getRecommenderFactors(page.locale);
		const result = recommendRole(factors, page.answers)!;
		tree = ogAnswerTree(
			{
				...common,
				headline: describeResult(result, uiStrings(page.locale)).headline,
				tone: sideOf(result),
				// The same words as the page: its heading, and the answers as its chips show them.
				answers: answerChips(factors, page.answers).map((chip) => chip.answer),
			},
			colors,
		);
	}
	const png = await renderOgPng(tree);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
