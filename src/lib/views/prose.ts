/**
 * The components prose may use, each declared once: its attributes, what it may wrap, and what it
 * contributes besides its HTML: sections of the page's contents column, further anchors links may
 * name, questions published as FAQPage data, the glossary as DefinedTermSet data, the pages it
 * links to, and its Markdown form (`llms-full.txt`). Its HTML is its view,
 * `src/components/prose/<Name>.astro`, which `MdxContent.astro` finds by name.
 *
 * Adding a component is this declaration plus its view; the content check (every words file, at
 * build) validates every use against `props` and names the file, the component and the attribute.
 */
import { z } from 'astro/zod';
import {
	getDifferences,
	getFaq,
	type FaqQuestion,
	getGlossary,
	getGuideFactors,
	getOverlaps,
	getRoles,
	getScenarios,
	proseOf,
} from '../content/collections';
import { allNodes, isComponent, type MdxBody, type MdxElement, type MdxHeading } from '../content/mdx';
import type { SitePage } from '../content/pages';
import { splitTarget } from '../domain/page-links';
import { changeItems } from './changes';
import { siteCredit } from './credit';
import { absoluteUrl } from './seo';
import { blocks, linkItem, markdownTable } from './llms';
import { answerGridMarkdown, articleQuote, citation, linker, plain, type MarkdownContext } from './markdown';
import { PICTURES, drawPicture, pictureMarkdown, pictureSources } from './picture-data';
import { shown, type ShownEntry } from './shown';
import type { TocEntry } from './toc';
import { comparisonSections, guideRuleWords, guideSections, pullLabel, ruleNotes } from './views';
import { worksheetRows } from './worksheet';

/** What a component's contributions are given: the language context and the page using it. */
export interface ProseContext extends MarkdownContext {
	page: SitePage;
}

/** The Markdown form's context: with what a link to a page or section reads as ("Guide: Company size"). */
export interface ProseMarkdownContext extends ProseContext {
	label(target: string): Promise<string>;
}

/** A question shown with its answer, as FAQPage data publishes it (the answer may mark the article's words). */
export interface ShownQuestion {
	question: string;
	answer: string;
}

/** One prose component: what an editor may write, and what it adds to the page besides its HTML. */
export interface ProseComponent<Props> {
	/** What it shows, in a line (the editing guide lists these). */
	summary: string;
	/** Its attributes, as written in MDX. */
	props: z.ZodType<Props>;
	/** What it may wrap: nothing (`<X />`) or a run of text (`<X>…</X>`). */
	children: 'none' | 'text';
	/** The sections it adds to the page's contents column, where it stands. */
	sections?(context: ProseContext, props: Props): Promise<TocEntry[]>;
	/** Further ids it gives the page, which links may name (`faq#who-owns-the-it-budget`). */
	anchors?(context: ProseContext, props: Props): Promise<string[]>;
	/** The questions it shows with their answers: the page publishes them as FAQPage data. */
	questions?(context: ProseContext, props: Props): Promise<ShownQuestion[]>;
	/** Whether it shows the glossary: the page publishes it as a DefinedTermSet. */
	showsGlossary?: true;
	/**
	 * The content entries whose words it shows, with their review dates: the page's review date is
	 * the earliest of everything it shows (`reviews.ts`).
	 */
	shows?(context: ProseContext, props: Props): Promise<ShownEntry[]>;
	/** The pages its attributes link to, by page id with an optional `#section` (checked at build). */
	links?(props: Props): string[];
	/** What only the content can show to be wrong about a use (a FAQ group without questions), by attribute. */
	problems?(context: ProseContext, props: Props): Promise<Array<{ attribute: string; message: string }>>;
	/** Its Markdown form; `children` is what it wraps, already in Markdown. */
	markdown(context: ProseMarkdownContext, props: Props, children: string): Promise<string> | string;
}

/** Declares a component, inferring its props from the schema. */
const declare = <Props>(component: ProseComponent<Props>): ProseComponent<Props> => component;

/** No attributes. */
const None = z.object({}).strict();

/** "Answer the three questions", leading to the recommender. */
const recommenderInvitation = ({ t, site, ...context }: ProseMarkdownContext) =>
	`${t('recommend.prompt')} [${site.page('recommend').navLabel}](${linker({ t, site, ...context })('recommend')})`;

