/**
 * A digest of the site's own code, for the build steps that keep what they made in Astro's cache
 * folder (the search index, the host headers): part of their keys, so what older code made is
 * never reused. Any change to a source file counts, which is more than needed and never less.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Source files: what the build runs (tests and their fixtures do not count). */
const SOURCE = /\.(ts|mts|js|mjs|astro|json|css)$/;
const TEST = /\.test\.ts$/;

/** The digest of every source file under `root`'s `src/`, and of `astro.config.mjs`. */
export async function codeDigest(root: string): Promise<string> {
	const src = join(root, 'src');
	const entries = await readdir(src, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !TEST.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	const hash = createHash('sha256');
	for (const file of [...files, join(root, 'astro.config.mjs')]) {
		hash.update(`${relative(root, file).split(sep).join('/')}\n`);
		hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
		hash.update('\n');
	}
	return hash.digest('hex');
}
