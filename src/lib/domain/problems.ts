/**
 * A problem found in the content: which file, which field (when one is to blame) and what is
 * wrong, in words an editor can act on. Every check of the content returns a list of these, so
 * one build names every problem at once (see `src/lib/build/content-check.ts`).
 */

/** One problem in one file. */
export interface Problem {
	/** The file to open, from the project's root: `content/roles/en/cio.mdx`. */
	file: string;
	/** The field or the place in the file: `responsibilities.budgets.title`, `<Picture of>`. */
	field?: string | undefined;
	/** What is wrong and, where it helps, what was expected. */
	message: string;
}

/** A problem as one line: `content/roles/en/cio.mdx: field "title": is missing.` */
export function formatProblem({ file, field, message }: Problem): string {
	const text = message.trim().replace(/[.:]?$/, '.');
	return field === undefined ? `${file}: ${text}` : `${file}: field "${field}": ${text}`;
}

/** Every problem as one message, sorted by file (and stable within a file), or undefined when there is none. */
export function formatProblems(problems: readonly Problem[]): string | undefined {
	if (problems.length === 0) return undefined;
	const lines = [...new Set([...problems].sort((a, b) => a.file.localeCompare(b.file)).map(formatProblem))];
	const count = lines.length === 1 ? 'one problem' : `${lines.length} problems`;
	return `The content has ${count}:\n  ${lines.join('\n  ')}`;
}
