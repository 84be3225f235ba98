/**
 * The content's own checks, over the collections as loaded: words for every fact in every language
 * and none without one, the keys the facts list, the article's `<q>` markup, cross-links between
 * entries, the guide's rules, the reasons every result needs, and worked examples and their
 * variants that agree with the recommender. Each returns every problem it finds, with its file and
 * field; `src/lib/build/content-check.ts` adds the registry's and the prose's and prints them all.
 */
import { LOCALES } from '../domain/i18n';
import type { Problem } from '../domain/problems';
import { wordsQuoteProblems } from '../domain/quotes';
import { allAnswers, recommendRole } from '../domain/recommend';
import { factorProblems, reasonProblems } from '../domain/recommend-checks';
import { findBrokenReferences } from '../domain/references';
import { findScenarioMismatches } from '../domain/scenarios';
import { keyProblems, wordsId, wordsProblems } from '../domain/words';
import { implausibleDates } from '../domain/changes';
import { SOURCE_ARTICLE } from '../domain/site';
import { getAllEntries, getRecommenderFactors, type AllEntries } from './collections';

/** An entry's file, as a problem names it. */
const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }) =>
	entry.filePath ?? `content/${entry.collection}/${entry.id}`;

/** What a collection's keys are in its facts and in its words (a role's responsibilities, a question's answers). */
interface Keys<Fact, Words> {
	field: string;
	ofFact(fact: Fact): string[];
	ofWords(words: Words): string[];
}

/** One collection's facts and words that do not match: a missing words file, words for nothing, keys that differ. */
function pairProblems<
	Fact extends { id: string },
	Words extends { id: string; collection: string; filePath?: string | undefined },
>(
	folder: string,
	extension: 'mdx' | 'yaml',
	facts: readonly Fact[],
	words: readonly Words[],
	keys?: Keys<Fact, Words>,
): Problem[] {
	const problems = wordsProblems({
		folder,
		extension,
		locales: LOCALES,
		factIds: facts.map((entry) => entry.id),
		wordIds: words.map((entry) => entry.id),
	});
	for (const text of keys ? words : []) {
		const fact = facts.find((candidate) => candidate.id === wordsId(text.id).id);
		if (fact && keys) problems.push(...keyProblems(fileOf(text), keys.field, keys.ofFact(fact), keys.ofWords(text)));
	}
	return problems;
}

/** The guide's facts and words that do not match, and its `<q>` markup: what the recommender's checks wait for. */
function guideProblems(entries: AllEntries): Problem[] {
	return [
		...pairProblems('guide', 'yaml', entries.guide, entries.guideText, {
			field: 'options',
			ofFact: (fact) => fact.data.options.map((option) => option.id),
			ofWords: (words) => Object.keys(words.data.options),
		}),
		...entries.guideText.flatMap((entry) => wordsQuoteProblems(fileOf(entry), entry.data)),
	];
}

/** Facts and words that do not match, in every collection. */
export function wordsFileProblems(entries: AllEntries): Problem[] {
	return [
		...pairProblems('roles', 'mdx', entries.roles, entries.roleText, {
			field: 'responsibilities',
			ofFact: (fact) => fact.data.responsibilities,
			ofWords: (words) => Object.keys(words.data.responsibilities),
		}),
		...pairProblems('differences', 'yaml', entries.differences, entries.differenceText),
		...pairProblems('overlaps', 'yaml', entries.overlaps, entries.overlapText),
		...pairProblems('faq', 'yaml', entries.faq, entries.faqText),
		...pairProblems('glossary', 'yaml', entries.glossary, entries.glossaryText),
		...pairProblems('scenarios', 'mdx', entries.scenarios, entries.scenarioText, {
			field: 'variants',
			ofFact: (fact) => fact.data.variants.map((variant) => variant.id),
			ofWords: (words) => Object.keys(words.data.variants),
		}),
		...pairProblems('changes', 'yaml', entries.changes, entries.changeText),
	];
}