/**
 * A question's whole answer as one text, as the page shows it in one paragraph and FAQPage data
 * publishes it: the one-line answer, then the evidence (the article's words still in `<q>…</q>`).
 */
export function answerText(item: Pick<FaqQuestion, 'answer' | 'explanation'>): string {
	return item.explanation ? `${item.answer} ${item.explanation}` : item.answer;
}

/** A group of questions as the FAQ's index lists it: the section its list stands under, and its questions. */
export interface QuestionGroup {
	/** The id of the `##` heading the group's `<FaqList>` stands under. */
	id: string;
	/** That heading's text. */
	title: string;
	questions: FaqQuestion[];
}

/**
 * The questions of a body's `<FaqList>`s, grouped under the `##` heading each list stands under,
 * in page order. Throws, naming the file and the group, for a list under no heading with an id:
 * the index could not link to it.
 */
export async function questionGroups(context: ProseContext, body: MdxBody, file: string): Promise<QuestionGroup[]> {
	const questions = await getFaq(context.locale);
	const groups: QuestionGroup[] = [];
	let section: MdxHeading | undefined;
	for (const node of allNodes(body)) {
		if (node.kind === 'heading' && node.depth === 2) section = node;
		if (node.kind !== 'element' || node.name !== 'FaqList') continue;
		const group = String(node.attributes['group'] ?? '');
		if (!section?.id) throw new Error(`${file}: <FaqList group="${group}" /> stands under no ## heading with an id.`);
		groups.push({
			id: section.id,
			title: section.text,
			questions: questions.filter((question) => question.group === group),
		});
	}
	return groups;
}

