/**
 * One digest of the whole content: every entry of every collection, its words and its facts. Two
 * builds with the same digest read the same content. The incremental build keys pages by it
 * (src/lib/build/page-cache.ts): a page is written again only when something it could show changed.
 */
import { createHash } from 'node:crypto';
import { getAllEntries } from './collections';

let digest: Promise<string> | undefined;

/** The digest of every content entry (its collection, id, data and body), once per build. */
export function contentDigest(): Promise<string> {
	digest ??= getAllEntries().then((all) => {
		const hash = createHash('sha256');
		for (const [collection, entries] of Object.entries(all).sort(([a], [b]) => a.localeCompare(b))) {
			for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
				// Astro's digest of the entry's file where the loader keeps one; its data and words where not.
				const own =
					'digest' in entry && entry.digest !== undefined
						? String(entry.digest)
						: `${JSON.stringify(entry.data)}\n${'body' in entry ? (entry.body ?? '') : ''}`;
				hash.update(`${collection}/${entry.id}\n${own}\n`);
			}
		}
		return hash.digest('hex');
	});
	return digest;
}