/** A change's id is an anchor of the "What changed" page: an HTML id begins with a letter. */
export function changeIdProblems(entries: AllEntries): Problem[] {
	return entries.changes
		.filter((entry) => !/^[a-z]/.test(entry.id))
		.map((entry) => ({
			file: fileOf(entry),
			message: `the id "${entry.id}" is the change’s anchor and must begin with a letter: name the file for what changed (the day is in date)`,
		}));
}

/**
 * Dates no one can have written honestly: a review or a change dated after today (by the build's
 * clock, a day's grace for time zones) or before the article's copyright year.
 */
export function dateProblems(entries: AllEntries, today = new Date().toISOString().slice(0, 10)): Problem[] {
	const dated = [
		...[
			...entries.roles,
			...entries.differences,
			...entries.overlaps,
			...entries.faq,
			...entries.glossary,
			...entries.guide,
			...entries.scenarios,
		].map((entry) => ({ file: fileOf(entry), field: 'reviewed', date: entry.data.reviewed })),
		...entries.pages.map((entry) => ({
			file: 'content/pages/registry.yaml',
			field: `${entry.id}.reviewed`,
			date: entry.data.reviewed,
		})),
		...entries.changes.map((entry) => ({ file: fileOf(entry), field: 'date', date: entry.data.date })),
	];
	return implausibleDates(dated, today, `${SOURCE_ARTICLE.copyrightYear}-01-01`);
}

/** The article's words are marked `<q>…</q>` in every words file (the guide's aside): the markup must be sound. */
export function quoteMarkupProblems(entries: AllEntries): Problem[] {
	return [
		...entries.pageText,
		...entries.roleText,
		...entries.differenceText,
		...entries.overlapText,
		...entries.faqText,
		...entries.glossaryText,
		...entries.scenarioText,
	].flatMap((entry) => wordsQuoteProblems(fileOf(entry), entry.data));
}

/** `reference()` fields that name no entry (Astro only logs them). */
export function referenceProblems(entries: AllEntries): Problem[] {
	return findBrokenReferences(
		entries.roles.map((role) => ({
			collection: 'roles',
			id: role.id,
			filePath: role.filePath,
			refs: [{ field: 'counterpart', ref: role.data.counterpart }],
		})),
		new Map([['roles', new Set(entries.roles.map((role) => role.id))]]),
	);
}

/**
 * The recommender's data: rules that name only questions and answers the guide has, a reason for
 * every answer of every result in every language (and none unused), and worked examples and their
 * variants that say what the engine says. It runs on the guide's facts and words, so it runs only
 * when those are complete; otherwise their problems are named and these wait for the next build.
 */
export async function recommenderProblems(entries: AllEntries): Promise<Problem[]> {
	if (guideProblems(entries).length > 0) return [];
	const factFile = (param: string) => fileOf(entries.guide.find((factor) => factor.data.param === param)!);
	const problems: Problem[] = factorProblems(entries.guide.map((factor) => factor.data)).map(
		({ param, field, problem }) => ({ file: factFile(param), field, message: problem }),
	);
	if (problems.length > 0) return problems;
	for (const locale of LOCALES) {
		const factors = await getRecommenderFactors(locale);
		const results = allAnswers(factors).map((answers) => recommendRole(factors, answers)!);
		problems.push(
			...reasonProblems(factors, results).map(({ param, option, problem }) => ({
				file: factFile(param).replace(/([^/]+)$/, `${locale}/$1`),
				field: `options.${option}.reasons`,
				message: problem,
			})),
		);
	}
	const factors = await getRecommenderFactors(LOCALES[0]);
	problems.push(
		...findScenarioMismatches(
			entries.scenarios.map((scenario) => ({ id: scenario.id, filePath: scenario.filePath, ...scenario.data })),
			factors,
		),
	);
	return problems;
}

let checked: Promise<Problem[]> | undefined;

/** Every problem of the collections themselves (once per build). */
export function collectionProblems(): Promise<Problem[]> {
	checked ??= (async () => {
		const entries = await getAllEntries();
		return [
			...guideProblems(entries),
			...wordsFileProblems(entries),
			...quoteMarkupProblems(entries),
			...referenceProblems(entries),
			...dateProblems(entries),
			...changeIdProblems(entries),
			...(await recommenderProblems(entries)),
		];
	})();
	return checked;
}