/** Every prose component, by the name MDX uses. */
export const PROSE = {
	ArticleQuote: declare({
		summary: 'a passage of the article as a block quotation captioned "From the article" (on one line)',
		props: z.object({ text: z.string().min(1).optional() }).strict(),
		children: 'text',
		markdown: (context, { text }, children) => articleQuote(context, text ?? children),
	}),
	ChangeList: declare({
		summary: 'the changelog (content/changes/), newest first: each change’s day, sentence and pages, and the Atom feed',
		props: None,
		children: 'none',
		anchors: async (context) => (await changeItems(context)).map((change) => change.id),
		async markdown(context) {
			const { t, site, deployment } = context;
			const link = linker(context);
			return blocks(
				linkItem(t('changes.feed'), absoluteUrl(deployment, site.localPath('changes.xml'))),
				(await changeItems(context))
					.map(
						(change) =>
							`- **${change.dateText}**: ${change.text} ${t('changes.pages')} ${change.links
								.map((page) => `[${page.label}](${link(page.target)})`)
								.join(', ')}`,
					)
					.join('\n'),
			);
		},
	}),
	ComparisonTable: declare({
		summary: 'the comparison of the two roles, a row per dimension (content/differences/)',
		props: None,
		children: 'none',
		sections: async ({ locale }) => comparisonSections(await getDifferences(locale)),
		shows: async ({ locale }) => shown('differences', await getDifferences(locale)),
		async markdown(context) {
			const { t, locale } = context;
			const [roles, differences] = await Promise.all([getRoles(locale), getDifferences(locale)]);
			const sides = roles.filter((role) => role.id === 'cio' || role.id === 'cto');
			return blocks(
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
			);
		},
	}),
	DecisionTable: declare({
		summary: 'the grid of every answer of the recommender, each cell linking to its answer page',
		props: z.object({ current: z.string().optional() }).strict(),
		children: 'none',
		shows: async ({ locale }) => shown('guide', await getGuideFactors(locale)),
		markdown: (context) => answerGridMarkdown(context),
	}),
	EmbedCode: declare({
		summary: '“Embed this”: the code a blogger pastes to show the recommender on another site, with a copy button',
		props: None,
		children: 'none',
		// The code is for people pasting it into a blog, not for a reader of the text.
		markdown: () => '',
	}),
	DecisionWorksheet: declare({
		summary: 'the printable who-decides-what worksheet: each area, the article’s owner, a column to fill in',
		props: None,
		children: 'none',
		shows: async ({ locale }) => [
			...shown('roles', await getRoles(locale)),
			...shown('overlaps', await getOverlaps(locale)),
		],
		async markdown({ t, locale }) {
			const [roles, overlaps] = await Promise.all([getRoles(locale), getOverlaps(locale)]);
			return blocks(
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
			);
		},
	}),
	EntryPoints: declare({
		summary: 'the questions of the page’s own `faq` field, each with its answer and where to read more',
		props: None,
		children: 'none',
		questions: async ({ page }) => page.words?.data.faq ?? [],
		markdown(context) {
			const { site, page } = context;
			const link = linker(context);
			return (page.words?.data.faq ?? [])
				.map((item) =>
					blocks(
						`**${item.question}**`,
						plain(context)(item.answer),
						item.links.length > 0 &&
							item.links.map((target) => linkItem(site.page(splitTarget(target).id).navLabel, link(target))).join('\n'),
					),
				)
				.join('\n');
		},
	}),
	FaqIndex: declare({
		summary:
			'every question of the page’s `<FaqList>`s at its top, grouped under their sections, each a link to its answer',
		props: None,
		children: 'none',
		async shows(context) {
			const words = context.page.words;
			if (!words) return [];
			const groups = await questionGroups(context, proseOf(words), words.filePath ?? words.id);
			return shown(
				'faq',
				groups.flatMap((group) => group.questions),
			);
		},
		async markdown(context) {
			const link = linker(context);
			const words = context.page.words;
			if (!words) return '';
			const groups = await questionGroups(context, proseOf(words), words.filePath ?? words.id);
			return groups
				.map(
					(group) =>
						`- [${group.title}](${link(`${context.page.id}#${group.id}`)})\n${group.questions
							.map((question) => `  - [${question.question}](${link(`${context.page.id}#${question.id}`)})`)
							.join('\n')}`,
				)
				.join('\n');
		},
	}),
	FaqList: declare({
		summary: 'the questions of one group of content/faq/ with their answers: <FaqList group="who-does-what" />',
		props: z.object({ group: z.string().min(1) }).strict(),
		children: 'none',
		anchors: async ({ locale }, { group }) =>
			(await getFaq(locale)).filter((question) => question.group === group).map((question) => question.id),
		questions: async ({ locale }, { group }) =>
			(await getFaq(locale))
				.filter((question) => question.group === group)
				.map((question) => ({ question: question.question, answer: answerText(question) })),
		shows: async ({ locale }, { group }) =>
			shown(
				'faq',
				(await getFaq(locale)).filter((question) => question.group === group),
			),
		async problems({ locale }, { group }) {
			const groups = [...new Set((await getFaq(locale)).map((question) => question.group))];
			return groups.includes(group)
				? []
				: [
						{
							attribute: 'group',
							message: `"${group}" is the group of no question; groups: ${groups.join(', ')}`,
						},
					];
		},
		async markdown(context, { group }) {
			const { t, locale } = context;
			const link = linker(context);
			const questions = (await getFaq(locale)).filter((question) => question.group === group);
			const blocksOf = await Promise.all(
				questions.map(async (item) =>
					blocks(
						`### ${item.question}`,
						plain(context)(`**${item.answer}**${item.explanation ? ` ${item.explanation}` : ''}`),
						item.beyondArticle && `**${t('beyond.label')}** ${plain(context)(item.beyondArticle)}`,
						(
							await Promise.all(item.links.map(async (target) => linkItem(await context.label(target), link(target))))
						).join('\n'),
					),
				),
			);
			return blocksOf.join('\n');
		},
	}),
	FirstQuestion: declare({
		summary: 'the recommender’s first question, each answer a link to the recommender with it given',
		props: None,
		children: 'none',
		async markdown(context) {
			const [first] = await getGuideFactors(context.locale);
			if (!first) return '';
			const link = linker(context);
			return blocks(
				`${context.t('start.firstQuestion')} **${first.question}**`,
				first.options
					.map((option) => linkItem(option.label, link(`recommend?${first.param}=${option.id}`), option.hint))
					.join('\n'),
			);
		},
	}),
	GlossaryList: declare({
		summary: 'every term of content/glossary/, defined, with the pages that use it',
		props: None,
		children: 'none',
		anchors: async ({ locale }) => (await getGlossary(locale)).map((term) => term.id),
		showsGlossary: true,
		shows: async ({ locale }) => shown('glossary', await getGlossary(locale)),
		async markdown(context) {
			const { t, locale } = context;
			const link = linker(context);
			const terms = await Promise.all(
				(await getGlossary(locale)).map(async (term) => {
					const uses = await Promise.all(
						term.usedOn.map(async (target) => `[${await context.label(target)}](${link(target)})`),
					);
					return blocks(
						`**${term.term}**: ${plain(context)(term.definition)}`,
						term.beyondArticle && `**${t('beyond.label')}** ${plain(context)(term.beyondArticle)}`,
						`${t('glossary.usedOn')} ${uses.join(' · ')}`,
					);
				}),
			);
			return terms.join('\n');
		},
	}),
	GuideFactors: declare({
		summary:
			'the guide’s questions (content/guide/): how each bears on the choice, what the article says, what each answer favours and the rules it brings',
		props: None,
		children: 'none',
		sections: async ({ locale }) => guideSections(await getGuideFactors(locale)),
		anchors: async ({ locale }) => (await getGuideFactors(locale)).map((factor) => `${factor.anchor}-answers`),
		shows: async ({ locale }) => shown('guide', await getGuideFactors(locale)),
		async markdown(context) {
			const { t, locale } = context;
			const factors = await getGuideFactors(locale);
			const ruleWords = guideRuleWords(factors, t);
			return factors
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
									...ruleNotes(option, ruleWords).map((note) => t(note.key, note.values)),
								].join(' '),
							)
							.join('\n'),
					);
				})
				.join('\n');
		},
	}),
	OverlapList: declare({
		summary: 'the three areas where the roles overlap (content/overlaps/)',
		props: None,
		children: 'none',
		shows: async ({ locale }) => shown('overlaps', await getOverlaps(locale)),
		markdown: async ({ locale }) =>
			(await getOverlaps(locale)).map((overlap) => `- **${overlap.title}.** ${overlap.explanation}`).join('\n'),
	}),
	PageList: declare({
		summary: 'every page of the header’s navigation, as a list of links',
		props: None,
		children: 'none',
		markdown: (context) => context.site.nav.map((item) => linkItem(item.navLabel, linker(context)(item.id))).join('\n'),
	}),
	Picture: declare({
		summary: `a picture drawn from the content, with its text equivalent: <Picture of="spectrum" /> (${PICTURES.join(', ')})`,
		props: z
			.object({
				of: z.enum(PICTURES),
				id: z
					.string()
					.regex(/^[a-z][a-z0-9-]*$/)
					.optional(),
			})
			.strict(),
		children: 'none',
		shows: async ({ locale }, { of }) => pictureSources(of, locale),
		async markdown({ locale, t }, { of, id }) {
			const picture = await drawPicture(of, id ?? `picture-${of}`, locale, t);
			return pictureMarkdown(picture.title, picture.words);
		},
	}),
	Recommender: declare({
		summary:
			'the recommender’s three questions and its answer; `syncUrl` keeps the address in step (one per page); what it wraps follows the questions, beside the answer on a desk',
		props: z
			.object({
				syncUrl: z.boolean().optional(),
				id: z
					.string()
					.regex(/^[a-z][a-z0-9-]*$/)
					.optional(),
				idPrefix: z.string().optional(),
				compact: z.boolean().optional(),
			})
			.strict(),
		children: 'text',
		anchors: async (_context, { id }) => (id ? [id] : []),
		shows: async ({ locale }) => shown('guide', await getGuideFactors(locale)),
		markdown: (context, _props, children) => blocks(recommenderInvitation(context), children),
	}),
	RolesAtAGlance: declare({
		summary: 'the two roles side by side: focus, summary and responsibilities, each linking to its page',
		props: None,
		children: 'none',
		shows: async ({ locale }) => shown('roles', await getRoles(locale)),
		async markdown(context) {
			const link = linker(context);
			return (await getRoles(context.locale))
				.map((role) =>
					blocks(
						`### [${role.title}](${link(`roles/${role.id}`)}) (${role.acronym} · ${role.focus})`,
						role.summary,
						role.responsibilities.map((item) => `- ${item.title}`).join('\n'),
					),
				)
				.join('\n');
		},
	}),
	ScenarioList: declare({
		summary: 'every worked example (content/scenarios/), linking to its page',
		props: None,
		children: 'none',
		shows: async ({ locale }) => shown('scenarios', await getScenarios(locale)),
		async markdown(context) {
			const link = linker(context);
			return (await getScenarios(context.locale))
				.map((scenario) => linkItem(scenario.title, link(`scenarios/${scenario.id}`), scenario.description))
				.join('\n');
		},
	}),
	SiteCredit: declare({
		summary: 'who wrote the article and who made the knowledge base (src/lib/domain/site.ts)',
		props: None,
		children: 'none',
		markdown: ({ t }) => siteCredit(t),
	}),
	SiteLink: declare({
		summary: 'a link by page id, with an optional section: <SiteLink to="guide#goals">the goals</SiteLink>',
		props: z
			.object({
				to: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)?(?:[#?].*)?$/, 'a page id such as guide#goals'),
				/** A glossary term's link, set by the term linker: a quieter link. */
				term: z.boolean().optional(),
			})
			.strict(),
		children: 'text',
		links: ({ to }) => [to],
		markdown: (context, { to }, children) => `[${children.trim()}](${linker(context)(to)})`,
	}),
	SourceCredit: declare({
		summary: 'the citation of the source article',
		props: None,
		children: 'none',
		markdown: (context) => citation(context),
	}),
	StartHere: declare({
		summary: 'the home page’s two main actions: the recommender and the comparison',
		props: None,
		children: 'none',
		markdown: (context) =>
			[
				linkItem(context.t('start.recommend'), linker(context)('recommend')),
				linkItem(context.t('start.compare'), linker(context)('differences')),
			].join('\n'),
	}),
	TryRecommender: declare({
		summary: 'the invitation to answer the recommender’s three questions',
		props: None,
		children: 'none',
		markdown: recommenderInvitation,
	}),
};

