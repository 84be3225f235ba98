/**
 * Builds of edited copies of the project, as an editor would make them (the real content is never
 * touched):
 * - broken content stops the real build before a page is written, and the one content check names
 *   every problem at once, each with its file and field (the broken files are in
 *   fixtures/broken-content/; the check's cases are unit tests, `src/lib/build/content-check.test.ts`);
 * - adding a prose page is its words file plus one registry entry, and the page then appears in
 *   the navigation, the sitemap, search and llms-full.txt.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/domain/i18n.ts';
import { ROOT, buildCopy, removeCopy } from './build-copy';
import { serveDist } from './static-server';

test('broken content stops the build before any page is written and names every problem at once', () => {
	test.setTimeout(300_000);
	const copy = buildCopy('broken', (content) =>
		cpSync(join(ROOT, 'e2e/fixtures/broken-content'), content, { recursive: true }),
	);
	try {
		expect(copy.status, copy.output).not.toBe(0);
		expect(existsSync(join(copy.dir, 'dist/index.html')), 'a page was written').toBe(false);
		const listed = copy.output.match(/The content has (\d+) problems:/);
		expect(listed, copy.output).not.toBeNull();
		for (const line of [
			// a reference to a missing entry (Astro itself only logs it)
			'content/roles/cto.yaml: field "counterpart": refers to "cfo" in collection "roles", which does not exist.',
			// a "what if" the recommender contradicts
			'content/scenarios/hospital-group.yaml: field "variants[0].expected": variant "efficiency-only" says "both", but the recommender answers "cio".',
			// a fact without words, in every language
			...LOCALES.map(
				(locale) =>
					`content/differences/${locale}/reach.yaml: is missing: content/differences/reach.yaml needs its words in every language.`,
			),
			// a link in facts to a page that does not exist
			'content/faq/cdo-or-ciso.yaml: field "links": "roles/cfo#focus" names no page',
			// prose: a section that is not there, a heading without an id, code in an attribute, an
			// unknown component, a group of no question; each with the file's own line
			'content/pages/en/search.mdx: field "<SiteLink> on line 6": "guide#no-such-section": the page "guide" has no section "#no-such-section".',
			'content/pages/en/search.mdx: field "line 8": the heading "A heading without an id" has no id',
			'content/pages/en/search.mdx: field "<Picture> on line 10": attribute "of": "{pictureName}" is not a literal value',
			'content/pages/en/search.mdx: field "<Sparkle> on line 12": is not a prose component',
			'content/pages/en/search.mdx: field "<FaqList group> on line 14": "no-such-group" is the group of no question',
		]) {
			expect(copy.output).toContain(line);
		}
		expect(Number(listed![1])).toBe(10);
	} finally {
		removeCopy(copy);
	}
});

test('adding a page is a words file plus one registry entry: it shows in the navigation, sitemap, search and llms-full.txt', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const words = [
		'---',
		'title: Onboarding notes',
		'navLabel: Onboarding',
		'description: A page added by the test to prove that a words file and one registry entry publish a page.',
		'---',
		'',
		'## First steps {#first-steps}',
		'',
		'Zanzibarian onboarding checklists are what this test page is about.',
		'',
	].join('\n');
	const copy = buildCopy('add-page', (content) => {
		// A words file in every language, and the page's address in each.
		const paths: string[] = [];
		for (const locale of LOCALES) {
			mkdirSync(dirname(join(content, `pages/${locale}/onboarding.mdx`)), { recursive: true });
			writeFileSync(join(content, `pages/${locale}/onboarding.mdx`), words);
			paths.push(`${locale}: /${locale === DEFAULT_LOCALE ? '' : `${locale}/`}onboarding/`);
		}
		appendFileSync(
			join(content, 'pages/registry.yaml'),
			`- { id: onboarding, template: prose, kind: about, nav: true, paths: { ${paths.join(', ')} } }\n`,
		);
	});
	const host = copy.status === 0 ? await serveDist({ root: join(copy.dir, 'dist') }) : undefined;
	try {
		expect(copy.status, copy.output).toBe(0);
		const dist = (file: string) => readFileSync(join(copy.dir, 'dist', file), 'utf8');
		expect(dist('onboarding/index.html')).toContain('Zanzibarian onboarding checklists');
		expect(dist('index.html')).toMatch(/<nav aria-label="Main"[\s\S]*href="\/onboarding\/"[^>]*>\s*Onboarding\s*</);
		expect(dist('sitemap-0.xml')).toContain('/onboarding/</loc>');
		expect(dist('llms-full.txt')).toContain('## Onboarding notes');
		expect(dist('llms-full.txt')).toContain('Zanzibarian onboarding checklists');
		await page.goto(host!.url);
		const found = await page.evaluate(async (bundle) => {
			const pagefind = await import(bundle);
			const search = await pagefind.search('zanzibarian');
			return Promise.all(
				search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url),
			);
		}, `${host!.url}pagefind/pagefind.js`);
		expect(found).toEqual(['/onboarding/']);
	} finally {
		await host?.close();
		removeCopy(copy);
	}
});
