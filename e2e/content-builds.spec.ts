/**
 * Builds of edited copies of the project, as an editor would make them:
 * - bad content fails the build with a message that names the file and the field (each case lays
 *   broken files from fixtures/broken-content/ over a copy of content/; problems found in the
 *   same pass share one build);
 * - adding a prose page is its words file plus one registry entry, and the page then appears in
 *   the navigation, the sitemap, search and llms-full.txt.
 * The real content is never touched.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/domain/i18n.ts';
import { ROOT, buildCopy, removeCopy } from './build-copy';
import { serveDist } from './static-server';

const FIXTURES = join(ROOT, 'e2e/fixtures/broken-content');

/** Builds a copy with fixtures laid over its content; the copy is removed afterwards. */
function buildWithFixture(...fixtures: string[]): { status: number | null; output: string } {
	const copy = buildCopy(fixtures.join('-'), (content) => {
		for (const fixture of fixtures) cpSync(join(FIXTURES, fixture), content, { recursive: true });
	});
	removeCopy(copy);
	return copy;
}

test.describe('a broken content file fails the build with a clear message', () => {
	test.setTimeout(300_000);

	test('a missing required field names the file and the field', () => {
		const { status, output } = buildWithFixture('missing-field');
		expect(status, output).not.toBe(0);
		expect(output).toContain('en/cio.mdx');
		expect(output).toMatch(/title\W+title: Required/);
	});

	test('a field of the wrong type names the file, the field and what was expected', () => {
		const { status, output } = buildWithFixture('wrong-type');
		expect(status, output).not.toBe(0);
		expect(output).toContain('focus.yaml');
		expect(output).toMatch(/order/);
		expect(output).toMatch(/expected type\W+number/i);
	});

	// The content is checked as a whole once it has loaded, so an editor sees every such problem in
	// one build: three broken files, one build.
	test('facts that do not hold together are all named in one build: a missing entry, a contradicted "what if", a fact without words', () => {
		const { status, output } = buildWithFixture('broken-reference', 'wrong-variant', 'missing-words');
		expect(status, output).not.toBe(0);
		// A reference to a missing entry names the file, the field and the target.
		expect(output).toContain('content/roles/cto.yaml: field "counterpart" refers to "cfo"');
		// A worked example whose "what if" the recommender contradicts names the file, the variant and the field.
		expect(output).toContain(
			'scenarios/hospital-group.yaml: variant "efficiency-only", field "variants[0].expected" says "both", but the recommender answers "cio".',
		);
		// A fact without words in a language names the words file to write.
		expect(output).toContain('content/differences/en/reach.yaml is missing.');
	});
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
