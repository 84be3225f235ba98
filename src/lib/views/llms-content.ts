/**
 * Feeds the llms.txt builders from the collections, in one language: every page's prose as
 * Markdown, with the data components rendered from the same data and the same view functions
 * (`views.ts`, `recommend-view.ts`) the HTML pages use.
 */
import {
	render,
	getDifferences,
	getFaq,
	getGlossary,
	getGuideFactors,
	getOverlaps,
	getRecommenderFactors,
	getRoles,
	getScenarios,
	type Role,
} from '../content/collections';
import { LOCALE_SETTINGS, uiStrings } from '../domain/i18n';
import {
	blocks,
	demoteHeadings,
	linkItem,
	llmsIndex,
	markdownTable,
	replaceComponents,
	type ComponentRenderer,
} from './llms';
import { siteCredit } from './credit';
import { faqListGroups, questionGroups, questionsOf } from '../domain/faq';
import { splitTarget } from '../domain/page-links';
import { PICTURES, drawPicture, pictureMarkdown } from './picture-data';
import type { SitePage } from '../content/pages';
import { answersId, recommendRole, serializeAnswers, type Answers } from '../domain/recommend';
import { decisionCell, resultCard } from '../domain/result-card';
import { replaceQuoteTags, withQuotationMarks } from '../domain/quotes';
import { variantAnswers } from '../domain/scenarios';
import { linkLabels } from './sections';
import { absoluteUrl } from './seo';
import { SOURCE_ARTICLE, quotesInTranslation } from '../domain/site';
import { answerGrid, focusDetail, guideRuleWords, pullLabel, ruleNotes } from './views';
import { worksheetRows } from './worksheet';

/** What the files need of the request: its language context (see src/middleware.ts). */
type Context = Pick<App.Locals, 't' | 'site' | 'locale' | 'deployment'>;

/** Absolute URLs for page ids (`guide#goals`). */
const linker = (context: Context) => (target: string) => absoluteUrl(context.deployment, context.site.pathOf(target));

/** The credit line, in Markdown: based on the article, quoted in translation where it is. */
function credit(context: Context): string {
	const { t, locale } = context;
	const line = t('credit.basedOn', { citation: citation(context) });
	return quotesInTranslation(LOCALE_SETTINGS[locale].lang) ? `${line} ${t('credit.translated')}` : line;
}

/** The credit line's citation, in Markdown. */
function citation({ t }: Context): string {
	const { title, url, author, copyrightYear } = SOURCE_ARTICLE;
	return t('credit.citation', { article: `[${title}](${url})`, author, blog: t('credit.blog'), year: copyrightYear });
}

/** A string with the article's words in `<q>…</q>`, as text in the language's quotation marks. */
const plain =
	({ t }: Context) =>
	(text: string) =>
		withQuotationMarks(text, (quoted) => t('quote.inline', { text: quoted }));

/** A passage of the article as a Markdown block quotation, captioned as the article's. */
const articleQuote = ({ t }: Context, text: string) => `> ${text.trim()}\n>\n> — ${t('quote.fromArticle')}`;

/** An MDX or Markdown body with its `<q>` elements in the language's quotation marks. */
const quotedBody = ({ t }: Context, body: string) =>
	replaceQuoteTags(body, (quoted) => t('quote.inline', { text: quoted }));

/** The templates of the page's language, raw, for the view functions that fill them. */
const wordsOf = ({ locale }: Context) => uiStrings(locale);

/** A result as the card shows it: the headline and explanation, then why, answer by answer. */
async function resultMarkdown(context: Context, answers: Answers): Promise<string> {
	const factors = await getRecommenderFactors(context.locale);
	const result = recommendRole(factors, answers);
	if (!result) throw new Error(`No recommendation for ${JSON.stringify(answers)}.`);
	const card = resultCard(result, factors, wordsOf(context));
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
async function answerGridMarkdown(context: Context): Promise<string> {
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
					return `[${decisionCell(answer.result, wordsOf(context))}](${link(`answers/${answer.id}`)})`;
				}),
			]),
		),
	);
}

