/**
 * The preview images of a build: kept by what they show, drawn on every core.
 *
 * - **Cache.** Each image is a file `<key>.png` in `og-images/` of Astro's cache folder
 *   (`node_modules/.astro/` unless `cacheDir` says otherwise, kept by CI caches and hosts that keep
 *   it). The key is the card's element tree (every word, colour and size it shows) and what draws
 *   it (og-render.ts: the pipeline's version, satori's, resvg's, the fonts' bytes). A rebuild draws
 *   only the images whose card changed; a cached image is the same bytes a fresh drawing gives.
 *   After a complete build, the images it did not use are removed, so the folder holds one build.
 * - **Every core.** Missing images are drawn in a pool of processes (og-worker.ts), as many as the
 *   machine has (`os.availableParallelism()`), started only when something is missing. In a build
 *   the image route lists every image (`prepare`) and `writeOut` has the missing ones drawn and
 *   each written into the build folder, apart from Astro's pages (src/integrations/og-images.ts);
 *   on the dev server an image is drawn when it is asked for (`png`).
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
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OgNode } from '../views/og-image';
import { FILE_TASKS, limited } from './concurrency';
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
	/** Lists every image of the build, for `writeOut` (a no-op where nothing is written out). */
	prepare(images: OgImageEntry[]): Promise<void>;
	/** The PNG bytes of one image. */
	png(tree: OgNode): Promise<Uint8Array<ArrayBuffer>>;
	/**
	 * Stops drawing until the function it resolves to is called (which draws on as before): for a
	 * build step that needs the memory the drawing processes hold. A no-op where nothing draws.
	 */
	pause(): Promise<() => Promise<void>>;
}

export interface OgImagesOptions {
	/** The folder of cached images. */
	folder: string;
	/** The fonts the images use. */
	fonts: OgFontFile[];
	/** What draws the images (og-render.ts `ogRendererFingerprint`), part of every key. */
	fingerprint: string;
	/** Threads to draw in; the machine's available parallelism unless given. */
	threads?: number;
	/** How many images a drawing process draws before a fresh one takes over (400 unless given). */
	imagesPerProcess?: number | undefined;
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
	/** Files in the build folder the drawing process writes too, besides the cache's. */
	targets: string[];
	/** Whether a process has it (its targets are then fixed). */
	sent: boolean;
	done: Promise<void>;
	resolve: () => void;
	reject: (error: Error) => void;
}

/** Files in the cache folder: `<40 hex digits>.png`. */
const CACHED = /^([0-9a-f]{40})\.png$/;
/** A worker's unfinished file older than this was left by a build that stopped. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** A pool of processes drawing images into a cache folder. */
export class OgImages implements OgImageSource {
	readonly #options: OgImagesOptions & { threads: number };
	readonly #keys = new WeakMap<OgNode, string>();
	readonly #jobs = new Map<string, Job>();
	readonly #queue: Job[] = [];
	readonly #idle: ChildProcess[] = [];
	readonly #busy = new Map<ChildProcess, Job>();
	readonly #used = new Set<string>();
	/** Every image `prepare` listed, by its site path. */
	readonly #trees = new Map<string, OgNode>();
	/** The images `writeOut` is writing. */
	readonly #writing: Array<Promise<void>> = [];
	#workers: ChildProcess[] = [];
	/** Threads stopped because nothing was left to draw, and their ends. */
	readonly #stopped = new Set<ChildProcess>();
	readonly #stopping: Array<Promise<void>> = [];
	/** The most threads drawing at once, for the build's report. */
	#threads = 0;
	/** How many images each process has drawn. */
	readonly #done = new WeakMap<ChildProcess, number>();
	/** How many processes may draw now (`drawIn`); all the pool has unless told otherwise. */
	#allowed: number;
	#cached: Promise<Set<string>> | undefined;
	#failure: Error | undefined;
	#closing = false;
	/** Keys drawn by this pool: every other image the build used came from the cache. */
	readonly #drawn = new Set<string>();

	constructor(options: OgImagesOptions) {
		this.#options = { ...options, threads: Math.max(1, options.threads ?? availableParallelism()) };
		this.#allowed = this.#options.threads;
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
	}

