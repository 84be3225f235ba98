/**
 * One process of the preview-image pool (og-images.ts starts it with `fork`): loads the fonts
 * once, then draws each image it is sent and writes it into the cache folder (to a temporary name
 * first, so a reader never sees half a file). It stops when the pool stops it or the build goes.
 * Node runs this file itself, so it imports only files named with their extension and packages.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { OgNode } from '../views/og-image.ts';
import { rasterise, type OgFont } from './og-raster.ts';

/** What the pool starts each process with (as its one argument, JSON). */
export interface OgWorkerData {
	fonts: Array<Omit<OgFont, 'data'> & { path: string }>;
	size: { width: number; height: number };
}

/** One image to draw: its tree, the cache file it goes to, and the build's files it goes to too. */
export interface OgWorkerJob {
	tree: OgNode;
	file: string;
	targets: string[];
}

/** The answer for one job (a process has one job at a time). */
export type OgWorkerResult = { ok: true } | { ok: false; error: string };

const send = process.send?.bind(process);
if (!send) throw new Error('og-worker.ts runs as a process of og-images.ts, started with fork.');
const data = JSON.parse(process.argv[2] ?? 'null') as OgWorkerData;

const fonts: Promise<OgFont[]> = Promise.all(
	data.fonts.map(async ({ path, ...font }) => ({ ...font, data: await readFile(path) })),
);

// The build that started it is gone (or stopped the pool): nothing is left to draw for.
process.on('disconnect', () => process.exit(0));

/**
 * How many images between two garbage collections. resvg hands each image's pixels over in memory
 * of its own, freed only when the collector finds the buffer unused; the collector, seeing a small
 * heap, would run seldom while that memory grows by megabytes an image.
 */
const COLLECT_EVERY = 8;
const collect = (globalThis as { gc?: () => void }).gc;
let drawn = 0;

process.on('message', async (job: OgWorkerJob) => {
	const temporary = `${job.file}.${process.pid}.tmp`;
	let result: OgWorkerResult;
	try {
		const png = await rasterise(job.tree, await fonts, data.size);
		await writeFile(temporary, png);
		await rename(temporary, job.file);
		for (const target of job.targets) await writeFile(target, png);
		result = { ok: true };
	} catch (error) {
		await rm(temporary, { force: true });
		result = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	send(result);
	if (++drawn % COLLECT_EVERY === 0) collect?.();
});