/** The Markdown form of every component prose may use (see MdxContent.astro). */
async function renderers(context: Context, page: SitePage): Promise<Record<string, ComponentRenderer>> {
	const { t, site, locale } = context;
	const link = linker(context);
	const [roles, differences, factors, scenarios, grid, overlaps, faq, glossary] = await Promise.all([
		getRoles(locale),
		getDifferences(locale),
		getGuideFactors(locale),
		getScenarios(locale),
		answerGridMarkdown(context),
		getOverlaps(locale),
		getFaq(locale),
		getGlossary(locale),
	]);
	const shownFaq = questionsOf(faq, faqListGroups(page.words?.body ?? ''));
	const faqIndex = page.words
		? questionGroups(
				faq,
				faqListGroups(page.words.body ?? ''),
				(await render(page.words)).headings,
				page.words.filePath ?? page.words.id,
			)
		: [];
	const labels = await linkLabels(site, t, [
		...shownFaq.flatMap((question) => question.links),
		...glossary.flatMap((term) => term.usedOn),
	]);
	const sides = roles.filter((role) => role.id === 'cio' || role.id === 'cto');
	const pictures = new Map(
		await Promise.all(
			PICTURES.map(async (name) => [name as string, await drawPicture(name, `picture-${name}`, locale, t)] as const),
		),
	);
	return {
		SiteLink: (attributes, children) => `[${children.trim()}](${link(attributes['to'] ?? 'home')})`,
		Recommender: () => `${t('recommend.prompt')} [${site.page('recommend').navLabel}](${link('recommend')})`,
		TryRecommender: () => `${t('recommend.prompt')} [${site.page('recommend').navLabel}](${link('recommend')})`,
		DecisionTable: () => grid,
		Picture: (attributes) => {
			const picture = pictures.get(attributes['of'] ?? '');
			if (!picture)
				throw new Error(`<Picture of="${attributes['of'] ?? ''}"> names no picture (${PICTURES.join(', ')}).`);
			return pictureMarkdown(picture.title, picture.words);
		},
		StartHere: () =>
			[linkItem(t('start.recommend'), link('recommend')), linkItem(t('start.compare'), link('differences'))].join('\n'),
		ScenarioList: () =>
			scenarios
				.map((scenario) => linkItem(scenario.title, link(`scenarios/${scenario.id}`), scenario.description))
				.join('\n'),
		SourceCredit: () => citation(context),
		SiteCredit: () => siteCredit(t),
		ArticleQuote: (attributes, children) => articleQuote(context, attributes['text'] ?? children),
		FaqIndex: () =>
			faqIndex
				.map(
					(group) =>
						`- [${group.title}](${link(`${page.id}#${group.id}`)})\n${group.questions
							.map((question) => `  - [${question.question}](${link(`${page.id}#${question.id}`)})`)
							.join('\n')}`,
				)
				.join('\n'),
		FaqList: (attributes) =>
			questionsOf(shownFaq, [attributes['group'] ?? ''])
				.map((item) =>
					blocks(
						`### ${item.question}`,
						plain(context)(`**${item.answer}**${item.explanation ? ` ${item.explanation}` : ''}`),
						item.beyondArticle && `**${t('beyond.label')}** ${plain(context)(item.beyondArticle)}`,
						item.links.map((target) => linkItem(labels.get(target) ?? target, link(target))).join('\n'),
					),
				)
				.join('\n'),
		GlossaryList: () =>
			glossary
				.map((term) =>
					blocks(
						`**${term.term}**: ${plain(context)(term.definition)}`,
						term.beyondArticle && `**${t('beyond.label')}** ${plain(context)(term.beyondArticle)}`,
						`${t('glossary.usedOn')} ${term.usedOn.map((target) => `[${labels.get(target) ?? target}](${link(target)})`).join(' · ')}`,
					),
				)
				.join('\n'),
		OverlapList: () => overlaps.map((overlap) => `- **${overlap.title}.** ${overlap.explanation}`).join('\n'),
		DecisionWorksheet: () =>
			blocks(
				`**${t('worksheet.caption')}**`,
				markdownTable(
					[t('worksheet.area'), t('worksheet.article'), t('worksheet.question'), t('worksheet.ours')],
					worksheetRows(roles, overlaps).map((row) => [
						row.area,
						row.owner === 'shared' ? t('worksheet.shared') : row.owner.acronym,
						row.question,
						' ',
					]),
				),
			),
		PageList: () => site.nav.map((item) => linkItem(item.navLabel, link(item.id))).join('\n'),
		RolesAtAGlance: () =>
			roles
				.map((role) =>
					blocks(
						`### [${role.title}](${link(`roles/${role.id}`)}) (${role.acronym} · ${role.focus})`,
						role.summary,
						role.responsibilities.map((item) => `- ${item.title}`).join('\n'),
					),
				)
				.join('\n'),
		EntryPoints: () =>
			(page.words?.data.faq ?? [])
				.map((item) =>
					blocks(
						`**${item.question}**`,
						item.answer,
						item.links.length > 0 &&
							item.links.map((target) => linkItem(site.page(splitTarget(target).id).navLabel, link(target))).join('\n'),
					),
				)
				.join('\n'),
		ComparisonTable: () =>
			blocks(
				markdownTable(
					[t('comparison.dimension'), ...sides.map((side) => side.acronym)],
					differences.map((row) => [row.dimension, row.cio.short, row.cto.short]),
				),
				...differences.map((row) =>
					blocks(
						`### ${row.dimension}`,
						sides
							.map((side) => `- ${side.acronym}: ${plain(context)(row[side.id as 'cio' | 'cto'].detail)}`)
							.join('\n'),
					),
				),
			),
		GuideFactors: () =>
			factors
				.map((factor) => {
					const [answer, ...more] = factor.explanation;
					return blocks(
						`## ${factor.title}`,
						answer && `**${plain(context)(answer)}**`,
						articleQuote(context, factor.article),
						...more.map(plain(context)),
						`### ${t('guide.favours')}`,
						factor.options
							.map((option) =>
								[
									`- **${option.label}** (${option.hint}): ${t(pullLabel(option.weights))}. ${plain(context)(option.reason)}`,
									...ruleNotes(option, guideRuleWords(factors, t)).map((note) => t(note.key, note.values)),
								].join(' '),
							)
							.join('\n'),
					);
				})
				.join('\n'),
	};
}

