/** What a page shows, and so its review date: from the real registry and content. */
import { describe, expect, it } from 'vitest';
import { siteOf, loadPages } from '../content/pages';
import { translator } from '../domain/i18n';
import { earliestReview, pageEntries } from './reviews';

async function entriesOf(id: string) {
	const pages = (await loadPages()).byLocale.get('en')!;
	const site = siteOf(pages, 'en', '/');
	const context = {
		locale: 'en' as const,
		t: translator('en'),
		site,
		deployment: { site: 'https://example.org/', base: '/' },
		page: site.page(id),
	};
	return (await pageEntries(context)).map((shown) => shown.entry);
}

describe('what a page shows', { timeout: 60_000 }, () => {
	it('a prose page: its own words and every entry its components show', async () => {
		const faq = await entriesOf('faq');
		expect(faq[0]).toBe('pages/faq');
		expect(faq).toContain('faq/who-owns-the-it-budget');
		expect(faq.filter((entry) => entry.startsWith('faq/')).length).toBeGreaterThan(15);
		expect(faq.some((entry) => entry.startsWith('glossary/'))).toBe(false);
		expect(await entriesOf('glossary')).toContain('glossary/it-infrastructure');
		expect(await entriesOf('differences')).toEqual(
			expect.arrayContaining(['pages/differences', 'differences/focus', 'overlaps/budgeting']),
		);
	});

	it('a role page: its family, its role and the comparison’s focus row; an answer page: the guide', async () => {
		expect(await entriesOf('roles/cio')).toEqual(['pages/roles', 'roles/cio', 'differences/focus']);
		expect(await entriesOf('answers/small-tech-innovation')).toEqual([
			'pages/answers',
			'guide/size',
			'guide/industry',
			'guide/goals',
		]);
	});
});

describe('a page’s review date', () => {
	it('is the earliest of what it shows: every part was reviewed on that day or later', () => {
		expect(
			earliestReview([
				{ entry: 'pages/faq', reviewed: '2027-01-10' },
				{ entry: 'faq/a', reviewed: '2026-12-07' },
				{ entry: 'faq/b', reviewed: '2027-02-01' },
			]),
		).toBe('2026-12-07');
		expect(earliestReview([])).toBeUndefined();
	});
});
