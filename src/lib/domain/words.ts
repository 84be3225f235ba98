/**
 * Joining language-neutral facts with each language's words. A words entry's id is
 * `<lang>/<id>` (`en/cio`); every fact needs words in every language, and words need a fact.
 * Pure functions over ids, so the checks are unit-tested; the content check feeds them the collections.
 */
import type { Problem } from './problems';

/** The language and the fact id of a words entry (`en/cio` -> `en`, `cio`). */
export function wordsId(entryId: string): { locale: string; id: string } {
	const slash = entryId.indexOf('/');
	return slash === -1 ? { locale: '', id: entryId } : { locale: entryId.slice(0, slash), id: entryId.slice(slash + 1) };
}

/**
 * One problem per fact without words in a language, and per words entry without a fact (a typo in
 * a file name, or a language the site does not have). `folder` is the collection's folder in
 * `content/`, `extension` its words files' extension, for the message.
 */
export function wordsProblems(options: {
	folder: string;
	extension: string;
	locales: readonly string[];
	factIds: readonly string[];
	wordIds: readonly string[];
}): Problem[] {
	const { folder, extension, locales, factIds, wordIds } = options;
	const problems: Problem[] = [];
	const have = new Set(wordIds);
	for (const locale of locales) {
		for (const id of factIds) {
			if (!have.has(`${locale}/${id}`)) {
				problems.push({
					file: `content/${folder}/${locale}/${id}.${extension}`,
					message: `is missing: content/${folder}/${id}.yaml needs its words in every language`,
				});
			}
		}
	}
	for (const entryId of wordIds) {
		const { locale, id } = wordsId(entryId);
		if (!locales.includes(locale)) {
			problems.push({
				file: `content/${folder}/${entryId}.${extension}`,
				message: `"${locale}" is not a language of the site (${locales.join(', ')})`,
			});
		} else if (!factIds.includes(id)) {
			problems.push({
				file: `content/${folder}/${entryId}.${extension}`,
				message: `there is no content/${folder}/${id}.yaml for these words`,
			});
		}
	}
	return problems;
}

/**
 * One problem per key the facts list but the words lack, and per key of the words that no fact
 * has: the responsibilities of a role, the answers of a guide question.
 */
export function keyProblems(
	file: string,
	field: string,
	factKeys: readonly string[],
	wordKeys: readonly string[],
): Problem[] {
	return [
		...factKeys
			.filter((key) => !wordKeys.includes(key))
			.map((key) => ({ file, field, message: `lacks "${key}", which the facts list` })),
		...wordKeys
			.filter((key) => !factKeys.includes(key))
			.map((key) => ({ file, field, message: `has "${key}", which the facts do not list` })),
	];
}
