/**
 * Feeds the llms.txt builders from the collections: every page's prose as Markdown, with the
 * data-driven parts (roles, responsibilities, comparison, guide factors, questions) rendered from
 * the data, the same data the HTML pages render.
 */
import {
	getDifferences,
	getGuideFactors,
	getProsePage,
	getRecommenderFactors,
	getRoles,
	getScenarios,
	type ProsePage,
	type ProsePageId,
	type Role,
	type Scenario,
} from './content';
import { pullOf } from './guide';
import { blocks, demoteHeadings, linkItem, markdownTable, replaceComponents, type ComponentRenderer } from './llms';
import { describeResult, recommendRole, serializeAnswers, type Answers } from './recommend';
import { recommenderWords } from './recommend-words';
import { SOURCE_ARTICLE } from './site';
import { getReadingOrder, getSitePages } from './site-pages';
import { t, type UiKey } from './ui-strings';
import { paths } from './urls';

/** Turns a site path into the absolute URL the files link to. */
export type Linker = (path: string) => string;

const PULL: Record<ReturnType<typeof pullOf>, UiKey> = {
	cio: 'guide.pull.cio',
	cto: 'guide.pull.cto',
	both: 'guide.pull.both',
	neither: 'guide.pull.structure',
};

/** The credit line, in Markdown. */
export function creditMarkdown(): string {
	const { title, url, author, blogName, year } = SOURCE_ARTICLE;
	return `“[${title}](${url})” ${t('footer.by')} ${author} ${t('footer.on')} ${blogName} (${year})`;
}

function responsibilitiesMarkdown(role: Role): string {
	return role.data.responsibilities
		.map((item) =>
			blocks(
				`### ${item.title}`,
				item.explanation,
				item.inPractice.length > 0 &&
					`${t('role.inPractice')}:\n\n${item.inPractice.map((point) => `- ${point}`).join('\n')}`,
			),
		)
		.join('\n');
}

/** The recommender's answer for a set of answers, in words. */
async function resultMarkdown(answers: Answers): Promise<string> {
	const result = recommendRole(await getRecommenderFactors(), answers);
	if (!result) throw new Error(`No recommendation for ${JSON.stringify(answers)}.`);
	const { headline, detail } = describeResult(result, recommenderWords());
	return `**${headline}.** ${detail}`;
}

/** Every answer of the recommender as tables: one per answer of the first question. */
async function decisionTablesMarkdown(): Promise<string> {
	const [factors, engineFactors] = await Promise.all([getGuideFactors(), getRecommenderFactors()]);
	const [tables, rows, columns] = factors.map((factor) => factor.data);
	if (!tables || !rows || !columns) return '';
	const words = recommenderWords();
	const cell = (answers: Answers) => {
		const result = recommendRole(engineFactors, answers);
		if (!result) return '';
		const short = words[`short.${result.recommendation}`] ?? '';
		return result.lean ? `${short}, ${words[`shortLean.${result.lean}`]}` : short;
	};
	return blocks(
		...tables.options.map((table) =>
			blocks(
				`**${t('recommend.table.caption')} ${table.label}**`,
				markdownTable(
					[`${rows.title} / ${columns.title}`, ...columns.options.map((column) => column.label)],
					rows.options.map((row) => [
						row.label,
						...columns.options.map((column) =>
							cell({ [tables.param]: table.id, [rows.param]: row.id, [columns.param]: column.id }),
						),
					]),
				),
			),
		),
	);
}

