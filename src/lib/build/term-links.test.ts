import { describe, expect, it } from 'vitest';
import { linkFirstUses, mayLink, termMatcher } from './term-links';

const matcher = termMatcher([
	{ id: 'it-budget', forms: ['IT budget', 'IT budgets', 'budgeting'] },
	{ id: 'emerging-technologies', forms: ['emerging technologies', 'emerging technology'] },
	{ id: 'tech-strategy', forms: ['tech strategy', 'technology strategy'] },
	{ id: 'start-up', forms: ['start-up', 'startups'] },
]);

describe('linkFirstUses', () => {
	it('links the first use of each term and leaves later uses as text', () => {
		const linked = new Set<string>();
		expect(linkFirstUses('The IT budget and again the IT budget.', matcher, linked)).toEqual([
			'The ',
			{ id: 'it-budget', text: 'IT budget' },
			' and again the IT budget.',
		]);
		// Linked once on the page: a later text node leaves it alone.
		expect(linkFirstUses('IT budgets grow.', matcher, linked)).toEqual(['IT budgets grow.']);
		expect([...linked]).toEqual(['it-budget']);
	});

	it('prefers the longest form and links several terms in one run', () => {
		expect(linkFirstUses('Watch emerging technology and tech strategy.', matcher, new Set())).toEqual([
			'Watch ',
			{ id: 'emerging-technologies', text: 'emerging technology' },
			' and ',
			{ id: 'tech-strategy', text: 'tech strategy' },
			'.',
		]);
	});

	it('ignores case except in acronyms, and matches whole words only', () => {
		expect(linkFirstUses('Technology Strategy', matcher, new Set())).toEqual([
			{ id: 'tech-strategy', text: 'Technology Strategy' },
		]);
		expect(linkFirstUses('use it budget wisely', matcher, new Set())).toEqual(['use it budget wisely']);
		expect(linkFirstUses('the tech-strategy-office and budgetings', matcher, new Set())).toEqual([
			'the tech-strategy-office and budgetings',
		]);
		expect(linkFirstUses('many start-ups', matcher, new Set())).toEqual(['many start-ups']);
	});

	it('matches across a line break or a no-break space', () => {
		expect(linkFirstUses('tech\nstrategy', matcher, new Set())).toEqual([
			{ id: 'tech-strategy', text: 'tech\nstrategy' },
		]);
	});

	it('leaves the terms it is told to skip', () => {
		expect(linkFirstUses('The IT budget', matcher, new Set(), new Set(['it-budget']))).toEqual(['The IT budget']);
	});

	it('refuses two terms with the same form', () => {
		expect(() =>
			termMatcher([
				{ id: 'a', forms: ['overlap'] },
				{ id: 'b', forms: ['Overlap'] },
			]),
		).toThrow(/share the form "Overlap"/);
	});
});

describe('mayLink', () => {
	it('keeps links out of headings, links, code, quotations and components, and allows lists', () => {
		expect(mayLink(['p', 'root'])).toBe(true);
		expect(mayLink(['strong', 'li', 'ul'])).toBe(true);
		expect(mayLink(['q', 'li', 'ul'])).toBe(false);
		expect(mayLink(['p', 'blockquote'])).toBe(false);
		expect(mayLink(['strong', 'h2'])).toBe(false);
		expect(mayLink(['a', 'p'])).toBe(false);
		expect(mayLink(['SiteLink', 'p'])).toBe(false);
		expect(mayLink(['code', 'p'])).toBe(false);
	});
});
