/**
 * The content check on copies of the real content, each broken the way an editor could break it:
 * the real schemas, the real joins and the real registry, with Astro's collection runtime stood in
 * (`src/testing/astro-content.ts`), so every case takes milliseconds instead of a build.
 * `e2e/content-builds.spec.ts` proves once that the real build stops on such problems.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../domain/problems';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Edits a copy of the content folder: files by path under `content/`. */
interface Editor {
	read(path: string): string;
	write(path: string, text: string): void;
	replace(path: string, from: string | RegExp, to: string): void;
	remove(path: string): void;
}

/** Every problem the check finds in a copy of the content after `edit`, as the lines the build prints. */
async function problemsAfter(edit: (content: Editor) => void = () => undefined): Promise<string[]> {
	const dir = mkdtempSync(join(tmpdir(), 'kb-check-'));
	const content = join(dir, 'content');
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	const editor: Editor = {
		read: (path) => readFileSync(join(content, path), 'utf8'),
		write(path, text) {
			mkdirSync(dirname(join(content, path)), { recursive: true });
			writeFileSync(join(content, path), text);
		},
		replace(path, from, to) {
			const before = editor.read(path);
			const after = before.replace(from, to);
			if (after === before) throw new Error(`The test's edit changed nothing in ${path}.`);
			editor.write(path, after);
		},
		remove: (path) => unlinkSync(join(content, path)),
	};
	const previous = process.env['KB_CONTENT_DIR'];
	try {
		edit(editor);
		process.env['KB_CONTENT_DIR'] = content;
		vi.resetModules();
		const { contentProblems } = await import('./content-check');
		const { schemaProblems } = await import('../../testing/astro-content');
		const problems = await contentProblems();
		const prefix = `${relative(process.cwd(), dir)}/`;
		return [...schemaProblems(), ...problems].map((problem) => formatProblem(problem).replace(prefix, ''));
	} finally {
		if (previous === undefined) delete process.env['KB_CONTENT_DIR'];
		else process.env['KB_CONTENT_DIR'] = previous;
		// Test files share their workers' modules: the next one starts from the real content again.
		vi.resetModules();
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('the content check', { timeout: 60_000 }, () => {
	it('finds nothing wrong with the real content', async () => {
		expect(await problemsAfter()).toEqual([]);
	});

	it('names the words a language lacks, words for nothing, and words in a language the site lacks', async () => {
		const problems = await problemsAfter((content) => {
			content.remove('differences/de/focus.yaml');
			content.write('differences/en/reach.yaml', content.read('differences/en/focus.yaml'));
			content.write('differences/fr/focus.yaml', content.read('differences/en/focus.yaml'));
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				'content/differences/de/focus.yaml: is missing: content/differences/focus.yaml needs its words in every language.',
				'content/differences/en/reach.yaml: there is no content/differences/reach.yaml for these words.',
				'content/differences/fr/focus.yaml: "fr" is not a language of the site (en, de).',
			]),
		);
		// Without its German words the German comparison lacks that row, so German links to it are named too.
		expect(
			problems.filter((line) => !line.includes('"differences#focus": the page "differences" has no section')),
		).toHaveLength(3);
	});

	it('names a field the schema requires, with the file', async () => {
		// Astro stops the build at such a problem, before the rest of the check runs.
		const [first] = await problemsAfter((content) => content.replace('roles/en/cio.mdx', /^title: .*\n/m, ''));
		expect(first).toMatch(/^content\/roles\/en\/cio\.mdx: field "title": Invalid input: expected string/);
	});

	it('names a reference to an entry that does not exist, which Astro only logs', async () => {
		expect(
			await problemsAfter((content) => content.replace('roles/cto.yaml', 'counterpart: cio', 'counterpart: cfo')),
		).toEqual([
			'content/roles/cto.yaml: field "counterpart": refers to "cfo" in collection "roles", which does not exist.',
		]);
	});

	it('names a worked example, or one of its variants, that the recommender contradicts', async () => {
		const problems = await problemsAfter((content) => {
			const facts = content.read('scenarios/hospital-group.yaml');
			const expected = /expected: \{ recommendation: (\w+)/.exec(facts)![1]!;
			content.replace(
				'scenarios/hospital-group.yaml',
				`expected: { recommendation: ${expected}`,
				`expected: { recommendation: ${expected === 'cio' ? 'cto' : 'cio'}`,
			);
		});
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/scenarios\/hospital-group\.yaml: field "expected": says "\w+", but the recommender answers "\w+"\.$/,
			),
		]);
	});

	it('names a reason a result needs that the words lack, in the language that lacks it', async () => {
		const problems = await problemsAfter((content) =>
			content.replace('guide/de/size.yaml', /^ {6}cto: Ein Großunternehmen.*\n/m, ''),
		);
		expect(problems).toEqual(['content/guide/de/size.yaml: field "options.large.reasons": lacks "cto".']);
	});

	it('names a page the registry gives no address in a language, and a page without its words', async () => {
		const problems = await problemsAfter((content) => {
			content.replace('pages/registry.yaml', 'paths: { en: /faq/, de: /de/faq/ }', 'paths: { en: /faq/ }');
			content.remove('pages/de/glossary.mdx');
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				'content/pages/registry.yaml: field "faq.paths.de": page "faq" has no address in "de".',
				'content/pages/de/glossary.mdx: is missing: the words of page "glossary" in "de".',
			]),
		);
	});

	it('names a link in prose or in facts to a page or a section that does not exist', async () => {
		const problems = await problemsAfter((content) => {
			content.replace('pages/en/about.mdx', '<SiteLink to="faq">', '<SiteLink to="faq#no-such-question">');
			content.replace('pages/de/about.mdx', '<SiteLink to="glossary">', '<SiteLink to="glosary">');
			content.write(
				'faq/cdo-or-ciso.yaml',
				'reviewed: 2026-12-07\norder: 19\ngroup: where-the-article-is-silent\nlinks:\n  - roles/cfo\n',
			);
			content.replace('glossary/it-budget.yaml', /usedOn:\n  - /, 'usedOn:\n  - guide#nowhere\n  - ');
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^content\/pages\/en\/about\.mdx: field "<SiteLink> on line \d+": "faq#no-such-question": the page "faq" has no section "#no-such-question"\.$/,
				),
				expect.stringMatching(
					/^content\/pages\/de\/about\.mdx: field "<SiteLink> on line \d+": "glosary" names no page/,
				),
				expect.stringMatching(/^content\/faq\/cdo-or-ciso\.yaml: field "links": "roles\/cfo" names no page/),
				expect.stringMatching(
					/^content\/glossary\/it-budget\.yaml: field "usedOn": "guide#nowhere": the page "guide" has no section/,
				),
			]),
		);
	});

	it('accepts attributes written as expressions and components inside elements, as MDX allows', async () => {
		expect(
			await problemsAfter((content) => {
				content.replace('pages/en/differences.mdx', /<Picture of="(\w[\w-]*)" \/>/, '<Picture of={"$1"} />');
				content.replace(
					'pages/en/glossary.mdx',
					'<GlossaryList />',
					'<div data-pagefind-ignore><GlossaryList /></div>',
				);
			}),
		).toEqual([]);
	});

	it('names unknown components, wrong attributes, code in attributes, content in empty components and headings without ids, with their lines', async () => {
		const problems = await problemsAfter((content) =>
			content.replace(
				'pages/en/about.mdx',
				/\n## /,
				'\n<Sparkle />\n\n<Picture of="sunset" />\n\n<Picture of={pictureName} />\n\n<PageList>all pages</PageList>\n\n<FaqList />\n\n## Untitled\n\n## ',
			),
		);
		const lines = (pattern: string) => problems.filter((line) => line.includes(pattern));
		expect(lines('<Sparkle>')).toEqual([
			expect.stringMatching(/on line \d+": is not a prose component; prose may use ArticleQuote, /),
		]);
		expect(lines('<Picture of>')).toEqual([expect.stringContaining('expected one of "inward-outward"|"spectrum"')]);
		expect(lines('"{pictureName}"')).toEqual([expect.stringContaining('is not a literal value')]);
		expect(lines('<PageList>')).toEqual([expect.stringContaining('wraps nothing: write it as <PageList />')]);
		expect(lines('<FaqList group>')).toHaveLength(1);
		expect(lines('"Untitled" has no id')).toEqual([expect.stringContaining('"## Untitled {#an-id}"')]);
		expect(problems.every((line) => line.startsWith('content/pages/en/about.mdx: field "'))).toBe(true);
		expect(problems).toHaveLength(6);
	});

	it('names a group of questions no page shows, and a group of no question', async () => {
		const problems = await problemsAfter((content) => {
			content.replace('pages/de/faq.mdx', '<FaqList group="who-does-what" />', '<FaqList group="wer-macht-was" />');
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^content\/pages\/de\/faq\.mdx: field "<FaqList group> on line \d+": "wer-macht-was" is the group of no question/,
				),
				expect.stringMatching(
					/^content\/faq\/[\w-]+\.yaml: field "group": "who-does-what" is shown on no page \(no <FaqList group="who-does-what" \/> in de\)\.$/,
				),
			]),
		);
	});

	it('names every problem of a folder broken in many ways at once', async () => {
		const problems = await problemsAfter((content) => {
			content.replace('roles/cto.yaml', 'counterpart: cio', 'counterpart: cfo');
			content.remove('overlaps/de/budgeting.yaml');
			content.replace('pages/en/about.mdx', '<SiteLink to="faq">', '<SiteLink to="faq#nowhere">');
			content.replace('pages/de/about.mdx', /\n## /, '\n<Sparkle />\n\n## ');
			content.replace('pages/registry.yaml', 'paths: { en: /faq/, de: /de/faq/ }', 'paths: { en: /faq/ }');
		});
		expect(problems.map((line) => line.slice(0, line.indexOf(':')))).toEqual(
			expect.arrayContaining([
				'content/roles/cto.yaml',
				'content/overlaps/de/budgeting.yaml',
				'content/pages/en/about.mdx',
				'content/pages/de/about.mdx',
				'content/pages/registry.yaml',
			]),
		);
	});
});
