import { describe, expect, it } from 'vitest';
import { byInitial, initialOf } from './glossary';

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