/** The name of a prose component. */
export type ProseName = keyof typeof PROSE;

/** Whether a name is a prose component's. */
export const isProseName = (name: string): name is ProseName => Object.hasOwn(PROSE, name);

/** A component's declaration, typed loosely for code that handles every component alike. */
export function proseComponent(name: ProseName): ProseComponent<Record<string, unknown>> {
	return PROSE[name] as unknown as ProseComponent<Record<string, unknown>>;
}

/**
 * What is wrong between the declarations and the views (`src/components/prose/<Name>.astro`): a
 * declaration without a view, or a view without a declaration.
 */
export function proseViewProblems(viewNames: readonly string[]): string[] {
	return [
		...Object.keys(PROSE)
			.filter((name) => !viewNames.includes(name))
			.map(
				(name) => `<${name}> is declared in src/lib/views/prose.ts but has no view src/components/prose/${name}.astro.`,
			),
		...viewNames
			.filter((name) => !isProseName(name))
			.map((name) => `src/components/prose/${name}.astro has no declaration in src/lib/views/prose.ts.`),
	];
}

/** The prose components a body uses, in document order, with their attributes read by their schemas. */
export function proseUses(
	body: MdxBody,
): Array<{ node: MdxElement; component: ProseComponent<Record<string, unknown>>; props: Record<string, unknown> }> {
	return allNodes(body).flatMap((node) => {
		if (!isComponent(node) || !isProseName(node.name)) return [];
		const component = proseComponent(node.name);
		const parsed = component.props.safeParse(node.attributes);
		return parsed.success ? [{ node, component, props: parsed.data }] : [];
	});
}

/** What a body's components show besides their HTML: questions with answers (FAQPage data), the glossary. */
export async function proseContributions(
	context: ProseContext,
	body: MdxBody,
): Promise<{ questions: ShownQuestion[]; showsGlossary: boolean }> {
	const questions: ShownQuestion[] = [];
	let showsGlossary = false;
	for (const { component, props } of proseUses(body)) {
		questions.push(...((await component.questions?.(context, props)) ?? []));
		showsGlossary ||= component.showsGlossary === true;
	}
	return { questions, showsGlossary };
}
