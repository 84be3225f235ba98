/**
 * Builds of the same commit are byte-identical: every file, the preview images, the search index
 * and the headers file included, wherever the checkout lives, and whatever the build found in its
 * cache. Builds a copy of the project in a temporary folder (see build-copy.ts): cold, with nothing
 * cached, then warm, reusing what the first build cached (the preview images, every page, the
 * search index); compares every byte of both with each other and with the build the suite runs
 * against. Then an editor changes one article and builds again: every page that shows the change
 * has it (a page reused from the cache would not), and the pages that do not show it stay as they were.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy, rebuildCopy, removeCopy } from './build-copy';
import { BASE, DIST } from './site';

async function files(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The files that differ between two builds, or that only one of them has. */
async function differences(first: string, second: string): Promise<string[]> {
	const [firstFiles, secondFiles] = await Promise.all([files(first), files(second)]);
	expect(firstFiles.length).toBeGreaterThan(5);
	const both = new Set(secondFiles);
	const different = [
		...firstFiles.filter((file) => !both.has(file)),
		...secondFiles.filter((file) => !firstFiles.includes(file)),
	];
	for (const file of firstFiles.filter((name) => both.has(name))) {
		const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
		if (!a.equals(b)) different.push(file);
	}
	return different.sort();
}

test('builds of the same sources are byte-identical, cold or warm, wherever the checkout lives; an edit changes what shows it', async () => {
	// The copy builds at the root path, as the suite's own build does.
	test.skip(BASE !== '/', 'compared at the root path only');
	// Three builds of the copy, each allowed build-copy.ts's time, and the comparisons.
	test.setTimeout(780_000);
	const cold = buildCopy('determinism');
	try {
		expect(cold.status, cold.output).toBe(0);
		// Nothing was cached: every preview image was drawn.
		expect(cold.output).toMatch(/\d+ preview images: \d+ drawn in \d+ process(?:es)?, 0 from the cache/);
		const coldDist = join(cold.dir, 'dist-cold');
		await rename(join(cold.dir, 'dist'), coldDist);
		const warm = rebuildCopy(cold);
		expect(warm.status, warm.output).toBe(0);
		// Everything the first build made came from the cache: the images, the pages, the index.
		expect(warm.output).toMatch(/\d+ preview images: all from the cache/);
		expect(warm.output).toMatch(/\((?:restored|cached)\)/);
		expect(warm.output).toMatch(
			/every page reads as in the last build: its index and word lists reused from the cache/,
		);
		const coldVsSuite = await differences(DIST, coldDist);
		expect(
			coldVsSuite,
			`these files differ between the suite's build and a cold one:\n${coldVsSuite.join('\n')}`,
		).toEqual([]);
		const warmVsCold = await differences(coldDist, join(cold.dir, 'dist'));
		expect(warmVsCold, `these files differ between a cold and a warm build:\n${warmVsCold.join('\n')}`).toEqual([]);

		// An editor changes one article: a sentence, and its label in the navigation, which every
		// English page shows. Every page that shows either changes; the German pages, the preview
		// images (they show titles, not navigation labels) do not.
		const sentence = 'An editor added this sentence to check the rebuild.';
		const about = join(cold.dir, 'content/pages/en/about.mdx');
		const words = await readFile(about, 'utf8');
		expect(words).toContain('\nnavLabel: About\n');
		await writeFile(about, `${words.replace('\nnavLabel: About\n', '\nnavLabel: About us\n')}\n${sentence}\n`);
		const warmDist = join(cold.dir, 'dist-warm');
		await rename(join(cold.dir, 'dist'), warmDist);
		const edited = rebuildCopy(cold);
		expect(edited.status, edited.output).toBe(0);
		expect(edited.output).toMatch(/\d+ preview images: all from the cache/);
		const built = (file: string) => readFile(join(cold.dir, 'dist', file), 'utf8');
		expect(await built('about/index.html')).toContain(sentence);
		for (const page of ['index.html', 'about/index.html', 'glossary/index.html']) {
			expect(await built(page), page).toMatch(/>About us</);
		}
		const changed = await differences(warmDist, join(cold.dir, 'dist'));
		expect(changed).toContain('index.html');
		expect(changed.filter((file) => file.startsWith('de/') && file.endsWith('.html'))).toEqual([]);
	} finally {
		removeCopy(cold);
	}
});
