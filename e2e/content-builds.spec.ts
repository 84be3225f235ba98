/**
 * Builds of edited copies of the project, as an editor would make them (the real content is never
 * touched):
 * - broken content stops the real build before a page is written, and the one content check names
 *   every problem at once, each with its file and field (the broken files are in
 *   fixtures/broken-content/; the check's cases are unit tests, `src/lib/build/content-check.test.ts`);
 * - the editing guide (docs/editing.md), followed word for word: a page, a glossary term, a worked
 *   example and a question in every language, which then appear everywhere they should.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../src/lib/domain/i18n.ts';
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
			// a review on a day that has not come, and a change that names no page
			'content/differences/reach.yaml: field "reviewed": 2099-01-01 is in the future',
			'content/changes/fixture.yaml: field "pages": "roles/cfo" names no page',
		]) {
			expect(copy.output).toContain(line);
		}
		expect(Number(listed![1])).toBe(12);
	} finally {
		removeCopy(copy);
	}
});

/** The steps of the editing guide's walkthrough: each fenced block that names its file, in order. */
function walkthroughSteps(): Array<{ file: string; append: boolean; text: string }> {
	const guide = readFileSync(join(ROOT, 'docs/editing.md'), 'utf8');
	return [...guide.matchAll(/^```\w+ ([\w./-]+)( \(append\))?\n([\s\S]*?)^```$/gm)].map((match) => ({
		file: match[1]!,
		append: match[2] !== undefined,
		text: match[3]!,
	}));
}

test('the editing guide, followed word for word, adds a page, a term, a worked example and a question in every language', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const steps = walkthroughSteps();
	// Every kind of entry, in every language: the guide cannot quietly drop a step.
	for (const folder of ['pages', 'glossary', 'scenarios', 'faq']) {
		for (const locale of LOCALES) {
			expect(steps.map((step) => step.file)).toContainEqual(expect.stringMatching(`^content/${folder}/${locale}/`));
		}
	}
	const copy = buildCopy('editing-guide', (content) => {
		for (const { file, append, text } of steps) {
			const path = join(dirname(content), file);
			mkdirSync(dirname(path), { recursive: true });
			if (append) appendFileSync(path, text);
			else writeFileSync(path, text);
		}
	});
	const host = copy.status === 0 ? await serveDist({ root: join(copy.dir, 'dist') }) : undefined;
	try {
		expect(copy.status, copy.output).toBe(0);
		const dist = (file: string) => readFileSync(join(copy.dir, 'dist', file), 'utf8');
		const permalinks = readFileSync(join(copy.dir, 'permalinks.txt'), 'utf8');
		// The page, in both languages, in the sitemap, llms-full.txt and the recorded addresses.
		expect(dist('onboarding/index.html')).toContain('An onboarding checklist can follow the same order.');
		expect(dist('de/einstieg/index.html')).toContain(
			'Eine Einarbeitungs-Checkliste kann derselben Reihenfolge folgen.',
		);
		for (const path of ['/onboarding/', '/de/einstieg/']) {
			expect(dist('sitemap-0.xml')).toContain(`${path}</loc>`);
			expect(permalinks).toContain(`\n${path}\n`);
		}
		expect(dist('llms-full.txt')).toContain('## Onboarding notes');
		// The term, the question and the worked example, in both languages.
		expect(dist('glossary/index.html')).toContain('id="onboarding-checklist"');
		expect(dist('de/glossar/index.html')).toContain('id="onboarding-checklist"');
		expect(dist('faq/index.html')).toContain('Where should a new technology executive start reading?');
		expect(dist('de/faq/index.html')).toContain(
			'Wo sollte eine neue Technologie-Führungskraft mit dem Lesen beginnen?',
		);
		expect(dist('guide/scenarios/design-studio/index.html')).toContain('A four-person design studio');
		expect(dist('de/leitfaden/beispiele/designstudio/index.html')).toContain('Ein Designstudio mit vier Personen');
		// Search finds the new page.
		await page.goto(host!.url);
		const found = await page.evaluate(async (bundle) => {
			const pagefind = await import(bundle);
			const search = await pagefind.search('onboarding');
			return Promise.all(
				search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url),
			);
		}, `${host!.url}pagefind/pagefind.js`);
		expect(found).toContain('/onboarding/');
	} finally {
		await host?.close();
		removeCopy(copy);
	}
});