/** Removes `{#id}` heading attributes: Markdown readers do not know them. */
const withoutHeadingIds = (markdown: string) => markdown.replace(/^(#{1,6} .*?)[ \t]*\{#[a-z0-9-]+\}[ \t]*$/gm, '$1');

/**
 * The Markdown of a role's or a worked example's words: their body, with the components such
 * bodies use (a passage of the article, a link by page id) in their Markdown forms.
 */
function entryMarkdown(
	context: Context,
	entry: { body?: string | undefined; filePath?: string | undefined; id: string },
): string {
	const link = linker(context);
	const markdown = replaceComponents(
		entry.body ?? '',
		{
			ArticleQuote: (attributes, children) => articleQuote(context, attributes['text'] ?? children),
			SiteLink: (attributes, children) => `[${children.trim()}](${link(attributes['to'] ?? 'home')})`,
		},
		entry.filePath ?? entry.id,
	);
	return withoutHeadingIds(quotedBody(context, markdown));
}

async function roleMarkdown(context: Context, role: Role): Promise<string> {
	const { t, locale } = context;
	const link = linker(context);
	const [roles, differences] = await Promise.all([getRoles(locale), getDifferences(locale)]);
	const counterpart = roles.find((other) => other.id === role.counterpart);
	return blocks(
		`*${role.summary}*`,
		entryMarkdown(context, role.entry),
		`## ${t('role.focus', { focus: role.focus })}`,
		plain(context)(focusDetail(role.id, differences) ?? ''),
		`## ${t('role.responsibilities')}`,
		role.responsibilities
			.map((item) =>
				blocks(
					`### ${item.title}`,
					item.summary,
					articleQuote(context, item.explanation),
					item.inPractice.length > 0 &&
						`**${t('role.inPractice')}** ${t('role.inPracticeNote')}\n\n${item.inPractice.map((point) => `- ${point}`).join('\n')}`,
				),
			)
			.join('\n'),
		counterpart &&
			`## ${t('role.compare', { role: counterpart.acronym })}\n\n${linkItem(
				context.site.page(`roles/${counterpart.id}`).title,
				link(`roles/${counterpart.id}`),
			)}\n${linkItem(t('entry.differences'), link('differences'))}`,
	);
}

async function scenarioMarkdown(context: Context, page: SitePage): Promise<string> {
	const { t, locale } = context;
	const link = linker(context);
	const [scenarios, factors] = await Promise.all([getScenarios(locale), getGuideFactors(locale)]);
	const scenario = scenarios.find((candidate) => candidate.id === page.member)!;
	const { answers } = scenario;
	return blocks(
		entryMarkdown(context, scenario.entry),
		`## ${t('scenario.answers')}`,
		factors
			.map(
				(factor) =>
					`- ${t('scenario.answer', {
						question: factor.question,
						answer: factor.options.find((option) => option.id === answers[factor.param])?.label ?? '',
					})}`,
			)
			.join('\n'),
		`## ${t('scenario.result')}`,
		await resultMarkdown(context, answers),
		linkItem(t('scenario.open'), link(`recommend?${serializeAnswers(factors, answers)}`)),
		scenario.variants.length > 0 && `## ${t('scenario.variants')}`,
		scenario.variants
			.map((variant) => {
				const answer = context.site.page(`answers/${answersId(factors, variantAnswers(scenario, variant))}`);
				return `- ${variant.text} [${answer.title}](${link(answer.id)})`;
			})
			.join('\n'),
	);
}

/** The Markdown body of a page, or undefined for a page `llms-full.txt` leaves out. */
async function pageBody(context: Context, page: SitePage): Promise<string | undefined> {
	switch (page.entry.template) {
		case 'prose': {
			const words = page.words!;
			const markdown = replaceComponents(words.body ?? '', await renderers(context, page), words.filePath ?? words.id);
			return withoutHeadingIds(quotedBody(context, markdown));
		}
		case 'role':
			return roleMarkdown(
				context,
				(await getRoles(context.locale)).find((role) => role.id === page.member)!,
			);
		case 'scenario':
			return scenarioMarkdown(context, page);
		default:
			return undefined;
	}
}

/** `llms.txt`: the site's title and summary, the credit, and every page with its one-line summary. */
export async function llmsIndexText(context: Context): Promise<string> {
	const { t, site } = context;
	const link = linker(context);
	const pages = site.pages.filter((page) => page.entry.llms);
	const home = site.page('home');
	return llmsIndex({
		title: t('site.name'),
		summary: home.description,
		details: `${credit(context)} ${t('llms.details')}`,
		pagesHeading: t('llms.pages'),
		optionalHeading: t('llms.optional'),
		pages: pages.map((page) => ({ title: page.title, url: link(page.id), description: page.description })),
		full: {
			title: t('llms.fullTitle'),
			url: absoluteUrl(context.deployment, site.localPath('llms-full.txt')),
			description: t('llms.fullDescription'),
		},
	});
}

/** `llms-full.txt`: the whole site in one language as one Markdown document, page by page. */
export async function llmsFullText(context: Context): Promise<string> {
	const { t, site } = context;
	const link = linker(context);
	const sections: string[] = [];
	for (const page of site.pages.filter((candidate) => candidate.entry.llms)) {
		const body = await pageBody(context, page);
		if (body === undefined) continue;
		sections.push(
			blocks(
				`## ${page.title}`,
				t('llms.url', { url: link(page.id) }),
				`> ${page.description}`,
				demoteHeadings(body, 1),
			),
		);
	}
	return blocks(
		`# ${t('llms.title', { site: t('site.name'), tagline: t('site.tagline') })}`,
		`> ${credit(context)}`,
		...sections,
	);
}
