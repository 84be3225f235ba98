/**
 * The preview images of a build: kept by what they show, drawn on every core.
 *
 * - **Cache.** Each image is a file `<key>.png` in `og-images/` of Astro's cache folder
 *   (`node_modules/.astro/` unless `cacheDir` says otherwise, kept by CI caches and hosts that keep
 *   it). The key is the card's element tree (every word, colour and size it shows) and what draws
 *   it (og-render.ts: the pipeline's version, satori's, resvg's, the fonts' bytes). A rebuild draws
 *   only the images whose card changed; a cached image is the same bytes a fresh drawing gives.
 *   After a complete build, the images it did not use are removed, so the folder holds one build.
 * - **Every core.** Missing images are drawn in a pool of worker threads, as many as the machine
 *   has (`os.availableParallelism()`), started only when something is missing. With `ahead` (in
 *   `astro build`), all of them are queued as soon as the image route lists its pages, and drawn
 *   while the pages render on the main thread; `writeOut` copies each into the build folder as it
 *   is done, apart from Astro's pages (src/integrations/og-images.ts).
 * - **Memory.** A drawn image goes straight to its file; the build reads it back when it writes
 *   the image out. Nothing of an image stays in memory, however many there are.
 *
 * The integration creates the pool and registers it here; the image route (src/pages/og/) finds
 * it with `ogImages()`. Without the integration (or outside a build), images are drawn in the
 * calling thread, uncached.
 */
import { copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgNode } from '../views/og-image';
import { OG_IMAGE_SIZE } from '../views/seo';
import { ogImageKey, renderOgPng, type OgFontFile } from './og-render';
import type { OgWorkerData, OgWorkerJob, OgWorkerResult } from './og-worker';

/** One image of the build: where the site serves it (`/og/roles/cio.png`) and what it shows. */
export interface OgImageEntry {
	path: string;
	tree: OgNode;
}

/** What the image route needs: images by their tree. */
export interface OgImageSource {
	/** Lists every image of the build, so missing ones can be drawn ahead (a no-op where not). */
	prepare(images: OgImageEntry[]): Promise<void>;
	/** The PNG bytes of one image. */
	png(tree: OgNode): Promise<Uint8Array<ArrayBuffer>>;
}

export interface OgImagesOptions {
	/** The folder of cached images. */
	folder: string;
	/** The fonts the images use. */
	fonts: OgFontFile[];
	/** What draws the images (og-render.ts `ogRendererFingerprint`), part of every key. */
	fingerprint: string;
	/** Queue every missing image as soon as `prepare` lists it (astro build), rather than on request. */
	ahead: boolean;
	/** Threads to draw in; the machine's available parallelism unless given. */
	threads?: number;
}

/** How a build's images came about. */
export interface OgImageStats {
	images: number;
	drawn: number;
	cached: number;
	threads: number;
	removed: number;
}

interface Job {
	key: string;
	tree: OgNode;
	done: Promise<void>;
	resolve: () => void;
	reject: (error: Error) => void;
}

/** Files in the cache folder: `<40 hex digits>.png`. */
const CACHED = /^([0-9a-f]{40})\.png$/;
/** A worker's unfinished file older than this was left by a build that stopped. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** A worker-thread pool drawing images into a cache folder. */
export class OgImages implements OgImageSource {
	readonly #options: OgImagesOptions & { threads: number };
	readonly #keys = new WeakMap<OgNode, string>();
	readonly #jobs = new Map<string, Job>();
	readonly #queue: Job[] = [];
	readonly #idle: Worker[] = [];
	readonly #busy = new Map<Worker, Job>();
	readonly #used = new Set<string>();
	/** Every image `prepare` listed, by its site path. */
	readonly #trees = new Map<string, OgNode>();
	/** The images `writeOut` is writing. */
	readonly #writing: Array<Promise<void>> = [];
	#workers: Worker[] = [];
	/** Threads stopped because nothing was left to draw, and their ends. */
	readonly #stopped = new Set<Worker>();
	readonly #stopping: Array<Promise<number>> = [];
	/** The most threads drawing at once, for the build's report. */
	#threads = 0;
	#cached: Promise<Set<string>> | undefined;
	#failure: Error | undefined;
	#closing = false;
	/** Keys drawn by this pool: every other image the build used came from the cache. */
	readonly #drawn = new Set<string>();

