/**
 * The only module that queries content collections. It joins each collection's language-neutral
 * facts with one language's words into plain view objects, sorts them, and checks the content
 * once per build: words for every fact in every language, cross-links that resolve, the guide's
 * rules and the reasons every result needs, worked examples and their variants that agree with
 * the recommender. Any problem fails the build naming the file and field.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '../domain/i18n';
import {
	allAnswers,
	factorProblems,
	recommendRole,
	type Answers,
	type FactorOption,
	type ReasonKey,
} from '../domain/recommend';
import { reasonProblems, type ViewFactor, type ViewOption } from '../domain/result-card';
import { wordsQuoteProblems } from '../domain/quotes';
import { findBrokenReferences } from '../domain/references';
import { findScenarioMismatches, type Expected } from '../domain/scenarios';
import { keyProblems, wordsId, wordsProblems } from '../domain/words';

/** An MDX words entry, for rendering its body. */
export type WordsEntry = CollectionEntry<'pageText' | 'roleText' | 'scenarioText'>;

/** One responsibility of a role, in one language. */
export interface Responsibility {
	/** Its anchor on the role page. */
	id: string;
	title: string;
	/** The responsibility in one sentence, in the site's own words. */
	summary: string;
	/** The article's own explanation. */
	explanation: string;
	/** The worksheet's question about it (the site's). */
	question: string;
	inPractice: string[];
}

/** A role in one language. */
export interface Role {
	id: string;
	acronym: string;
	/** The other role's id. */
	counterpart: string;
	title: string;
	summary: string;
	focus: string;
	description: string;
	responsibilities: Responsibility[];
	/** Words readers search with for the role (indexed, never shown). */
	searchTerms: string[];
	/** The words entry, whose body is the role's introduction. */
	entry: CollectionEntry<'roleText'>;
}

/** One comparison dimension in one language; its id is its anchor on the differences page. */
export interface Difference {
	id: string;
	dimension: string;
	cio: { short: string; detail: string };
	cto: { short: string; detail: string };
}

/** A question readers bring, in one language; its id is its anchor on the FAQ page. */
export interface FaqQuestion {
	id: string;
	/** The section it is listed under. */
	group: string;
	/** Page ids (with sections) of the pages that explain the answer. */
	links: string[];
	/** Offered in the search dialog before the reader types. */
	suggest: boolean;
	question: string;
	/** The answer in one line, in the site's own words, without quotations. */
	answer: string;
	/** The evidence: what the article says, its words in `<q>…</q>`. */
	explanation?: string | undefined;
	/** General knowledge beyond the article, if any. */
	beyondArticle?: string | undefined;
	/** Words readers search with for this question (indexed, never shown). */
	searchTerms: string[];
}

/** A term of the article, in one language; its id is its anchor on the glossary page. */
export interface GlossaryTerm {
	id: string;
	term: string;
	aliases: string[];
	/** A one-line definition in the site's words, then how the article uses it, its words in `<q>…</q>`. */
	definition: string;
	/** A general definition beyond the article, if any. */
	beyondArticle?: string | undefined;
	/** Page ids (with sections) where it is used; the first explains it. */
	usedOn: string[];
	/** Linked from prose on its first use on a page (terms a reader could not be expected to know). */
	link: boolean;
	/** Words readers search with for this term (indexed, never shown). */
	searchTerms: string[];
}

/** An area where, in the article, both roles might be involved. */
export interface Overlap {
	id: string;
	title: string;
	explanation: string;
	/** The worksheet's question about it (the site's). */
	question: string;
}

/** One answer of a guide question, facts and words. */
export interface GuideOption extends ViewOption {
	hint: string;
	/** What the guide page says of this answer in general. */
	reason: string;
}

/** One question of the guide (and the recommender), facts and words. */
export interface GuideFactor extends ViewFactor {
	/** A shorter name where space is tight; the title when the words give none. */
	shortTitle: string;
	question: string;
	/** What the article says about the factor, word for word. */
	article: string;
	explanation: string[];
	options: GuideOption[];
}

