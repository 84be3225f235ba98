/**
 * The only module that queries content collections. It joins each collection's language-neutral
 * facts with one language's words into plain view objects and sorts them. A fact without words in
 * a language is left out of that language (the content check, `checks.ts`, names it), so one build
 * can name every problem.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Locale } from '../domain/i18n';
import type { Answers, FactorOption, ReasonKey } from '../domain/recommend';
import type { ViewFactor, ViewOption } from '../domain/result-card';
import type { Expected } from '../domain/scenarios';
import { wordsId } from '../domain/words';
import { readMdx, type MdxBody } from './mdx';
import { wordsOfFile } from './words-file';

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
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
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
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
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
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
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
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
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
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
}

/** One answer of a guide question, facts and words. */
export interface GuideOption extends ViewOption {
	hint: string;
	/** What the guide page says of this answer in general. */
	reason: string;
}

/** One question of the guide (and the recommender), facts and words. */
export interface GuideFactor extends ViewFactor {
	/** The entry's id: its file's name in `content/guide/` (`size`). */
	id: string;
	/** A shorter name where space is tight; the title when the words give none. */
	shortTitle: string;
	question: string;
	/** What the article says about the factor, word for word. */
	article: string;
	explanation: string[];
	options: GuideOption[];
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
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
	/** The last part of its address in this language; its id unless the words give another. */
	slug: string;
	answers: Answers;
	expected: Expected;
	title: string;
	description: string;
	variants: ScenarioVariant[];
	/** When its facts and words were last reviewed against the article (`YYYY-MM-DD`). */
	reviewed: string;
	/** Words readers search with for this example (indexed, never shown). */
	searchTerms: string[];
	entry: CollectionEntry<'scenarioText'>;
}

/** A change to the knowledge base, in one language: an entry of the changelog (`content/changes/`). */
export interface Change {
	/** Its anchor on the "What changed" page. */
	id: string;
	/** The day it was published (`YYYY-MM-DD`). */
	date: string;
	/** The pages it concerns: page ids, or a family's id for every page of it. */
	pages: string[];
	/** What changed, in one sentence. */
	text: string;
}

/** A page's words in one language: `content/pages/<lang>/<id>.mdx`. */
export type PageWords = CollectionEntry<'pageText'>;

/** An entry of the page registry (`content/pages/registry.yaml`). */
export type PageEntry = CollectionEntry<'pages'>['data'];

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) =>
	a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Pairs in `byOrder` of facts, for `sort`. */
const pairsByOrder = <T extends { data: { order: number }; id: string }>(a: { fact: T }, b: { fact: T }) =>
	byOrder(a.fact, b.fact);

/** The words entries of a collection for one language, by fact id. */
function wordsFor<T extends { id: string }>(entries: readonly T[], locale: Locale): Map<string, T> {
	return new Map(
		entries.flatMap((entry) => {
			const { locale: entryLocale, id } = wordsId(entry.id);
			return entryLocale === locale ? [[id, entry] as const] : [];
		}),
	);
}

/**
 * A collection's facts joined with their words in one language, in the facts' load order: a fact
 * without words in that language is left out (the content check reports it).
 */
async function withWords<F extends CollectionKey, W extends CollectionKey>(facts: F, words: W, locale: Locale) {
	const [factEntries, wordEntries] = await Promise.all([getCollection(facts), getCollection(words)]);
	const text = wordsFor(wordEntries, locale);
	return factEntries.flatMap((fact) => {
		const entry = text.get(fact.id);
		return entry ? [{ fact, entry }] : [];
	});
}

