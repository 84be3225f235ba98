/**
 * The Markdown forms of what the pages show, in one language: links made absolute, the article's
 * words in the language's quotation marks, block quotations captioned as the article's, the
 * credit, a recommender result and the grid of all answers. `prose.ts` (the prose components) and
 * `llms-content.ts` (whole pages) build on these, with the same view functions the HTML uses.
 */
import { getRecommenderFactors } from '../content/collections';
import type { Site } from '../content/pages';
import { LOCALE_SETTINGS, uiStrings, type Locale, type Translate } from '../domain/i18n';
import { withQuotationMarks } from '../domain/quotes';
import { recommendRole, type Answers } from '../domain/recommend';
import { decisionCell, resultCard } from '../domain/result-card';
import { SOURCE_ARTICLE, quotesInTranslation } from '../domain/site';
import { blocks, markdownTable } from './llms';
import { absoluteUrl, type Deployment } from './seo';
import { answerGrid } from './views';

/** What the Markdown needs of a request: its language context (see src/middleware.ts). */
export interface MarkdownContext {
	locale: Locale;
	t: Translate;
	site: Site;
	deployment: Deployment;
}

/** Absolute URLs for page ids (`guide#goals`). */
export const linker = (context: MarkdownContext) => (target: string) =>
	absoluteUrl(context.deployment, context.site.pathOf(target));

/** A string with the article's words in `<q>…</q>`, as text in the language's quotation marks. */
export const plain =
	({ t }: Pick<MarkdownContext, 't'>) =>
	(text: string) =>
		withQuotationMarks(text, (quoted) => t('quote.inline', { text: quoted }));

/** A passage of the article as a Markdown block quotation, captioned as the article's. */
export const articleQuote = ({ t }: Pick<MarkdownContext, 't'>, text: string, caption = t('quote.fromArticle')) =>
	`> ${text.trim()}\n>\n> — ${caption}`;

/** The credit line's citation, in Markdown. */
export function citation({ t }: Pick<MarkdownContext, 't'>): string {
	const { title, url, author, copyrightYear } = SOURCE_ARTICLE;
	return t('credit.citation', { article: `[${title}](${url})`, author, blog: t('credit.blog'), year: copyrightYear });
}

/** The credit line, in Markdown: based on the article, quoted in translation where it is. */
export function credit(context: Pick<MarkdownContext, 't' | 'locale'>): string {
	const { t, locale } = context;
	const line = t('credit.basedOn', { citation: citation(context) });
	return quotesInTranslation(LOCALE_SETTINGS[locale].lang) ? `${line} ${t('credit.translated')}` : line;
}

/** A result as the card shows it: the headline and explanation, then why, answer by answer. */
export async function resultMarkdown(context: MarkdownContext, answers: Answers): Promise<string> {
	const factors = await getRecommenderFactors(context.locale);
	const result = recommendRole(factors, answers);
	if (!result) throw new Error(`No recommendation for ${JSON.stringify(answers)}.`);
	const card = resultCard(result, factors, uiStrings(context.locale));
	return blocks(
		`**${card.headline}** ${card.detail}`,
		`**${context.t('recommend.why')}**`,
		card.rows
			.map(
				(row) =>
					`- ${context.t('recommend.reasonLine', { factor: row.title, answer: row.label, relation: row.relationLabel, reason: row.text })}`,
			)
			.join('\n'),
	);
}

/** The grid of all answers as one Markdown table: a row per industry and goal, a column per company size. */
export async function answerGridMarkdown(context: MarkdownContext): Promise<string> {
	const { t } = context;
	const link = linker(context);
	const factors = await getRecommenderFactors(context.locale);
	const { columns, groups, rows, cell } = answerGrid(factors);
	return markdownTable(
		[
			t('recommend.grid.corner', { rows: `${groups.title} · ${rows.title}`, columns: columns.title }),
			...columns.options.map((column) => column.short),
		],
		groups.options.flatMap((group) =>
			rows.options.map((row) => [
				`${group.short} · ${row.short}`,
				...columns.options.map((column) => {
					const answer = cell(column.id, group.id, row.id);
					return `[${decisionCell(answer.result, uiStrings(context.locale))}](${link(`answers/${answer.id}`)})`;
				}),
			]),
		),
	);
}
