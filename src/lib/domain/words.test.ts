import { describe, expect, it } from 'vitest';
import { keyProblems, wordsId, wordsProblems } from './words';

describe('wordsId', () => {
	it('splits a words entry id into its language and its fact id', () => {
		expect(wordsId('en/cio')).toEqual({ locale: 'en', id: 'cio' });
		expect(wordsId('cio')).toEqual({ locale: '', id: 'cio' });
	});
});

describe('wordsProblems', () => {
	const options = { folder: 'roles', extension: 'mdx', locales: ['en', 'de'], factIds: ['cio', 'cto'] };

	it('accepts words for every fact in every language', () => {
		expect(wordsProblems({ ...options, wordIds: ['en/cio', 'en/cto', 'de/cio', 'de/cto'] })).toEqual([]);
	});

	it('names the words file a language lacks, a words file without a fact, and a language the site lacks', () => {
		expect(wordsProblems({ ...options, wordIds: ['en/cio', 'en/cto', 'de/cio', 'de/cfo', 'fr/cio'] })).toEqual([
			'content/roles/de/cto.mdx is missing.',
			'content/roles/de/cfo.mdx: there is no content/roles/cfo.yaml for it.',
			'content/roles/fr/cio.mdx: "fr" is not a language of the site.',
		]);
	});
});

describe('keyProblems', () => {
	it('names keys the words lack and keys no fact has', () => {
		expect(keyProblems('content/guide/en/size.yaml', 'options', ['small', 'large'], ['small', 'huge'])).toEqual([
			'content/guide/en/size.yaml: field "options" lacks "large".',
			'content/guide/en/size.yaml: field "options" has "huge", which the facts do not list.',
		]);
	});
});
