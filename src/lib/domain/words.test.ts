import { describe, expect, it } from 'vitest';
import { keyProblems, wordsId, wordsProblems } from './words';
import { formatProblem, type Problem } from './problems';

/** Problems as the lines the build prints. */
const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

describe('wordsId', () => {
	it('splits a words entry id into its language and its fact id', () => {
		expect(wordsId('en/cio')).toEqual({ locale: 'en', id: 'cio' });
		expect(wordsId('cio')).toEqual({ locale: '', id: 'cio' });
	});
});

describe('wordsProblems', () => {
	const options = { folder: 'roles', extension: 'mdx', locales: ['en', 'de'], factIds: ['cio', 'cto'] };

	it('accepts words for every fact in every language', () => {
		expect(lines(wordsProblems({ ...options, wordIds: ['en/cio', 'en/cto', 'de/cio', 'de/cto'] }))).toEqual([]);
	});

	it('names the words file a language lacks, a words file without a fact, and a language the site lacks', () => {
		expect(lines(wordsProblems({ ...options, wordIds: ['en/cio', 'en/cto', 'de/cio', 'de/cfo', 'fr/cio'] }))).toEqual([
			'content/roles/de/cto.mdx: is missing: content/roles/cto.yaml needs its words in every language.',
			'content/roles/de/cfo.mdx: there is no content/roles/cfo.yaml for these words.',
			'content/roles/fr/cio.mdx: "fr" is not a language of the site (en, de).',
		]);
	});
});

describe('keyProblems', () => {
	it('names keys the words lack and keys no fact has', () => {
		expect(lines(keyProblems('content/guide/en/size.yaml', 'options', ['small', 'large'], ['small', 'huge']))).toEqual([
			'content/guide/en/size.yaml: field "options": lacks "large", which the facts list.',
			'content/guide/en/size.yaml: field "options": has "huge", which the facts do not list.',
		]);
	});
});
