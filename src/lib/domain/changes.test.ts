import { describe, expect, it } from 'vitest';
import { implausibleDates, namesPage, nextDay, unloggedChanges, type TrackedEntry } from './changes';

const entry = (overrides: Partial<TrackedEntry> = {}): TrackedEntry => ({
	entry: 'faq/who-owns-the-it-budget',
	file: 'content/faq/who-owns-the-it-budget.yaml',
	field: 'reviewed',
	reviewed: '2026-12-07',
	pages: ['faq', 'home'],
	...overrides,
});

describe('dates no one can have written honestly', () => {
	const at = (date: string) => ({ file: 'content/faq/x.yaml', field: 'reviewed', date });
	it('names a date after today, allowing a day for time zones, and one before the article', () => {
		expect(
			implausibleDates(
				[at('2026-12-07'), at('2026-12-08'), at('2026-12-09'), at('2022-12-31')],
				'2026-12-07',
				'2023-01-01',
			),
		).toEqual([
			{
				file: 'content/faq/x.yaml',
				field: 'reviewed',
				message: '2026-12-09 is in the future (today is 2026-12-07): write the day it happened',
			},
			{ file: 'content/faq/x.yaml', field: 'reviewed', message: '2022-12-31 is before the article existed (2023)' },
		]);
	});
	it('counts days across months and years', () => {
		expect(nextDay('2026-12-31')).toBe('2027-01-01');
		expect(nextDay('2028-02-28')).toBe('2028-02-29');
	});
});

describe('the changelog rule', () => {
	it('leaves alone an entry that has not changed since its review, or whose history is unknown', () => {
		expect(unloggedChanges([entry({ changed: '2026-12-07' }), entry({ changed: '2026-11-01' }), entry()], [])).toEqual(
			[],
		);
	});

	it('names an entry changed after its review with no changelog entry, saying how to put it right', () => {
		const [problem, ...more] = unloggedChanges([entry({ changed: '2026-12-20' })], []);
		expect(more).toEqual([]);
		expect(problem).toEqual({
			file: 'content/faq/who-owns-the-it-budget.yaml',
			field: 'reviewed',
			message: expect.stringContaining(
				'faq/who-owns-the-it-budget changed on 2026-12-20, after its review on 2026-12-07',
			),
		});
		expect(problem!.message).toContain('(faq, home)');
		expect(problem!.message).toContain('set reviewed: 2026-12-20');
	});

	it('accepts a changelog entry dated on or after the change that names a page showing the entry', () => {
		const changed = entry({ changed: '2026-12-20' });
		expect(unloggedChanges([changed], [{ date: '2026-12-20', pages: ['faq'] }])).toEqual([]);
		expect(unloggedChanges([changed], [{ date: '2026-12-21', pages: ['glossary', 'home'] }])).toEqual([]);
	});

	it('does not accept an entry from before the change, or one about other pages', () => {
		const changed = entry({ changed: '2026-12-20' });
		expect(unloggedChanges([changed], [{ date: '2026-12-19', pages: ['faq'] }])).toHaveLength(1);
		expect(unloggedChanges([changed], [{ date: '2026-12-20', pages: ['glossary'] }])).toHaveLength(1);
	});

	it('lets a family id stand for every page of the family, and nothing else', () => {
		const role = entry({ entry: 'roles/cio', pages: ['roles/cio'], changed: '2026-12-20' });
		expect(unloggedChanges([role], [{ date: '2026-12-20', pages: ['roles'] }])).toEqual([]);
		expect(namesPage('roles', 'roles/cio')).toBe(true);
		expect(namesPage('roles/cio', 'roles')).toBe(false);
		expect(namesPage('role', 'roles/cio')).toBe(false);
	});
});
