/**
 * The word list typo correction reads (see `searchForgivingTypos` in src/lib/domain/search.ts):
 * every word of what the search index holds, per language, most frequent first. The Pagefind step
 * builds it from the index's own page fragments, the text Pagefind read of each page (search terms
 * included, what it leaves out left out), and writes one file per language beside the index
 * (`wordListFile`), which the search loads only when a reader's word is not in the index.
 */
import { gunzipSync } from 'node:zlib';

/** A page's indexed text and the language of its index. */
export type IndexedText = { lang: string; text: string };

/** How Pagefind starts every file it compresses, once unpacked. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The text the index holds of one page, from its fragment in Pagefind's bundle
 * (`fragment/<lang>_<hash>.pf_fragment`: gzip, Pagefind's signature, then JSON with the page's
 * `content`); undefined for any other file of the bundle. A fragment that does not read so fails,
 * naming the file: a new Pagefind may have changed its format.
 */
export function fragmentText(path: string, bytes: Uint8Array): IndexedText | undefined {
	const name = /(?:^|\/)fragment\/([a-z0-9-]+)_[0-9a-f]+\.pf_fragment$/i.exec(path);
	if (!name) return undefined;
	try {
		const unpacked = gunzipSync(bytes);
		if (unpacked.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('no signature');
		const { content } = JSON.parse(unpacked.subarray(SIGNATURE.length).toString('utf8')) as { content?: unknown };
		if (typeof content !== 'string') throw new Error('no content');
		return { lang: name[1]!.toLowerCase(), text: content };
	} catch (error) {
		throw new Error(
			`${path} does not read as a Pagefind fragment (${(error as Error).message}): has its format changed?`,
			{
				cause: error,
			},
		);
	}
}

/** The longest word kept: longer runs are identifiers or noise, not words a reader types. */
const MAX_WORD_LENGTH = 40;

/** Counts the words of a text into `counts`: lower case, split at anything but letters and digits, three letters or more. */
export function countWords(text: string, counts: Map<string, number>): void {
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		const length = [...word].length;
		if (length < 3 || length > MAX_WORD_LENGTH || !/\p{L}/u.test(word)) continue;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
}

/**
 * At most this many words per language (about 300 KB, 100 KB over the wire, at the cap). This
 * site's vocabulary is about a thousand words a language, and 10,000 synthetic articles add none;
 * a vocabulary past the cap loses its rarest words first, which readers rarely misspell.
 */
export const MAX_WORDS = 30_000;

/** The list as the search loads it: most frequent first, ties alphabetical, capped at `max`. */
export function wordList(counts: ReadonlyMap<string, number>, max = MAX_WORDS): string[] {
	return [...counts]
		.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
		.slice(0, max)
		.map(([word]) => word);
}
