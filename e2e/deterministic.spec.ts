/**
 * Two builds of the same commit are byte-identical: every file, the search index and the headers
 * file included. Builds once more into a temporary folder and compares every byte with the build
 * the suite runs against.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './site';

async function build(outDir: string): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${errors}`)),
		);
	});
}

async function files(root: string): Promise<string[]> {
	const entries = await readdir(root, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

test('two builds of the same sources are byte-identical', async () => {
	test.setTimeout(300_000);
	const root = await mkdtemp(join(tmpdir(), 'kb-determinism-'));
	try {
		const [first, second] = [DIST, join(root, 'again')];
		await build(second);
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
		await rm(root, { recursive: true, force: true });
	}
});