/** Every entry of every collection, as loaded: what the content check reads. */
export async function getAllEntries() {
	const [
		pages,
		pageText,
		roles,
		roleText,
		differences,
		differenceText,
		overlaps,
		overlapText,
		faq,
		faqText,
		glossary,
		glossaryText,
		guide,
		guideText,
		scenarios,
		scenarioText,
		changes,
		changeText,
	] = await Promise.all([
		getCollection('pages'),
		getCollection('pageText'),
		getCollection('roles'),
		getCollection('roleText'),
		getCollection('differences'),
		getCollection('differenceText'),
		getCollection('overlaps'),
		getCollection('overlapText'),
		getCollection('faq'),
		getCollection('faqText'),
		getCollection('glossary'),
		getCollection('glossaryText'),
		getCollection('guide'),
		getCollection('guideText'),
		getCollection('scenarios'),
		getCollection('scenarioText'),
		getCollection('changes'),
		getCollection('changeText'),
	]);
	return {
		pages,
		pageText,
		roles,
		roleText,
		differences,
		differenceText,
		overlaps,
		overlapText,
		faq,
		faqText,
		glossary,
		glossaryText,
		guide: guide.sort(byOrder),
		guideText,
		scenarios,
		scenarioText,
		changes,
		changeText,
	};
}

/** Every collection's entries, by collection. */
export type AllEntries = Awaited<ReturnType<typeof getAllEntries>>;

/** The roles in one language, in their order (CIO first). */
export async function getRoles(locale: Locale): Promise<Role[]> {
	return (await withWords('roles', 'roleText', locale)).sort(pairsByOrder).map(({ fact, entry }) => {
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
			reviewed: fact.data.reviewed,
			responsibilities: fact.data.responsibilities.flatMap((id) => {
				const words = entry.data.responsibilities[id];
				return words ? [{ id, ...words }] : [];
			}),
			entry,
		};
	});
}

/** The comparison dimensions in one language, in table order. */
export async function getDifferences(locale: Locale): Promise<Difference[]> {
	return (await withWords('differences', 'differenceText', locale))
		.sort(pairsByOrder)
		.map(({ fact, entry }) => ({ id: fact.id, reviewed: fact.data.reviewed, ...entry.data }));
}

/** The questions readers bring, in one language, in page order. */
export async function getFaq(locale: Locale): Promise<FaqQuestion[]> {
	return (await withWords('faq', 'faqText', locale)).sort(pairsByOrder).map(({ fact, entry }) => ({
		id: fact.id,
		group: fact.data.group,
		links: fact.data.links,
		suggest: fact.data.suggest,
		reviewed: fact.data.reviewed,
		...entry.data,
	}));
}

/** The glossary in one language, in the alphabetical order of that language. */
export async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
	return (await withWords('glossary', 'glossaryText', locale))
		.map(({ fact, entry }) => ({
			id: fact.id,
			usedOn: fact.data.usedOn,
			link: fact.data.link,
			reviewed: fact.data.reviewed,
			...entry.data,
		}))
		.sort((a, b) => a.term.localeCompare(b.term, locale, { sensitivity: 'base' }));
}

/** The areas where the roles can blur, in one language, in the article's order. */
export async function getOverlaps(locale: Locale): Promise<Overlap[]> {
	return (await withWords('overlaps', 'overlapText', locale))
		.sort(pairsByOrder)
		.map(({ fact, entry }) => ({ id: fact.id, reviewed: fact.data.reviewed, ...entry.data }));
}