	/**
	 * Writes every image `prepare` listed into the build folder `outDir`, at its site path, each as
	 * soon as it is drawn (or at once, from the cache), without holding up the caller: the build
	 * goes on with its pages, its search index and its headers while the threads draw.
	 * `written()` waits for them.
	 */
	writeOut(outDir: string): void {
		const writing = this.#writeAll(outDir);
		// Awaited by written(); until then a failure must not count as unhandled.
		writing.catch(() => undefined);
		this.#writing.push(writing);
	}

	/**
	 * Every listed image into `outDir`: one still to draw is written there by the process that
	 * draws it (no second copy of its bytes); one in the cache, or drawn already, is copied.
	 */
	async #writeAll(outDir: string): Promise<void> {
		const cached = await this.#cachedKeys();
		const folders = new Map<string, Promise<unknown>>();
		const copy = limited(FILE_TASKS);
		const writes: Array<Promise<void>> = [];
		for (const [path, tree] of this.#trees) {
			const target = join(outDir, ...path.split('/'));
			const folder = dirname(target);
			if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
			const key = this.#key(tree);
			this.#used.add(key);
			const write = (async () => {
				await folders.get(folder);
				let job = this.#jobs.get(key);
				if (!job && !this.#drawn.has(key) && !cached.has(key)) job = this.#enqueue(key, tree, false, [target]);
				else if (job && !job.sent) job.targets.push(target);
				else {
					await job?.done;
					await copy(() => copyFile(this.#file(key), target));
					return;
				}
				await job.done;
			})();
			write.catch(() => undefined);
			writes.push(write);
		}
		await Promise.all(writes);
	}

	/** Resolves when every image `writeOut` was given is in the build folder; rejects with the first failure. */
	async written(): Promise<void> {
		await Promise.all(this.#writing);
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
			// Missing (never drawn, or removed since by another build sharing the folder): draw it now, first.
			queued = this.#enqueue(key, tree, true);
		}
		await queued.done;
		return readFile(this.#file(key));
	}

	#enqueue(key: string, tree: OgNode, urgent: boolean, targets: string[] = []): Job {
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
		const job: Job = { key, tree, targets, sent: false, done, resolve, reject };
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
		if (this.#workers.length >= this.#allowed) return;
		if (!process.features.typescript) {
			this.#fail(
				new Error(
					`Preview images are drawn in processes that Node runs as TypeScript; this Node (${process.version}) cannot. Build with Node 22.18 or newer (npm run build uses the project's own Node).`,
				),
			);
			return;
		}
		const workerData: OgWorkerData = { fonts: this.#options.fonts, size: OG_IMAGE_SIZE };
		while (this.#workers.length < this.#allowed) {
			// A process, not a thread: the memory a drawer used goes back to the system when it stops
			// (a stopped thread's stayed with the build, about 240 MB at 2,000 images).
			const worker = fork(fileURLToPath(new URL('./og-worker.ts', import.meta.url)), [JSON.stringify(workerData)], {
				stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
				// The process collects its garbage itself (og-worker.ts): resvg's pixels live outside
				// the JavaScript heap, where the collector does not see them pile up.
				execArgv: [...process.execArgv, '--expose-gc'],
			});
			// The build's end, not the pool, decides when the build exits: idle, it holds nothing open.
			worker.unref();
			worker.channel?.unref();
			worker.on('message', (result: OgWorkerResult) => this.#finished(worker, result));
			worker.on('error', (error) =>
				this.#fail(new Error(`A preview-image process failed: ${error.message}`, { cause: error })),
			);
			worker.on('exit', (code, signal) => {
				if (!this.#closing && !this.#stopped.has(worker)) {
					this.#fail(new Error(`A preview-image process stopped (${signal ?? `exit code ${code}`}).`));
				}
			});
			this.#workers.push(worker);
			this.#idle.push(worker);
		}
		this.#threads = Math.max(this.#threads, this.#workers.length);
	}

	/**
	 * Stops the processes once nothing is queued or drawing: each holds about 100 MB, which the rest
	 * of the build (the search index, the host headers) can use. They start again if needed.
	 */
	#stopWhenIdle(): void {
		if (this.#queue.length > 0 || this.#busy.size > 0 || this.#workers.length === 0) return;
		for (const worker of this.#workers) {
			this.#stopped.add(worker);
			this.#stopping.push(stop(worker));
		}
		this.#workers = [];
		this.#idle.length = 0;
	}

	/**
	 * Draws in at most `processes` processes from now on: more start if images wait; idle ones
	 * beyond it stop at once, busy ones after their image. Resolves when no more than that are left
	 * (0: a pause, so another step of the build has the memory and the cores; the queue waits).
	 */
	async drawIn(processes: number): Promise<void> {
		this.#allowed = Math.max(0, Math.min(processes, this.#options.threads));
		while (this.#workers.length > this.#allowed && this.#idle.length > 0) this.#retire(this.#idle.pop()!);
		this.#pump();
		// A busy process beyond the number stops after its image (#finished): a few ms.
		while (this.#workers.length > this.#allowed && !this.#failure) await new Promise((go) => setTimeout(go, 5));
		await Promise.all(this.#stopping);
	}

	async pause(): Promise<() => Promise<void>> {
		const allowed = this.#allowed;
		await this.drawIn(0);
		return () => this.drawIn(allowed);
	}

	/** Stops one process, idle or just finished, for good. */
	#retire(worker: ChildProcess): void {
		this.#workers = this.#workers.filter((other) => other !== worker);
		const idle = this.#idle.indexOf(worker);
		if (idle >= 0) this.#idle.splice(idle, 1);
		this.#stopped.add(worker);
		this.#stopping.push(stop(worker));
	}

	#pump(): void {
		if (this.#queue.length > 0) this.#start();
		while (!this.#failure && this.#idle.length > 0 && this.#queue.length > 0) {
			const worker = this.#idle.pop()!;
			const job = this.#queue.shift()!;
			this.#busy.set(worker, job);
			job.sent = true;
			const message: OgWorkerJob = { tree: job.tree, file: this.#file(job.key), targets: job.targets };
			// A process at work keeps the build waiting for it; an idle one does not keep it alive.
			worker.ref();
			worker.channel?.ref();
			worker.send(message);
		}
	}

	#finished(worker: ChildProcess, result: OgWorkerResult): void {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		worker.unref();
		worker.channel?.unref();
		const done = (this.#done.get(worker) ?? 0) + 1;
		this.#done.set(worker, done);
		// Beyond the number allowed, or worn: resvg's memory grows with every image a process draws
		// (with a collection every few images, og-worker.ts: about 130 MB after 100, 150 MB after
		// 400), and a fresh process takes over.
		if (this.#workers.length > this.#allowed || done >= (this.#options.imagesPerProcess ?? IMAGES_PER_PROCESS)) {
			this.#retire(worker);
		} else this.#idle.push(worker);
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
	 * Stops the processes. With `prune` (after a complete build), removes the cached images this build
	 * did not use, and temporary files a stopped build left behind.
	 */
	async close({ prune }: { prune: boolean }): Promise<OgImageStats> {
		this.#closing = true;
		for (const worker of this.#workers) this.#stopped.add(worker);
		await Promise.all([...this.#stopping, ...this.#workers.map(stop)]);
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

/** How many images a drawing process draws before a fresh one takes over. */
const IMAGES_PER_PROCESS = 400;

/** Stops a drawing process and resolves once it has gone. */
function stop(worker: ChildProcess): Promise<void> {
	if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		worker.once('exit', () => resolve());
		// Whoever waits for it to go is kept waiting, not left behind by a build that ends meanwhile.
		worker.ref();
		worker.kill();
	});
}

/** Where the integration leaves the build's pool for the image route, which is bundled apart from it. */
const REGISTRY = Symbol.for('kb.og-images');
type Registry = { [REGISTRY]?: OgImageSource | undefined };

/** Makes `images` the source `ogImages()` returns (undefined: none). */
export function registerOgImages(images: OgImageSource | undefined): void {
	(globalThis as Registry)[REGISTRY] = images;
}

/** Draws in the calling thread, uncached: where no pool is registered. */
const inThread: OgImageSource = {
	prepare: async () => undefined,
	png: renderOgPng,
	pause: async () => async () => undefined,
};

/** The images of the running build or dev server. */
export function ogImages(): OgImageSource {
	return (globalThis as Registry)[REGISTRY] ?? inThread;
}
