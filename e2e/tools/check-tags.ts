/**
 * Fails when a Playwright tag selects no test, or a test carries a tag `e2e/tags.ts` does not
 * declare: a run chosen by tag (the one under `/kb/`) can then never go empty or lose a test
 * without anyone noticing. Reads Playwright's own list of the tests (`--list`), runs none.
 */
import { execFileSync } from 'node:child_process';
import { TAGS } from '../tags.ts';

type Suite = { specs?: Array<{ title: string; file: string; line: number; tags: string[] }>; suites?: Suite[] };

const listed = JSON.parse(
	execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'inherit'],
	}),
) as { suites: Suite[] };

const specs = (suites: readonly Suite[]): NonNullable<Suite['specs']> =>
	suites.flatMap((suite) => [...(suite.specs ?? []), ...specs(suite.suites ?? [])]);

const problems: string[] = [];
const counts = new Map(Object.keys(TAGS).map((tag) => [tag, 0]));
for (const spec of specs(listed.suites)) {
	for (const tag of spec.tags.map((name) => (name.startsWith('@') ? name : `@${name}`))) {
		if (!counts.has(tag))
			problems.push(`e2e/${spec.file}:${spec.line} carries ${tag}, which e2e/tags.ts does not declare.`);
		else counts.set(tag, counts.get(tag)! + 1);
	}
}
for (const [tag, count] of counts) {
	if (count === 0) problems.push(`${tag} (${TAGS[tag]}) selects no test.`);
}
if (problems.length > 0) {
	console.error(`Playwright tags:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`Playwright tags: ${[...counts].map(([tag, count]) => `${tag} selects ${count} test${count === 1 ? '' : 's'}`).join(', ')}.`,
);