/** A "what if" of a worked example in one language: the answers that change, the result then, its sentence. */
export interface ScenarioVariant {
	id: string;
	/** Only the answers that change. */
	answers: Answers;
	expected: Expected;
	text: string;
}

/** A worked example in one language. */
export interface Scenario {
	id: string;
	answers: Answers;
	expected: Expected;
	title: string;
	description: string;
	variants: ScenarioVariant[];
	/** Words readers search with for this example (indexed, never shown). */
	searchTerms: string[];
	entry: CollectionEntry<'scenarioText'>;
}

/** A page's words in one language: `content/pages/<lang>/<id>.mdx`. */
export type PageWords = CollectionEntry<'pageText'>;

/** An entry of the page registry (`content/pages/registry.yaml`). */
export type PageEntry = CollectionEntry<'pages'>['data'];

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) =>
	a.data.order - b.data.order || a.id.localeCompare(b.id);

/** The words entries of a collection for one language, by fact id. */
function wordsFor<T extends { id: string }>(entries: readonly T[], locale: Locale): Map<string, T> {
	return new Map(
		entries.flatMap((entry) => {
			const { locale: entryLocale, id } = wordsId(entry.id);
			return entryLocale === locale ? [[id, entry] as const] : [];
		}),
	);
}

/** Looks a value up that the integrity check has already guaranteed. */
function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`Content is missing: ${what}.`);
	return value;
}

let integrity: Promise<void> | undefined;

