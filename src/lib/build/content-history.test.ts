/**
 * The content's history from a real git repository made for each case: commits with chosen author
 * dates, a review-only commit, changes in the working tree, a shallow clone, and no repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitIn } from '../../testing/git';
import { changedDays, readContentHistory } from './content-history';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-history-'));
	made.push(dir);
	return dir;
}

/** A repository whose content folder is `content/`, and a way to commit to it on a given day. */
function repository() {
	const root = tempDir();
	// The day a commit lands later than it was written: the author's day counts.
	const run = gitIn(root);
	const git = (args: string[], date = '2026-12-01T12:00:00Z') => run(args, date, '2026-12-31T12:00:00Z');
	git(['init', '-q', '-b', 'main']);
	const content = join(root, 'content');
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), text);
	};
	const commit = (day: string) => {
		git(['add', '-A']);
		git(['commit', '-q', '-m', `on ${day}`], `${day}T12:00:00Z`);
	};
	return { root, content, git, write, commit };
}

describe('the content history', () => {
	it('dates each file by its last change, not by a change of its review date alone', () => {
		const repo = repository();
		repo.write('faq/budget.yaml', 'reviewed: 2026-11-01\norder: 1\n');
		repo.write('faq/en/budget.yaml', 'question: Who owns the budget?\n');
		repo.write('faq/en/other.yaml', 'question: Another?\n');
		repo.commit('2026-11-01');
		repo.write('faq/en/budget.yaml', 'question: Who owns the IT budget?\n');
		repo.commit('2026-11-15');
		repo.write('faq/budget.yaml', 'reviewed: 2026-12-03\norder: 1\n');
		repo.commit('2026-12-03');
		const history = readContentHistory(repo.content, '2026-12-20');
		expect(history).toEqual({
			changed: new Map([
				['faq/en/budget.yaml', '2026-11-15'],
				['faq/budget.yaml', '2026-11-01'],
				['faq/en/other.yaml', '2026-11-01'],
			]),
		});
	});

	it('dates what the working tree changed or added today, but not a new review date alone', () => {
		const repo = repository();
		repo.write('faq/budget.yaml', 'reviewed: 2026-11-01\norder: 1\n');
		repo.write('faq/en/budget.yaml', 'question: Who owns the budget?\n');
		repo.commit('2026-11-01');
		repo.write('faq/en/budget.yaml', 'question: Who owns the IT budget?\n');
		repo.write('faq/budget.yaml', "reviewed: '2026-12-20'\norder: 1\n");
		repo.write('faq/en/new.yaml', 'question: New?\n');
		const history = readContentHistory(repo.content, '2026-12-20');
		expect('changed' in history && Object.fromEntries(history.changed)).toEqual({
			'faq/en/budget.yaml': '2026-12-20',
			'faq/en/new.yaml': '2026-12-20',
			'faq/budget.yaml': '2026-11-01',
		});
	});

	it('says why it cannot know: no repository, or a shallow clone', () => {
		expect(readContentHistory(tempDir(), '2026-12-20')).toEqual({
			unavailable: expect.stringContaining('is not in a git work tree'),
		});
		const repo = repository();
		repo.write('faq/budget.yaml', 'order: 1\n');
		repo.commit('2026-11-01');
		repo.write('faq/budget.yaml', 'order: 2\n');
		repo.commit('2026-11-02');
		const clone = join(tempDir(), 'clone');
		const cloned = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone], {
			encoding: 'utf8',
		});
		expect(cloned.status, cloned.stderr).toBe(0);
		expect(readContentHistory(join(clone, 'content'), '2026-12-20')).toEqual({
			unavailable: expect.stringContaining('shallow'),
		});
	});

	it('reads a patch: the newest day of each file, any changed line but a review date', () => {
		const changed = new Map<string, string>();
		changedDays(
			[
				'\x012026-12-05',
				'diff --git a/roles/cio.yaml b/roles/cio.yaml',
				'--- a/roles/cio.yaml',
				'+++ b/roles/cio.yaml',
				'@@ -1 +1 @@',
				'-reviewed: 2026-11-01',
				'+reviewed: 2026-12-05',
				'\x012026-11-20',
				'diff --git a/roles/cio.yaml b/roles/cio.yaml',
				'--- a/roles/cio.yaml',
				'+++ b/roles/cio.yaml',
				'@@ -2 +2 @@',
				'-order: 2',
				'+order: 1',
				'\x012026-11-01',
				'diff --git a/roles/gone.yaml b/roles/gone.yaml',
				'--- a/roles/gone.yaml',
				'+++ /dev/null',
				'-order: 3',
			].join('\n'),
			changed,
		);
		expect(Object.fromEntries(changed)).toEqual({ 'roles/cio.yaml': '2026-11-20' });
	});
});
