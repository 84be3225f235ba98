/**
 * The page registry resolved from the real content (Astro's collection runtime stood in by
 * `src/testing/`): every page in every language, families, addresses, links by page id.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../domain/i18n';
import { getAllPages, getSite } from './pages';

describe('the page registry', () => {
	it('gives every page in every language, each at an address of its own', async () => {
		const pages = await getAllPages();
		const ids = (locale: string) => pages.filter((page) => page.locale === locale).map((page) => page.id);
		for (const locale of LOCALES) expect(ids(locale)).toEqual(ids(LOCALES[0]));
		const paths = pages.map((page) => page.path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const page of pages.filter((candidate) => candidate.locale !== LOCALES[0])) {
			expect(page.path.startsWith(`/${page.locale}/`), page.path).toBe(true);
		}
	});

	it('makes one page per member of a family: each role, each worked example, every answer', async () => {
		const site = await getSite('en', '/');
		expect(site.page('roles/cio')).toMatchObject({ path: '/roles/cio/', member: 'cio', navLabel: 'CIO' });
		const answers = site.pages.filter((page) => page.entry.id === 'answers');
		expect(answers).toHaveLength(27);
		expect(site.page('answers/large-service-efficiency')).toMatchObject({
			path: '/recommend/large-service-efficiency/',
			answers: { size: 'large', industry: 'service', goal: 'efficiency' },
		});
		expect(site.pages.filter((page) => page.entry.id === 'scenarios').length).toBeGreaterThan(0);
	});

	it('gives every page in every other language an address in its own words', async () => {
		const pages = await getAllPages();
		const inDefault = new Map(pages.filter((page) => page.locale === LOCALES[0]).map((page) => [page.id, page]));
		const english: string[] = [];
		for (const page of pages.filter((candidate) => candidate.locale !== LOCALES[0])) {
			const own = page.path.split('/').filter(Boolean).slice(1);
			const original = inDefault.get(page.id)!.path.split('/').filter(Boolean);
			// Words German uses too (the acronyms, FAQ, Embed, 404) may be shared; any other part may not.
			const shared = own.filter(
				(part, index) => part === original[index] && !['cio', 'cto', 'faq', 'embed', '404'].includes(part),
			);
			if (shared.length > 0) english.push(`${page.path} (${shared.join(', ')})`);
		}
		expect(english, 'pages at the default language’s words').toEqual([]);
		const site = await getSite('de', '/');
		expect(site.page('answers/small-tech-efficiency').path).toBe('/de/empfehlung/klein-produkt-effizienz/');
		expect(site.page('scenarios/hospital-group').path).toBe('/de/leitfaden/beispiele/klinikgruppe/');
		expect(site.page('answers/small-tech-efficiency').alternates).toEqual([
			{ locale: 'en', path: '/recommend/small-tech-efficiency/' },
			{ locale: 'de', path: '/de/empfehlung/klein-produkt-effizienz/' },
		]);
	});

	it('lists every language of a page as its alternates, reciprocally', async () => {
		const pages = await getAllPages();
		for (const page of pages) {
			expect(page.alternates.map((alternate) => alternate.locale)).toEqual([...LOCALES]);
			for (const alternate of page.alternates) {
				const other = pages.find((candidate) => candidate.path === alternate.path)!;
				expect(other.id).toBe(page.id);
				expect(other.alternates).toEqual(page.alternates);
			}
		}
	});

	it('links by page id, with a section or a query, under the deployment’s base path', async () => {
		const site = await getSite('de', '/kb/');
		expect(site.href('guide#goals')).toBe('/kb/de/leitfaden/#goals');
		expect(site.href('recommend?size=small')).toBe('/kb/de/empfehlung/?size=small');
		expect(site.pathOf('roles/cto#focus')).toBe('/de/rollen/cto/#focus');
		expect(site.file('/favicon.svg')).toBe('/kb/favicon.svg');
		expect(site.localPath('llms.txt')).toBe('/de/llms.txt');
		expect(() => site.href('nowhere')).toThrow('There is no page "nowhere"');
	});

	it('finds the page at an address, and the trail to it', async () => {
		const site = await getSite('en', '/');
		expect(site.pageAt('/guide/index.html')?.id).toBe('guide');
		expect(site.pageAt('/guide')?.id).toBe('guide');
		expect(site.pageAt('/nowhere/')).toBeUndefined();
		const worksheet = site.page('who-decides-what');
		expect(site.trail(worksheet).map((page) => page.id)).toEqual(['home', 'differences', 'who-decides-what']);
		expect(site.nav.map((page) => page.id)).toContain('roles/cio');
	});
});