	constructor(options: OgImagesOptions) {
		this.#options = { ...options, threads: Math.max(1, options.threads ?? availableParallelism()) };
	}

	#key(tree: OgNode): string {
		let key = this.#keys.get(tree);
		if (!key) {
			key = ogImageKey(tree, this.#options.fingerprint);
			this.#keys.set(tree, key);
		}
		return key;
	}

	#file(key: string): string {
		return join(this.#options.folder, `${key}.png`);
	}

	/** The keys in the cache folder when first asked (it is created if missing). */
	#cachedKeys(): Promise<Set<string>> {
		this.#cached ??= mkdir(this.#options.folder, { recursive: true })
			.then(() => readdir(this.#options.folder))
			.then((files) => new Set(files.flatMap((file) => CACHED.exec(file)?.[1] ?? [])));
		return this.#cached;
	}

	async prepare(images: OgImageEntry[]): Promise<void> {
		for (const { path, tree } of images) this.#trees.set(path, tree);
		if (!this.#options.ahead) return;
		const cached = await this.#cachedKeys();
		for (const { tree } of images) {
			const key = this.#key(tree);
			if (!cached.has(key)) this.#enqueue(key, tree, false);
		}
	}

	/**
	 * Writes every image `prepare` listed into the build folder `outDir`, at its site path, each as
	 * soon as it is drawn (or at once, from the cache), without holding up the caller: the build
	 * goes on with its pages, its search index and its headers while the threads draw.
	 * `written()` waits for them.
	 */
	writeOut(outDir: string): void {
		for (const [path, tree] of this.#trees) {
			const writing = this.#ready(tree).then(async (key) => {
				const target = join(outDir, ...path.split('/'));
				await mkdir(dirname(target), { recursive: true });
				await copyFile(this.#file(key), target);
			});
			// Awaited by written(); until then a failure must not count as unhandled.
			writing.catch(() => undefined);
			this.#writing.push(writing);
		}
	}

	/** Resolves when every image `writeOut` was given is in the build folder; rejects with the first failure. */
	async written(): Promise<void> {
		await Promise.all(this.#writing);
	}

	/** The key of a card whose image is in the cache folder, drawn first if it is not. */
	async #ready(tree: OgNode): Promise<string> {
		const key = this.#key(tree);
		this.#used.add(key);
		const queued = this.#jobs.get(key);
		if (queued) await queued.done;
		else if (!this.#drawn.has(key) && !(await this.#cachedKeys()).has(key)) await this.#enqueue(key, tree, true).done;
		return key;
	}

	async png(tree: OgNode): Promise<Uint8Array<ArrayBuffer>> {
		const key = this.#key(tree);
		this.#used.add(key);
		let queued = this.#jobs.get(key);
		if (!queued) {
			await this.#cachedKeys();
			const cached = await readFile(this.#file(key)).catch((error: NodeJS.ErrnoException) => {
				if (error.code === 'ENOENT') return undefined;
				throw error;
			});
			if (cached) return cached;
			// Missing (not listed ahead, or removed since by another build sharing the folder): draw it now, first.
			queued = this.#enqueue(key, tree, true);
		}
		await queued.done;
		return readFile(this.#file(key));
	}

	#enqueue(key: string, tree: OgNode, urgent: boolean): Job {
		const existing = this.#jobs.get(key);
		if (existing) return existing;
		let resolve!: () => void;
		let reject!: (error: Error) => void;
		const done = new Promise<void>((yes, no) => {
			resolve = yes;
			reject = no;
		});
		// A job nobody awaits yet must not count as an unhandled rejection if the pool fails.
		done.catch(() => undefined);
		const job: Job = { key, tree, done, resolve, reject };
		if (this.#failure) {
			job.reject(this.#failure);
			return job;
		}
		this.#jobs.set(key, job);
		if (urgent) this.#queue.unshift(job);
		else this.#queue.push(job);
		this.#pump();
		return job;
	}

	#start(): void {
		if (this.#workers.length > 0) return;
		if (!process.features.typescript) {
			this.#fail(
				new Error(
					`Preview images are drawn in worker threads that Node runs as TypeScript; this Node (${process.version}) cannot. Build with Node 22.18 or newer (npm run build uses the project's own Node).`,
				),
			);
			return;
		}
		const workerData: OgWorkerData = { fonts: this.#options.fonts, size: OG_IMAGE_SIZE };
		for (let index = 0; index < this.#options.threads; index++) {
			const worker = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData });
			// The build's end, not the pool, decides when the process exits.
			worker.unref();
			worker.on('message', (result: OgWorkerResult) => this.#finished(worker, result));
			worker.on('error', (error) =>
				this.#fail(new Error(`A preview-image thread failed: ${error.message}`, { cause: error })),
			);
			worker.on('exit', (code) => {
				if (code !== 0 && !this.#closing && !this.#stopped.has(worker)) {
					this.#fail(new Error(`A preview-image thread stopped (exit code ${code}).`));
				}
			});
			this.#workers.push(worker);
			this.#idle.push(worker);
		}
		this.#threads = Math.max(this.#threads, this.#workers.length);
	}

	/**
	 * Stops the threads once nothing is queued or drawing: a thread holds about 100 MB, which the
	 * rest of the build (the search index, the host headers) can use. They start again if needed.
	 */
	#stopWhenIdle(): void {
		if (this.#queue.length > 0 || this.#busy.size > 0 || this.#workers.length === 0) return;
		for (const worker of this.#workers) {
			this.#stopped.add(worker);
			this.#stopping.push(worker.terminate());
		}
		this.#workers = [];
		this.#idle.length = 0;
	}

	#pump(): void {
		if (this.#queue.length > 0) this.#start();
		while (!this.#failure && this.#idle.length > 0 && this.#queue.length > 0) {
			const worker = this.#idle.pop()!;
			const job = this.#queue.shift()!;
			this.#busy.set(worker, job);
			const message: OgWorkerJob = { tree: job.tree, file: this.#file(job.key) };
			worker.postMessage(message);
		}
	}

	#finished(worker: Worker, result: OgWorkerResult): void {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		this.#idle.push(worker);
		if (job) {
			this.#jobs.delete(job.key);
			if (result.ok) {
				this.#drawn.add(job.key);
				job.resolve();
			} else {
				job.reject(new Error(`Preview image ${job.key} could not be drawn:\n${result.error}`));
			}
		}
		this.#pump();
		this.#stopWhenIdle();
	}

	#fail(error: Error): void {
		if (this.#failure) return;
		this.#failure = error;
		for (const job of [...this.#busy.values(), ...this.#queue]) job.reject(error);
		this.#busy.clear();
		this.#queue.length = 0;
		this.#jobs.clear();
	}

	/**
	 * Stops the threads. With `prune` (after a complete build), removes the cached images this build
	 * did not use, and temporary files a stopped build left behind.
	 */
	async close({ prune }: { prune: boolean }): Promise<OgImageStats> {
		this.#closing = true;
		await Promise.all([...this.#stopping, ...this.#workers.map((worker) => worker.terminate())]);
		this.#workers = [];
		const threads = this.#threads;
		let removed = 0;
		if (prune && !this.#failure && this.#used.size > 0) {
			const files = await readdir(this.#options.folder).catch(() => [] as string[]);
			for (const file of files) {
				const key = CACHED.exec(file)?.[1];
				const path = join(this.#options.folder, file);
				if (key && !this.#used.has(key)) {
					await rm(path, { force: true });
					removed += 1;
				} else if (!key && file.endsWith('.tmp')) {
					const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
					if (age > STALE_TEMPORARY_MS) await rm(path, { force: true });
				}
			}
		}
		const drawn = [...this.#used].filter((key) => this.#drawn.has(key)).length;
		return { images: this.#used.size, drawn, cached: this.#used.size - drawn, threads, removed };
	}
}

/** Where the integration leaves the build's pool for the image route, which is bundled apart from it. */
const REGISTRY = Symbol.for('kb.og-images');
type Registry = { [REGISTRY]?: OgImageSource | undefined };

/** Makes `images` the source `ogImages()` returns (undefined: none). */
export function registerOgImages(images: OgImageSource | undefined): void {
	(globalThis as Registry)[REGISTRY] = images;
}

/** Draws in the calling thread, uncached: where no pool is registered. */
const inThread: OgImageSource = { prepare: async () => undefined, png: renderOgPng };

/** The images of the running build or dev server. */
export function ogImages(): OgImageSource {
	return (globalThis as Registry)[REGISTRY] ?? inThread;
}
