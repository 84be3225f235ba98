import { describe, expect, it } from 'vitest';
import { LOCALES } from '../domain/i18n';
import { byInitial, definitionLine, initialOf } from './glossary';

describe('initialOf', () => {
	it('files a word under its first letter, upper case, without accents', () => {
		expect(initialOf('aligning IT with business goals', 'en')).toBe('A');
		expect(initialOf('Überschneidung', 'de')).toBe('U');
		expect(initialOf('„Start-up“', 'de')).toBe('S');
	});
});

describe('byInitial', () => {
	it('groups items under their letters, keeping their order, with an id for each letter', () => {
		const terms = ['allocation', 'Ärger', 'business-centric', 'CIO', 'cutting edge'];
		expect(byInitial(terms, (term) => term, 'de')).toEqual([
			{ letter: 'A', id: 'letter-a', items: ['allocation', 'Ärger'] },
			{ letter: 'B', id: 'letter-b', items: ['business-centric'] },
			{ letter: 'C', id: 'letter-c', items: ['CIO', 'cutting edge'] },
		]);
	});
	it('gives nothing for no items', () => {
		expect(byInitial([], (term: string) => term, 'en')).toEqual([]);
	});
});

describe('definitionLine', { timeout: 60_000 }, () => {
	it('is the first sentence, the site’s own, with the article’s words after it left out', () => {
		expect(definitionLine('The technology IT runs on. Overseeing it, <q>including hardware.</q> is the CIO’s.')).toBe(
			'The technology IT runs on.',
		);
	});
	it('does not end inside a quotation, and takes a definition of one sentence whole', () => {
		expect(definitionLine('<q>It runs. It works.</q> says the article. More.')).toBe(
			'<q>It runs. It works.</q> says the article.',
		);
		expect(definitionLine('  One sentence only  ')).toBe('One sentence only');
	});
	it('gives every term that prose shows in place a line of the site’s own words, in every language', async () => {
		const { getGlossary } = await import('../content/collections');
		for (const locale of LOCALES) {
			for (const term of (await getGlossary(locale)).filter((candidate) => candidate.link)) {
				const line = definitionLine(term.definition);
				expect(line, `${locale} ${term.id}`).not.toContain('<q>');
				expect(line.length, `${locale} ${term.id}`).toBeLessThan(140);
				expect(line, `${locale} ${term.id}`).toMatch(/[.!?]$/);
			}
		}
	});
});
