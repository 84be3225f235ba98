/**
 * The site as Markdown, in one language: every page's prose with its components in their Markdown
 * forms (declared with each component in `prose.ts`), the role and worked-example pages from their
 * data, `llms.txt` and `llms-full.txt`. The same data and view functions as the HTML pages.
 */
import { getDifferences, getGuideFactors, getRoles, getScenarios, proseOf, type Role } from '../content/collections';
import { rewriteMdx, type MdxBody } from '../content/mdx';
import type { SitePage } from '../content/pages';
import { answersId, serializeAnswers } from '../domain/recommend';
import { variantAnswers } from '../domain/scenarios';
import { blocks, demoteHeadings, linkItem, llmsIndex } from './llms';
import { articleQuote, credit, linker, plain, resultMarkdown, type MarkdownContext } from './markdown';
import { proseUses, type ProseContext } from './prose';
import { linkLabels } from './sections';
import { absoluteUrl, markdownPath } from './seo';
import { focusDetail } from './views';

/** What the files need of the request: its language context (see src/middleware.ts). */
type Context = MarkdownContext;

/**
 * An MDX body as Markdown: each prose component in its Markdown form, the article's words in the
 * language's quotation marks, headings without their `{#id}` (Markdown readers do not know them).
 */
export async function proseMarkdown(context: ProseContext, body: MdxBody): Promise<string> {
	const uses = new Map(proseUses(body).map((use) => [use.node as object, use]));
	const withLabels = {
		...context,
		label: async (target: string) => (await linkLabels(context, [target])).get(target) ?? target,
	};
	return rewriteMdx(body, async (node, inner) => {
		if (node.kind === 'heading') return `${'#'.repeat(node.depth)} ${inner}`;
		if (node.name === 'q') return context.t('quote.inline', { text: inner });
		const use = uses.get(node);
		return use ? (await use.component.markdown(withLabels, use.props, inner)).trim() : undefined;
	});
}

async function roleMarkdown(context: ProseContext, role: Role): Promise<string> {
	const { t, locale } = context;
	const link = linker(context);
	const [roles, differences] = await Promise.all([getRoles(locale), getDifferences(locale)]);
	const counterpart = roles.find((other) => other.id === role.counterpart);
	return blocks(
		`*${role.summary}*`,
		await proseMarkdown(context, proseOf(role.entry)),
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

async function scenarioMarkdown(context: ProseContext): Promise<string> {
	const { t, locale } = context;
	const link = linker(context);
	const [scenarios, factors] = await Promise.all([getScenarios(locale), getGuideFactors(locale)]);
	const scenario = scenarios.find((candidate) => candidate.id === context.page.member)!;
	const { answers } = scenario;
	return blocks(
		await proseMarkdown(context, proseOf(scenario.entry)),
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
	const pageContext = { ...context, page };
	switch (page.entry.template) {
		case 'prose':
			return proseMarkdown(pageContext, proseOf(page.words!));
		case 'role':
			return roleMarkdown(
				pageContext,
				(await getRoles(context.locale)).find((role) => role.id === page.member)!,
			);
		case 'scenario':
			return scenarioMarkdown(pageContext);
		default:
			return undefined;
	}
}

/** An answer page: the result with its reasons, and the way to change the answers. */
async function answerMarkdown(context: Context, page: SitePage): Promise<string> {
	const factors = await getGuideFactors(context.locale);
	const answers = page.answers!;
	return blocks(
		`## ${context.t('recommend.page.result')}`,
		await resultMarkdown(context, answers),
		linkItem(context.t('recommend.page.change'), linker(context)(`recommend?${serializeAnswers(factors, answers)}`)),
	);
}

/**
 * One page as a Markdown document, for readers who paste it into an assistant, a wiki or an e-mail:
 * its title and summary, its content with the article's words in quotation marks and every link
 * absolute, then where it lives and the credit. Undefined for a page without one (`markdownPath`).
 */
export async function pageMarkdown(context: Context, page: SitePage): Promise<string | undefined> {
	if (!markdownPath(page)) return undefined;
	const body =
		page.entry.template === 'answer'
			? await answerMarkdown(context, page)
			: page.entry.template === 'search'
				? await proseMarkdown({ ...context, page }, proseOf(page.words!))
				: await pageBody(context, page);
	if (body === undefined) return undefined;
	const { t } = context;
	return blocks(
		`# ${page.heading ?? page.title}`,
		`> ${page.description}`,
		body,
		'---',
		t('llms.url', { url: linker(context)(page.id) }),
		credit(context),
	);
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
		pages: pages.map((page) => {
			const markdown = markdownPath(page);
			return {
				title: page.title,
				url: link(page.id),
				description: markdown
					? `${page.description} ${t('llms.markdown', { url: absoluteUrl(context.deployment, markdown) })}`
					: page.description,
			};
		}),
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