/** The guide's questions in one language, in questionnaire order, with their answers' facts and words. */
export async function getGuideFactors(locale: Locale): Promise<GuideFactor[]> {
	return (await withWords('guide', 'guideText', locale)).sort(pairsByOrder).map(({ fact, entry }) => {
		return {
			id: fact.id,
			param: fact.data.param,
			anchor: fact.data.anchor,
			title: entry.data.title,
			shortTitle: entry.data.shortTitle ?? entry.data.title,
			question: entry.data.question,
			article: entry.data.article,
			explanation: entry.data.explanation,
			reviewed: fact.data.reviewed,
			options: fact.data.options.flatMap((option) => {
				const words = entry.data.options[option.id];
				if (!words) return [];
				return {
					id: option.id,
					weights: option.weights,
					requires: option.requires,
					structure: option.structure,
					label: words.label,
					...(words.urlSlug ? { slug: words.urlSlug } : {}),
					short: words.short,
					company: words.company,
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
		options: options.map(({ id, weights, requires, structure, label, slug, short, company, reasons }): ViewOption => {
			const { bothWhen = [], ...limits } = structure ?? {};
			return {
				id,
				weights,
				label,
				...(slug ? { slug } : {}),
				short,
				company,
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
	return (await withWords('scenarios', 'scenarioText', locale)).sort(pairsByOrder).map(({ fact, entry }) => {
		return {
			id: fact.id,
			slug: entry.data.urlSlug ?? fact.id,
			answers: fact.data.answers,
			expected: fact.data.expected,
			title: entry.data.title,
			description: entry.data.description,
			variants: fact.data.variants.flatMap((variant) => {
				const text = entry.data.variants[variant.id];
				return text === undefined ? [] : [{ ...variant, text }];
			}),
			searchTerms: entry.data.searchTerms,
			reviewed: fact.data.reviewed,
			entry,
		};
	});
}

/** The changelog in one language, newest first (same day: by id). */
export async function getChanges(locale: Locale): Promise<Change[]> {
	return (await withWords('changes', 'changeText', locale))
		.map(({ fact, entry }) => ({ id: fact.id, date: fact.data.date, pages: fact.data.pages, text: entry.data.text }))
		.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The page registry, in reading order. */
export async function getPageEntries(): Promise<PageEntry[]> {
	return (await getCollection('pages')).sort(byOrder).map((entry) => entry.data);
}

/** Every page's words in every language, by `<lang>/<id>`. */
export async function getPageWords(): Promise<Map<string, PageWords>> {
	return new Map((await getCollection('pageText')).map((entry) => [entry.id, entry]));
}

/** Renders an entry's MDX body. */
export { render };

/**
 * Parsed bodies by entry, with what they were parsed from: the body, or the file's digest where the
 * store keeps none. Every one is kept: a body is asked for at several moments of a build (its page
 * and its Markdown version among them), and keeping only the latest 512 parsed each body four
 * times over at 1,000 articles a language.
 */
const bodies = new Map<string, { from: string; body: MdxBody }>();

/** The line of a words file its body starts on, after the frontmatter (1 when the file cannot be read). */
function bodyLine(file: string | undefined, body: string): number {
	const start = file === undefined || body.trim() === '' ? -1 : file.indexOf(body.trimStart().slice(0, 200));
	return start < 0 ? 1 : file!.slice(0, start).split('\n').length;
}

/**
 * A words entry's MDX body, read as the MDX compiler's syntax tree (see `mdx.ts`); read once per
 * build. A plain Markdown entry is stored without its body (words-loader.ts): it is read from the file.
 */
export function proseOf(entry: Pick<WordsEntry, 'id' | 'collection' | 'body' | 'filePath' | 'digest'>): MdxBody {
	const key = `${entry.collection}/${entry.id}`;
	const from = entry.body ?? `digest ${entry.digest ?? ''}`;
	let cached = bodies.get(key);
	if (!cached || cached.from !== from) {
		let file: string | undefined;
		try {
			file = entry.filePath ? readFileSync(entry.filePath, 'utf8') : undefined;
		} catch (error) {
			// Without its body in the store, the file is all there is to read.
			if (entry.body === undefined) {
				throw new Error(`The words of ${key} could not be read from ${entry.filePath}: ${(error as Error).message}`);
			}
		}
		if (entry.body === undefined && file === undefined)
			throw new Error(`The words of ${key} have no body and no file.`);
		const source = entry.body ?? wordsOfFile(file!);
		const leading = source.length - source.trimStart().length;
		cached = { from, body: readMdx(source, bodyLine(file, source) - source.slice(0, leading).split('\n').length + 1) };
		bodies.set(key, cached);
	}
	return cached.body;
}
