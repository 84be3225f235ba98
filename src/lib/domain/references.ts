/** Finding cross-links between content entries that point at nothing. */
import type { Problem } from './problems';

/** A `reference()` value as Astro stores it. */
export interface EntryRef {
	collection: string;
	id: string;
}

/** An entry to check: where it lives and the references it holds, by field path. */
export interface EntryWithRefs {
	collection: string;
	id: string;
	/** The entry's source file, for the error message. */
	filePath?: string | undefined;
	refs: ReadonlyArray<{ field: string; ref: EntryRef }>;
}

/** One problem per reference whose target does not exist. */
export function findBrokenReferences(
	entries: readonly EntryWithRefs[],
	existing: ReadonlyMap<string, ReadonlySet<string>>,
): Problem[] {
	const problems: Problem[] = [];
	for (const entry of entries) {
		for (const { field, ref } of entry.refs) {
			if (existing.get(ref.collection)?.has(ref.id)) continue;
			problems.push({
				file: entry.filePath ?? `${entry.collection}/${entry.id}`,
				field,
				message: `refers to "${ref.id}" in collection "${ref.collection}", which does not exist`,
			});
		}
	}
	return problems;
}