/** Fails the build when facts and words do not match, a reference dangles or an example is wrong. */
export function assertContentIntegrity(): Promise<void> {
	integrity ??= (async () => {
		const [
			roles,
			roleText,
			differences,
			differenceText,
			guide,
			guideText,
			scenarios,
			scenarioText,
			pageText,
			overlaps,
			overlapText,
			faq,
			faqText,
			glossary,
			glossaryText,
		] = await Promise.all([
			getCollection('roles'),
			getCollection('roleText'),
			getCollection('differences'),
			getCollection('differenceText'),
			getCollection('guide'),
			getCollection('guideText'),
			getCollection('scenarios'),
			getCollection('scenarioText'),
			getCollection('pageText'),
			getCollection('overlaps'),
			getCollection('overlapText'),
			getCollection('faq'),
			getCollection('faqText'),
			getCollection('glossary'),
			getCollection('glossaryText'),
		]);
		const pairs = [
			['roles', 'mdx', roles, roleText],
			['differences', 'yaml', differences, differenceText],
			['overlaps', 'yaml', overlaps, overlapText],
			['faq', 'yaml', faq, faqText],
			['glossary', 'yaml', glossary, glossaryText],
			['guide', 'yaml', guide, guideText],
			['scenarios', 'mdx', scenarios, scenarioText],
		] as const;
		const problems = pairs.flatMap(([folder, extension, facts, words]) =>
			wordsProblems({
				folder,
				extension,
				locales: LOCALES,
				factIds: facts.map((entry) => entry.id),
				wordIds: words.map((entry) => entry.id),
			}),
		);
		// Every responsibility of a role and every answer of a question needs its words, and only those.
		const keyed = [
			...roleText.map((text) => ({
				text,
				field: 'responsibilities',
				facts: roles.find((role) => role.id === wordsId(text.id).id)?.data.responsibilities,
				words: Object.keys(text.data.responsibilities),
			})),
			...guideText.map((text) => ({
				text,
				field: 'options',
				facts: guide.find((factor) => factor.id === wordsId(text.id).id)?.data.options.map((option) => option.id),
				words: Object.keys(text.data.options),
			})),
			...scenarioText.map((text) => ({
				text,
				field: 'variants',
				facts: scenarios
					.find((scenario) => scenario.id === wordsId(text.id).id)
					?.data.variants.map((variant) => variant.id),
				words: Object.keys(text.data.variants),
			})),
		];
		for (const { text, field, facts, words } of keyed) {
			if (facts) problems.push(...keyProblems(text.filePath ?? text.id, field, facts, words));
		}
		// The article's words are marked `<q>…</q>` in the words files: the markup must be sound.
		for (const entry of [
			...pageText,
			...roleText,
			...differenceText,
			...overlapText,
			...faqText,
			...glossaryText,
			...guideText,
			...scenarioText,
		]) {
			problems.push(...wordsQuoteProblems(entry.filePath ?? entry.id, entry.data));
		}
		problems.push(
			...findBrokenReferences(
				roles.map((role) => ({
					collection: 'roles',
					id: role.id,
					filePath: role.filePath,
					refs: [{ field: 'counterpart', ref: role.data.counterpart }],
				})),
				new Map([['roles', new Set(roles.map((role) => role.id))]]),
			),
		);
		const fileOf = (param: string) => guide.find((factor) => factor.data.param === param)?.filePath ?? param;
		// The recommender runs on the guide alone (its facts and words): once those are sound, its
		// rules, its reasons and the worked examples are checked too, so one build names every problem.
		const guideSound = () => !problems.some((problem) => problem.startsWith('content/guide/'));
		if (guideSound()) {
			// The guide's rules name only questions and answers it has.
			const facts = guide.sort(byOrder).map((factor) => factor.data);
			problems.push(
				...factorProblems(facts).map(({ param, field, problem }) => `${fileOf(param)}: field "${field}": ${problem}.`),
			);
		}
		if (guideSound()) {
			// Every result needs a reason for each answer, in every language, and no reason goes unused.
			for (const locale of LOCALES) {
				const factors = await getRecommenderFactors(locale);
				const results = allAnswers(factors).map((answers) => recommendRole(factors, answers)!);
				const wordsFile = (param: string) => fileOf(param).replace(/([^/]+)$/, `${locale}/$1`);
				problems.push(
					...reasonProblems(factors, results).map(
						({ param, option, problem }) => `${wordsFile(param)}: field "options.${option}.reasons" ${problem}.`,
					),
				);
			}
			// Every worked example and each of its variants must say what the engine says.
			const factors = await getRecommenderFactors(LOCALES[0]);
			problems.push(
				...findScenarioMismatches(
					scenarios.map((scenario) => ({ id: scenario.id, filePath: scenario.filePath, ...scenario.data })),
					factors,
				),
			);
		}
		if (problems.length > 0) {
			throw new Error(`Content problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
		}
	})();
	return integrity;
}

/** The roles in one language, in their order (CIO first). */
export async function getRoles(locale: Locale): Promise<Role[]> {
	const [facts, words] = await Promise.all([getCollection('roles'), getCollection('roleText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => {
		const entry = must(text.get(fact.id), `content/roles/${locale}/${fact.id}.mdx`);
		const { title, summary, focus, description, searchTerms } = entry.data;
		return {
			id: fact.id,
			acronym: fact.data.acronym,
			counterpart: fact.data.counterpart.id,
			title,
			summary,
			focus,
			description,
			searchTerms,
			responsibilities: fact.data.responsibilities.map((id) => ({
				id,
				...must(entry.data.responsibilities[id], `responsibility ${id} in ${entry.filePath}`),
			})),
			entry,
		};
	});
}

/** The comparison dimensions in one language, in table order. */
export async function getDifferences(locale: Locale): Promise<Difference[]> {
	const [facts, words] = await Promise.all([getCollection('differences'), getCollection('differenceText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => ({
		id: fact.id,
		...must(text.get(fact.id), `content/differences/${locale}/${fact.id}.yaml`).data,
	}));
}

/** The questions readers bring, in one language, in page order. */
export async function getFaq(locale: Locale): Promise<FaqQuestion[]> {
	const [facts, words] = await Promise.all([getCollection('faq'), getCollection('faqText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => ({
		id: fact.id,
		group: fact.data.group,
		links: fact.data.links,
		suggest: fact.data.suggest,
		...must(text.get(fact.id), `content/faq/${locale}/${fact.id}.yaml`).data,
	}));
}

/** The glossary in one language, in the alphabetical order of that language. */
export async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
	const [facts, words] = await Promise.all([getCollection('glossary'), getCollection('glossaryText')]);
	const text = wordsFor(words, locale);
	return facts
		.map((fact) => ({
			id: fact.id,
			usedOn: fact.data.usedOn,
			link: fact.data.link,
			...must(text.get(fact.id), `content/glossary/${locale}/${fact.id}.yaml`).data,
		}))
		.sort((a, b) => a.term.localeCompare(b.term, locale, { sensitivity: 'base' }));
}

/** The areas where the roles can blur, in one language, in the article's order. */
export async function getOverlaps(locale: Locale): Promise<Overlap[]> {
	const [facts, words] = await Promise.all([getCollection('overlaps'), getCollection('overlapText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => ({
		id: fact.id,
		...must(text.get(fact.id), `content/overlaps/${locale}/${fact.id}.yaml`).data,
	}));
}

/** The guide's questions in one language, in questionnaire order, with their answers' facts and words. */
export async function getGuideFactors(locale: Locale): Promise<GuideFactor[]> {
	const [facts, words] = await Promise.all([getCollection('guide'), getCollection('guideText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => {
		const entry = must(text.get(fact.id), `content/guide/${locale}/${fact.id}.yaml`);
		return {
			param: fact.data.param,
			anchor: fact.data.anchor,
			title: entry.data.title,
			shortTitle: entry.data.shortTitle ?? entry.data.title,
			question: entry.data.question,
			article: entry.data.article,
			explanation: entry.data.explanation,
			options: fact.data.options.map((option) => {
				const words = must(entry.data.options[option.id], `answer ${option.id} in ${entry.filePath}`);
				return {
					id: option.id,
					weights: option.weights,
					requires: option.requires,
					structure: option.structure,
					label: words.label,
					short: words.short,
					hint: words.hint,
					reason: words.reason,
					reasons: words.reasons as Partial<Record<ReasonKey, string>>,
				};
			}),
		};
	});
}

/** What the recommender needs of the guide, facts and the words of a result, as plain data small enough for the browser. */
export async function getRecommenderFactors(locale: Locale): Promise<ViewFactor[]> {
	return (await getGuideFactors(locale)).map(({ param, anchor, title, options }) => ({
		param,
		anchor,
		title,
		options: options.map(({ id, weights, requires, structure, label, short, reasons }): ViewOption => {
			const { bothWhen = [], ...limits } = structure ?? {};
			return {
				id,
				weights,
				label,
				short,
				reasons,
				...(requires ? { requires } : {}),
				...(structure
					? { structure: { ...limits, ...(bothWhen.length > 0 ? { bothWhen } : {}) } as FactorOption['structure'] }
					: {}),
			};
		}),
	}));
}

/** The worked examples in one language, in list order. */
export async function getScenarios(locale: Locale): Promise<Scenario[]> {
	const [facts, words] = await Promise.all([getCollection('scenarios'), getCollection('scenarioText')]);
	const text = wordsFor(words, locale);
	return facts.sort(byOrder).map((fact) => {
		const entry = must(text.get(fact.id), `content/scenarios/${locale}/${fact.id}.mdx`);
		return {
			id: fact.id,
			answers: fact.data.answers,
			expected: fact.data.expected,
			title: entry.data.title,
			description: entry.data.description,
			variants: fact.data.variants.map((variant) => ({
				...variant,
				text: must(entry.data.variants[variant.id], `variant ${variant.id} in ${entry.filePath}`),
			})),
			searchTerms: entry.data.searchTerms,
			entry,
		};
	});
}

/** The page registry, in reading order. */
export async function getPageEntries(): Promise<PageEntry[]> {
	return (await getCollection('pages')).sort(byOrder).map((entry) => entry.data);
}

/** Every page's words in every language, by `<lang>/<id>`. */
export async function getPageWords(): Promise<Map<string, PageWords>> {
	return new Map((await getCollection('pageText')).map((entry) => [entry.id, entry]));
}

/** Renders an entry's MDX body; `headings` lists its `##` and `###` headings with their ids. */
export { render };
