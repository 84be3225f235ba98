/**
 * Two builds of the same commit are byte-identical: every file, the search index and the headers
 * file included, wherever the checkout lives. Builds a copy of the project in a temporary folder
 * (see build-copy.ts) and compares every byte with the build the suite runs against.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCopy, removeCopy } from './build-copy';
import { BASE, DIST } from './site';

async function files(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

test('two builds of the same sources are byte-identical, wherever the checkout lives', async () => {
	// The copy builds at the root path, as the suite's own build does.
	test.skip(BASE !== '/', 'compared at the root path only');
	test.setTimeout(300_000);
	const copy = buildCopy('determinism');
	try {
		expect(copy.status, copy.output).toBe(0);
		const [first, second] = [DIST, join(copy.dir, 'dist')];
		const [firstFiles, secondFiles] = await Promise.all([files(first), files(second)]);
		expect(firstFiles.length).toBeGreaterThan(5);
		expect(secondFiles).toEqual(firstFiles);
		const different: string[] = [];
		for (const file of firstFiles) {
			const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
			if (!a.equals(b)) different.push(file);
		}
		expect(different, `these files differ between two builds:\n${different.join('\n')}`).toEqual([]);
	} finally {
		removeCopy(copy);
	}
});
