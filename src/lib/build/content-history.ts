/**
 * When each file of the content last changed, read from git: the newest commit whose diff changes
 * a line of it other than a `reviewed:` line (a new review is not a change of what readers read),
 * by its author date, and today for what the working tree has changed or added since. The
 * changelog rule (`domain/changes.ts`) compares these days with the review dates and the
 * changelog. Without a git work tree, or in a shallow clone, the history cannot be known: the
 * answer says why, and the content check says that the rule did not run (docs/changes.md).
 */
import { spawnSync } from 'node:child_process';

/** The day each file last changed, by its path relative to the content folder; or why that cannot be known. */
export type ContentHistory = { changed: Map<string, string> } | { unavailable: string };

/** A line of a diff that changes only a review date: `+reviewed: 2026-12-07`, `-  reviewed: '2026-12-07'`. */
const REVIEW_LINE = /^[+-]\s*reviewed:\s*['"]?\d{4}-\d{2}-\d{2}['"]?\s*$/;

/** Runs git in `cwd`; its output, or undefined when it fails. */
function git(cwd: string, args: string[]): string | undefined {
	const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	return result.status === 0 ? result.stdout : undefined;
}

/**
 * Reads a patch (`git log -p` with `%x01%as` before each commit, or `git diff`) into the day each
 * file last changed: the first day seen for a file wins (`git log` lists the newest first).
 */
export function changedDays(patch: string, changed: Map<string, string>, day?: string): void {
	let date = day;
	let file: string | undefined;
	for (const line of patch.split('\n')) {
		if (line.startsWith('\x01')) {
			date = line.slice(1).trim();
			file = undefined;
		} else if (line.startsWith('diff --git ')) {
			file = undefined;
		} else if (line.startsWith('+++ ')) {
			const path = line.slice(4);
			file = path === '/dev/null' ? undefined : path.replace(/^b\//, '');
		} else if (line.startsWith('--- ')) {
			// The old name; a deleted file has no new one and is not followed.
		} else if (file && date && /^[+-]/.test(line) && !REVIEW_LINE.test(line) && !changed.has(file)) {
			changed.set(file, date);
		}
	}
}

/** When each file of the content folder `dir` last changed (see the module's comment). */
export function readContentHistory(dir: string, today: string): ContentHistory {
	if (git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
		return { unavailable: `${dir} is not in a git work tree` };
	}
	if (git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
		return { unavailable: 'the clone is shallow (git fetch --unshallow gives it its history)' };
	}
	const changed = new Map<string, string>();
	// What the working tree changed or added since the last commit happened today.
	const working = git(dir, ['diff', 'HEAD', '--unified=0', '--no-renames', '--no-ext-diff', '--relative', '--', '.']);
	if (working === undefined) return { unavailable: 'git could not compare the working tree with HEAD' };
	changedDays(working, changed, today);
	for (const file of (git(dir, ['ls-files', '--others', '--exclude-standard']) ?? '').split('\n')) {
		if (file && !changed.has(file)) changed.set(file, today);
	}
	const log = git(dir, [
		'log',
		'--format=%x01%as',
		'-p',
		'--unified=0',
		'--no-renames',
		'--no-ext-diff',
		'--relative',
		'--',
		'.',
	]);
	if (log === undefined) return { unavailable: 'git could not read the history' };
	changedDays(log, changed);
	return { changed };
}
