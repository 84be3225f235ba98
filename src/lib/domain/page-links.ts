/**
 * Links between pages, as content writes them: a page id with an optional section or query
 * (`guide#goals`, `roles/cio`, `recommend?size=small`). The content check resolves them
 * (`src/lib/build/content-check.ts`).
 */

/** A link's page id and what follows it (`#goals`, `?size=small`, or nothing). */
export function splitTarget(target: string): { id: string; suffix: string } {
	const index = target.search(/[#?]/);
	return index === -1 ? { id: target, suffix: '' } : { id: target.slice(0, index), suffix: target.slice(index) };
}