async function renderers(link: Linker): Promise<Record<string, ComponentRenderer>> {
	const [roles, differences, factors, home, order, scenarios, decisionTables] = await Promise.all([
		getRoles(),
		getDifferences(),
		getGuideFactors(),
		getProsePage('home'),
		getReadingOrder(),
		getScenarios(),
		decisionTablesMarkdown(),
	]);
	const labelOf = (path: string) => order.find((item) => item.path === path.split('#')[0])?.label ?? path;
	const acronym = (id: string) => roles.find((role) => role.id === id)?.data.acronym ?? id.toUpperCase();
	return {
		SiteLink: (attributes, children) => `[${children.trim()}](${link(attributes['to'] ?? '/')})`,
		Recommender: () => `${t('recommend.prompt')} ${linkItem(t('kind.recommender'), link(paths.recommend)).slice(2)}`,
		DecisionTable: () => decisionTables,
		ScenarioList: () =>
			scenarios
				.map((scenario) => linkItem(scenario.data.title, link(paths.scenario(scenario.id)), scenario.data.description))
				.join('\n'),
		SourceCredit: creditMarkdown,
		PageList: () => order.map((item) => linkItem(item.label, link(item.path))).join('\n'),
		RolesAtAGlance: () =>
			roles
				.map((role) =>
					blocks(
						`### [${role.data.title}](${link(paths.role(role.id))}) (${role.data.acronym} · ${role.data.focus})`,
						role.data.summary,
						role.data.responsibilities.map((item) => `- ${item.title}`).join('\n'),
					),
				)
				.join('\n'),
		EntryPoints: () =>
			home.data.faq
				.map((item) =>
					blocks(
						`**${item.question}**`,
						item.answer,
						item.links.length > 0 && item.links.map((path) => linkItem(labelOf(path), link(path))).join('\n'),
					),
				)
				.join('\n'),
		ComparisonTable: () =>
			blocks(
				markdownTable(
					[t('comparison.dimension'), acronym('cio'), acronym('cto')],
					differences.map((row) => [row.data.dimension, row.data.cio.short, row.data.cto.short]),
				),
				...differences.map((row) =>
					blocks(
						`### ${row.data.dimension}`,
						`- ${acronym('cio')}: ${row.data.cio.detail}\n- ${acronym('cto')}: ${row.data.cto.detail}`,
					),
				),
			),
		GuideFactors: () =>
			factors
				.map((factor) =>
					blocks(
						`## ${factor.data.title}`,
						`> ${factor.data.article}\n>\n> — ${t('guide.fromArticle')}`,
						...factor.data.explanation,
						`### ${t('guide.favours')}`,
						factor.data.options
							.map(
								(option) =>
									`- **${option.label}** (${option.hint}): ${t(PULL[pullOf(option.weights)])}. ${option.reason}`,
							)
							.join('\n'),
					),
				)
				.join('\n'),
	};
}

async function roleMarkdown(role: Role, link: Linker): Promise<string> {
	const [counterpart, differences] = await Promise.all([
		getRoles().then((roles) => roles.find((other) => other.id === role.data.counterpart.id)),
		getDifferences(),
	]);
	const focus = differences.find((row) => row.id === 'focus');
	const focusDetail = role.id === 'cio' || role.id === 'cto' ? focus?.data[role.id].detail : undefined;
	return blocks(
		`*${role.data.summary}*`,
		role.body ?? '',
		`## ${t('role.focus')}: ${role.data.focus}`,
		focusDetail,
		`## ${t('role.responsibilities')}`,
		responsibilitiesMarkdown(role),
		counterpart &&
			`## ${t('role.compare')} ${counterpart.data.acronym}\n\n${linkItem(
				`${counterpart.data.title} (${counterpart.data.acronym})`,
				link(paths.role(counterpart.id)),
			)}\n${linkItem(t('entry.differences'), link(paths.differences))}`,
	);
}

async function scenarioMarkdown(scenario: Scenario, link: Linker): Promise<string> {
	const factors = (await getGuideFactors()).map((factor) => factor.data);
	const { answers } = scenario.data;
	return blocks(
		scenario.body ?? '',
		`## ${t('scenario.answers')}`,
		factors
			.map(
				(factor) =>
					`- ${factor.question} ${factor.options.find((option) => option.id === answers[factor.param])?.label ?? ''}`,
			)
			.join('\n'),
		`## ${t('scenario.result')}`,
		await resultMarkdown(answers),
		linkItem(t('scenario.open'), `${link(paths.recommend)}?${serializeAnswers(factors, answers)}`),
	);
}

/** The Markdown body of each page in reading order, keyed by site path. */
export async function pageBodies(link: Linker): Promise<Map<string, string>> {
	const components = await renderers(link);
	const [roles, scenarios] = await Promise.all([getRoles(), getScenarios()]);
	const prose = async (id: ProsePageId) => {
		const page: ProsePage = await getProsePage(id);
		return replaceComponents(page.body ?? '', components, page.filePath ?? `content/pages/${id}.mdx`);
	};
	const bodies = new Map<string, string>();
	bodies.set(paths.home, await prose('home'));
	for (const role of roles) bodies.set(paths.role(role.id), await roleMarkdown(role, link));
	bodies.set(paths.differences, await prose('differences'));
	bodies.set(paths.guide, await prose('guide'));
	for (const scenario of scenarios) bodies.set(paths.scenario(scenario.id), await scenarioMarkdown(scenario, link));
	bodies.set(paths.recommend, await prose('recommend'));
	bodies.set(paths.about, await prose('about'));
	return bodies;
}

/** The whole site as one Markdown document, page by page. */
export async function llmsFullText(link: Linker): Promise<string> {
	const [pages, bodies] = await Promise.all([getSitePages(), pageBodies(link)]);
	const sections = pages
		.filter((page) => bodies.has(page.path))
		.map((page) =>
			blocks(
				`## ${page.title}`,
				`${t('llms.url')}: ${link(page.path)}`,
				`> ${page.description}`,
				demoteHeadings(bodies.get(page.path)!, 1),
			),
		);
	return blocks(
		`# ${t('site.name')}: ${t('site.tagline')}`,
		`> ${t('footer.basedOn')} ${creditMarkdown()}.`,
		...sections,
	);
}
