/**
 * Feeds the llms.txt builders from the collections: every page's prose as Markdown, with the
 * data-driven parts (roles, responsibilities, comparison, guide factors, questions) rendered from
 * the data, the same data the HTML pages render.
 */
import {
	getDifferences,
	getGuideFactors,
	getProsePage,
	getReadingOrder,
	getRoles,
	type ProsePage,
	type ProsePageId,
	type Role,
} from './content';
import { pullOf } from './guide';
import { blocks, demoteHeadings, linkItem, markdownTable, replaceComponents } from './llms';
import { SOURCE_ARTICLE } from './site';
import { getSitePages } from './site-pages';
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

async function renderers(link: Linker): Promise<Record<string, () => string>> {
	const [roles, differences, factors, home, order] = await Promise.all([
		getRoles(),
		getDifferences(),
		getGuideFactors(),
		getProsePage('home'),
		getReadingOrder(),
	]);
	const labelOf = (path: string) => order.find((item) => item.path === path.split('#')[0])?.label ?? path;
	const acronym = (id: string) => roles.find((role) => role.id === id)?.data.acronym ?? id.toUpperCase();
	return {
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

/** The Markdown body of each page in reading order, keyed by site path. */
export async function pageBodies(link: Linker): Promise<Map<string, string>> {
	const components = await renderers(link);
	const roles = await getRoles();
	const prose = async (id: ProsePageId) => {
		const page: ProsePage = await getProsePage(id);
		return replaceComponents(page.body ?? '', components, page.filePath ?? `content/pages/${id}.mdx`);
	};
	const bodies = new Map<string, string>();
	bodies.set(paths.home, await prose('home'));
	for (const role of roles) bodies.set(paths.role(role.id), await roleMarkdown(role, link));
	bodies.set(paths.differences, await prose('differences'));
	bodies.set(paths.guide, await prose('guide'));
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
