/**
 * The changelog rule on the real content: against this checkout's own history, and on a copy in a
 * new git repository where an editor changes a question after its review, then logs the change.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../domain/problems';
import { gitIn } from '../../testing/git';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The changelog rule's problems for the content folder `dir` on the day `today`, read afresh. */
async function ruleProblems(dir: string, today: string) {
	const previous = process.env['KB_CONTENT_DIR'];
	try {
		process.env['KB_CONTENT_DIR'] = dir;
		vi.resetModules();
		const { changeLogProblems } = await import('./content-check');
		const { loadPages } = await import('../content/pages');
		const { problems, skipped } = await changeLogProblems(await loadPages(), { dir, today });
		return { problems: problems.map(formatProblem), skipped };
	} finally {
		if (previous === undefined) delete process.env['KB_CONTENT_DIR'];
		else process.env['KB_CONTENT_DIR'] = previous;
		vi.resetModules();
	}
}

describe('a change’s id', () => {
	it('is an anchor, so it must begin with a letter', async () => {
		const { changeIdProblems } = await import('../content/checks');
		const entry = (id: string) => ({ id, collection: 'changes', filePath: `content/changes/${id}.yaml`, data: {} });
		const entries = { changes: [entry('answer-first'), entry('2026-12-07-markdown')] } as unknown as Parameters<
			typeof changeIdProblems
		>[0];
		expect(changeIdProblems(entries).map(formatProblem)).toEqual([
			'content/changes/2026-12-07-markdown.yaml: the id "2026-12-07-markdown" is the change’s anchor and must begin with a letter: name the file for what changed (the day is in date).',
		]);
	});
});

describe('the changelog rule', { timeout: 60_000 }, () => {
	it('finds every change to the real content since its review in the changelog (CI clones have the history)', async () => {
		const { problems, skipped } = await ruleProblems(join(ROOT, 'content'), new Date().toISOString().slice(0, 10));
		expect(skipped, 'the rule needs the checkout’s git history: clone without --depth').toBeUndefined();
		expect(problems).toEqual([]);
	});

	it('fails a question changed after its review until a changelog entry names its page', async () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-changelog-'));
		const content = join(root, 'content');
		const run = gitIn(root);
		const git = (...args: string[]) => run(args);
		try {
			cpSync(join(ROOT, 'content'), content, { recursive: true });
			git('init', '-q', '-b', 'main');
			git('add', '-A');
			git('commit', '-q', '-m', 'The content as reviewed');
			expect((await ruleProblems(content, '2026-12-20')).problems).toEqual([]);

			const words = join(content, 'faq/en/who-owns-the-it-budget.yaml');
			writeFileSync(
				words,
				readFileSync(words, 'utf8').replace(/^question: .*$/m, 'question: Who holds the IT budget?'),
			);
			expect((await ruleProblems(content, '2026-12-20')).problems).toEqual([
				expect.stringMatching(
					/^content\/faq\/who-owns-the-it-budget\.yaml: field "reviewed": faq\/who-owns-the-it-budget changed on 2026-12-20, after its review on 2026-12-07, .*\(faq\)/,
				),
			]);

			// A changelog entry on the day, naming the FAQ, puts it right.
			writeFileSync(join(content, 'changes/budget-question.yaml'), 'date: 2026-12-20\npages: [faq]\n');
			for (const [lang, text] of [
				['en', 'The FAQ asks who holds the IT budget, in the words readers use.'],
				['de', 'Die FAQ fragen, wer das IT-Budget verantwortet, in den Worten der Leser.'],
			] as const) {
				mkdirSync(join(content, 'changes', lang), { recursive: true });
				writeFileSync(join(content, `changes/${lang}/budget-question.yaml`), `text: ${text}\n`);
			}
			expect((await ruleProblems(content, '2026-12-20')).problems).toEqual([]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
