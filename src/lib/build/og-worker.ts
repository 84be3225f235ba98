/**
 * One thread of the preview-image pool (og-images.ts): loads the fonts once, then draws each image
 * it is sent and writes it into the cache folder (to a temporary name first, so a reader never
 * sees half a file). Node runs this file itself, so it imports only files named with their
 * extension and packages.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { OgNode } from '../views/og-image.ts';
import { rasterise, type OgFont } from './og-raster.ts';

/** What the pool starts each thread with. */
export interface OgWorkerData {
	fonts: Array<Omit<OgFont, 'data'> & { path: string }>;
	size: { width: number; height: number };
}

/** One image to draw: its tree, and the file it goes to. */
export interface OgWorkerJob {
	tree: OgNode;
	file: string;
}

/** The answer for one job (a thread has one job at a time). */
export type OgWorkerResult = { ok: true } | { ok: false; error: string };

const data = workerData as OgWorkerData;
const port = parentPort;
if (!port) throw new Error('og-worker.ts runs as a worker thread of og-images.ts.');

const fonts: Promise<OgFont[]> = Promise.all(
	data.fonts.map(async ({ path, ...font }) => ({ ...font, data: await readFile(path) })),
);

port.on('message', async (job: OgWorkerJob) => {
	const temporary = `${job.file}.${process.pid}-${threadId}.tmp`;
	let result: OgWorkerResult;
	try {
		await writeFile(temporary, await rasterise(job.tree, await fonts, data.size));
		await rename(temporary, job.file);
		result = { ok: true };
	} catch (error) {
		await rm(temporary, { force: true });
		result = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	port.postMessage(result);
});
