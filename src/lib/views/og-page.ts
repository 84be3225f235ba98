/**
 * Which card a page's preview image shows, with which words: a page's title, kind and colour
 * (og-image.ts), or for an answer page the answer itself (og-answer.ts). The tree is all an image
 * depends on besides how it is drawn, so it is also what the image cache is keyed by.
 */
import { getRecommenderFactors } from '../content/collections';
import type { SitePage } from '../content/pages';
import { translator, uiStrings } from '../domain/i18n';
import { recommendRole, sideOf } from '../domain/recommend';
import { answerChips, describeResult } from '../domain/result-card';
import { SOURCE_ARTICLE } from '../domain/site';
import { ogAnswerTree } from './og-answer';
import { ogImageTree, type OgNode, type OgPalette } from './og-image';
import { kindLabel } from './views';

/** The element tree of a page's preview image. */
export async function pageImageTree(page: SitePage, colors: OgPalette): Promise<OgNode> {
	const t = translator(page.locale);
	const common = {
		kind: t(kindLabel(page.entry.kind)),
		siteName: t('og.siteName'),
		credit: t('og.credit', { author: SOURCE_ARTICLE.author, blog: t('credit.blog') }),
	};
	if (!page.answers) {
		return ogImageTree(
			{ ...common, title: page.title, tone: page.member === 'cio' || page.member === 'cto' ? page.member : undefined },
			colors,
		);
	}
	// An answer page shows its answer, so a shared answer previews as the answer itself.
	const answers = page.answers;
	const factors = await getRecommenderFactors(page.locale);
	const result = recommendRole(factors, answers);
	if (!result) throw new Error(`The answer page ${page.path} has answers the recommender cannot answer.`);
	return ogAnswerTree(
		{
			...common,
			headline: describeResult(result, uiStrings(page.locale)).headline,
			tone: sideOf(result),
			// The same words as the page: its heading, and the answers as its chips show them.
			answers: answerChips(factors, answers).map((chip) => chip.answer),
		},
		colors,
	);
}
