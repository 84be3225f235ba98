/** Finding cross-links between content entries that point at nothing. */

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

/** One human-readable line per reference whose target does not exist. */
export function findBrokenReferences(
	entries: readonly EntryWithRefs[],
	existing: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
	const problems: string[] = [];
	for (const entry of entries) {
		for (const { field, ref } of entry.refs) {
			if (existing.get(ref.collection)?.has(ref.id)) continue;
			const where = entry.filePath ?? `${entry.collection}/${entry.id}`;
			problems.push(
				`${where}: field "${field}" refers to "${ref.id}" in collection "${ref.collection}", which does not exist.`,
			);
		}
	}
	return problems;
}
