/** git for tests: commands in a repository made for one case, by a fixed editor on chosen days. */
import { spawnSync } from 'node:child_process';

/**
 * Runs git in `root` as the editor "Editor", authored on `authored` and committed on `committed`
 * (ISO date-times; a commit can land later than it was written). Throws with git's message on
 * failure; returns git's output.
 */
export function gitIn(root: string) {
	return (args: string[], authored = '2026-12-07T12:00:00Z', committed = authored): string => {
		const result = spawnSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Editor',
				GIT_AUTHOR_EMAIL: 'editor@example.invalid',
				GIT_COMMITTER_NAME: 'Editor',
				GIT_COMMITTER_EMAIL: 'editor@example.invalid',
				GIT_AUTHOR_DATE: authored,
				GIT_COMMITTER_DATE: committed,
			},
		});
		if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
		return result.stdout;
	};
}
