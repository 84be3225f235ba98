/**
 * Builds of the same commit are byte-identical: every file, the preview images, the search index
 * and the headers file included, wherever the checkout lives, and whatever the build found in its
 * cache. Builds a copy of the project in a temporary folder (see build-copy.ts) twice: cold, with
 * nothing cached, and warm, with the preview images the first build cached; compares every byte
 * of both with each other and with the build the suite runs against.
 */
import { readFile, readdir, rename } from 'node:fs/promises';
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

/** The files under `second` that differ from `first`'s (both must hold the same names). */
async function differences(first: string, second: string): Promise<string[]> {
	const [firstFiles, secondFiles] = await Promise.all([files(first), files(second)]);
	expect(firstFiles.length).toBeGreaterThan(5);
	expect(secondFiles, `${second} holds other files than ${first}`).toEqual(firstFiles);
	const different: string[] = [];
	for (const file of firstFiles) {
		const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
		if (!a.equals(b)) different.push(file);
	}
	return different;
}

test('builds of the same sources are byte-identical, cold or warm, wherever the checkout lives', async () => {
	// The copy builds at the root path, as the suite's own build does.
	test.skip(BASE !== '/', 'compared at the root path only');
	// Two builds of the copy, each allowed build-copy.ts's time, and the comparisons.
	test.setTimeout(540_000);
	const cold = buildCopy('determinism');
	try {
		expect(cold.status, cold.output).toBe(0);
		// Nothing was cached: every preview image was drawn.
		expect(cold.output).toMatch(/\d+ preview images: \d+ drawn in \d+ threads?, 0 from the cache/);
		const coldDist = join(cold.dir, 'dist-cold');
		await rename(join(cold.dir, 'dist'), coldDist);
		const warm = rebuildCopy(cold);
		expect(warm.status, warm.output).toBe(0);
		// Everything the first build drew came from the cache.
		expect(warm.output).toMatch(/\d+ preview images: all from the cache/);
		const coldVsSuite = await differences(DIST, coldDist);
		expect(
			coldVsSuite,
			`these files differ between the suite's build and a cold one:\n${coldVsSuite.join('\n')}`,
		).toEqual([]);
		const warmVsCold = await differences(coldDist, join(cold.dir, 'dist'));
		expect(warmVsCold, `these files differ between a cold and a warm build:\n${warmVsCold.join('\n')}`).toEqual([]);
	} finally {
		removeCopy(cold);
	}
});
