/**
 * The scale mode of the benchmark (`npm run bench -- --pages N`): what an editor feels on a site of
 * N articles in every language. Copies `content/` to a temporary folder with N synthetic articles
 * per language (synthetic.ts; `KB_CONTENT_DIR` points the build there, so the real content and
 * caches stay untouched) and measures, one after the other:
 *
 * 1. a cold build, nothing cached;
 * 2. a second build with nothing changed;
 * 3. a build after one article changed;
 *
 * each with wall time, CPU time and the peak memory of the whole process tree (measure.ts), then
 * the time from the last keystroke to the first search result on the fresh build. With
 * `--compare starlight`, Astro Starlight builds the same articles right after, in the same run
 * (starlight.ts). Writes `reports/bench-scale-N.json` and `.md`, checks the issue's budgets
 * (budgets.json `scale`), and removes everything it made, also when a build or a budget fails.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, hostname, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { configuredBase } from '../../src/lib/domain/base.ts';
import { FULL_BROWSER, ensureInstalled, launchOptions } from '../browser.ts';
import { serveDist } from '../static-server.ts';
import { measure, type Measured } from './measure.ts';
import { SEARCH_RUNS, folderSize, keystrokeToResult } from './search-timing.ts';
import { starlightProject } from './starlight.ts';
import { changeOneArticle, syntheticContent } from './synthetic.ts';

const BASE = configuredBase();

export interface ScaleBudgets {
	/** From this many articles per language on, the large-site budgets apply. */
	largeAtPages: number;
	largeColdBuildSeconds: number;
	largePeakMb: number;
	largeSearchMs: number;
	/** Against Starlight building the same articles in the same run: ours / Starlight's cold build. */
	starlightColdRatio: number;
	starlightUnchangedRatio: number;
	starlightPeakRatio: number;
}

export interface ScaleOptions {
	count: number;
	/** Measure search on the build kept by an earlier `--keep` run, without building. */
	reuse: boolean;
	/** Keep the last build (in the OS temp folder) for `reuse`. */
	keep: boolean;
	compareStarlight: boolean;
	budgets: ScaleBudgets;
	reports: string;
}

type Build = Measured;

const mb = (value: number | undefined) =>
	value === undefined ? 'n/a' : `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} MB`;
const s = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)} s`);

/** Stops the build or Starlight install under way when the benchmark is interrupted. */
const interrupted = new AbortController();

/** One build of the site from `content` into `outDir` with its cache in `cacheDir`, measured. */
function buildSite(content: string, outDir: string, cacheDir: string): Promise<Build> {
	return measure(process.execPath, [new URL('./build.ts', import.meta.url).pathname, outDir], {
		env: { KB_CONTENT_DIR: content, KB_BENCH_CACHE_DIR: cacheDir },
		signal: interrupted.signal,
	});
}

async function htmlPages(dir: string): Promise<number> {
	return (await readdir(dir, { recursive: true })).filter((file) => String(file).endsWith('.html')).length;
}

/** The machine, for the report. */
function machine() {
	const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
	return `${cpu}, ${availableParallelism()} cores, ${Math.round(totalmem() / 1024 ** 3)} GB (${hostname()})`;
}

/** Runs the scale mode; resolves to the process's exit code (1 if a budget is missed). */
export async function scaleMode(options: ScaleOptions): Promise<number> {
	const { count, reuse, budgets } = options;
	const outDir = join(tmpdir(), `kb-bench-dist-${count}`);
	// Everything to remove at the end, whatever happens.
	const made: string[] = [];
	// Astro regenerates .astro/ from the content it builds: keep the project's copy and put it back.
	const dotAstro = join(tmpdir(), `kb-bench-dot-astro-${process.pid}`);
	let hadDotAstro = false;
	const misses: string[] = [];
	const started = new Date();
	/** Removes what the run made and puts .astro/ back; once, whether the run ends, fails or is interrupted. */
	let cleaning: Promise<void> | undefined;
	const cleanUp = () =>
		(cleaning ??= (async () => {
			if (!reuse) {
				await rm('.astro', { recursive: true, force: true });
				if (hadDotAstro) await cp(dotAstro, '.astro', { recursive: true });
				await rm(dotAstro, { recursive: true, force: true });
			}
			const keep = options.keep || reuse ? new Set([outDir]) : new Set<string>();
			for (const path of made) if (!keep.has(path)) await rm(path, { recursive: true, force: true });
		})());
	// Interrupted (Ctrl+C): stop the build under way, clean up, and stop with the signal's usual status.
	const onSignal = (signal: NodeJS.Signals) => {
		interrupted.abort();
		console.error(`\n${signal}: removing what the benchmark made…`);
		void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	console.log(
		`Scale mode: ${count.toLocaleString('en')} synthetic articles per language${reuse ? `, reusing ${outDir}` : ''}`,
	);
	try {
		const builds: Record<string, Build> = {};
		let starlight: { versions: { starlight: string; astro: string }; build: Build; pages: number } | undefined;
		if (!reuse) {
			hadDotAstro = await cp('.astro', dotAstro, { recursive: true }).then(
				() => true,
				() => false,
			);
			await rm(outDir, { recursive: true, force: true });
			made.push(outDir);
			const content = await mkdtemp(join(tmpdir(), `kb-bench-content-${count}-`));
			made.push(content);
			const cacheDir = await mkdtemp(join(tmpdir(), `kb-bench-cache-${count}-`));
			made.push(cacheDir);
			await syntheticContent(content, count);

			console.log('Cold build (nothing cached)…');
			builds['cold'] = await buildSite(content, outDir, cacheDir);
			console.log(`  ${s(builds['cold'].seconds)}, peak ${mb(builds['cold'].peakMb)}`);
			console.log('Second build, nothing changed…');
			builds['unchanged'] = await buildSite(content, outDir, cacheDir);
			console.log(`  ${s(builds['unchanged'].seconds)}, peak ${mb(builds['unchanged'].peakMb)}`);
			await changeOneArticle(content, Math.ceil(count / 2));
			console.log('Build after one article changed…');
			builds['oneChanged'] = await buildSite(content, outDir, cacheDir);
			console.log(`  ${s(builds['oneChanged'].seconds)}, peak ${mb(builds['oneChanged'].peakMb)}`);

			if (options.compareStarlight) {
				let project: string | undefined;
				try {
					const { dir, versions } = await starlightProject(content, (folder) => {
						project = folder;
						made.push(folder);
					});
					console.log(`Starlight ${versions.starlight} (Astro ${versions.astro}), cold build of the same articles…`);
					const build = await measure(
						process.execPath,
						[join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
						{ cwd: dir, signal: interrupted.signal },
					);
					starlight = { versions, build, pages: await htmlPages(join(dir, 'dist')) };
					console.log(`  ${s(build.seconds)}, peak ${mb(build.peakMb)}`);
				} catch (error) {
					// This site's figures stand; the comparison is missed, and says why.
					if (interrupted.signal.aborted) throw error;
					const reason = error instanceof Error ? error.message : String(error);
					console.error(`Starlight could not be compared: ${reason}`);
					misses.push(`Starlight could not be compared: ${reason}`);
				} finally {
					// Its node_modules and build are large: gone before the browser starts.
					if (project) await rm(project, { recursive: true, force: true });
				}
			}
		}

		if (reuse && !(await folderSize(outDir))) {
			throw new Error(`There is no kept build in ${outDir}: run the scale mode with --keep first.`);
		}
		const pages = await htmlPages(outDir);
		const index = await folderSize(join(outDir, 'pagefind'));
		const images = await folderSize(join(outDir, 'og'));
		const dist = await folderSize(outDir);
		const host = await serveDist({ root: outDir, base: BASE });
		let searchMs: number | undefined;
		try {
			ensureInstalled(FULL_BROWSER);
			const browser = await chromium.launch(launchOptions(FULL_BROWSER));
			try {
				searchMs = await keystrokeToResult(browser, host.origin, outDir);
			} finally {
				await browser.close();
			}
		} finally {
			await host.close();
		}

		// The issue's budgets: a large site, and against Starlight.
		const cold = builds['cold'];
		if (count >= budgets.largeAtPages) {
			if (cold && cold.seconds > budgets.largeColdBuildSeconds)
				misses.push(`cold build ${s(cold.seconds)} > ${budgets.largeColdBuildSeconds} s`);
			if (cold?.peakMb !== undefined && cold.peakMb > budgets.largePeakMb)
				misses.push(`peak memory ${mb(cold.peakMb)} > ${mb(budgets.largePeakMb)}`);
			if (searchMs !== undefined && searchMs > budgets.largeSearchMs)
				misses.push(`first search result ${searchMs} ms after the last keystroke > ${budgets.largeSearchMs} ms`);
		}
		if (starlight && cold) {
			const theirs = starlight.build;
			if (cold.seconds > theirs.seconds * budgets.starlightColdRatio)
				misses.push(`cold build ${s(cold.seconds)} > Starlight's ${s(theirs.seconds)} × ${budgets.starlightColdRatio}`);
			const unchanged = builds['unchanged']!;
			if (unchanged.seconds > theirs.seconds * budgets.starlightUnchangedRatio)
				misses.push(
					`unchanged build ${s(unchanged.seconds)} > Starlight's cold ${s(theirs.seconds)} × ${budgets.starlightUnchangedRatio}`,
				);
			const ours = Math.max(...Object.values(builds).map((build) => build.peakMb ?? 0));
			if (theirs.peakMb !== undefined && ours > theirs.peakMb * budgets.starlightPeakRatio)
				misses.push(`peak memory ${mb(ours)} > Starlight's ${mb(theirs.peakMb)} × ${budgets.starlightPeakRatio}`);
		}

		const report = {
			date: started.toISOString(),
			machine: machine(),
			loadAtEnd: loadavg().map((value) => +value.toFixed(2)),
			syntheticArticlesPerLanguage: count,
			htmlPages: pages,
			builds,
			starlight,
			distMb: dist ? +(dist.bytes / 1048576).toFixed(1) : undefined,
			previewImages: images ? { files: images.files, mb: +(images.bytes / 1048576).toFixed(1) } : undefined,
			searchIndex: index ? { files: index.files, mb: +(index.bytes / 1048576).toFixed(2) } : undefined,
			keystrokeToFirstResultMs: searchMs,
			budgets,
			misses,
		};
		const row = (name: string, build: Build | undefined) =>
			build
				? `| ${name} | ${s(build.seconds)} | ${s(build.cpuSeconds)} | ${mb(build.peakMb)} | ${build.load.map((value) => value.toFixed(1)).join(' → ')} |`
				: undefined;
		const md = [
			`# Scale benchmark: ${count.toLocaleString('en')} synthetic articles per language`,
			'',
			`${started.toISOString().slice(0, 10)}, ${machine()}.`,
			'',
			'| build | wall time | CPU time | peak memory (process tree) | load average, start → end |',
			'| --- | --- | --- | --- | --- |',
			row(`this site, cold (${pages.toLocaleString('en')} pages)`, builds['cold']),
			row('this site, second build, nothing changed', builds['unchanged']),
			row('this site, one article changed', builds['oneChanged']),
			starlight
				? row(
						`Starlight ${starlight.versions.starlight}, cold (${starlight.pages.toLocaleString('en')} pages)`,
						starlight.build,
					)
				: undefined,
			'',
			`Output: ${dist ? mb(dist.bytes / 1048576) : 'n/a'} in dist/, preview images ${images ? `${images.files.toLocaleString('en')} files, ${mb(images.bytes / 1048576)}` : 'n/a'}, search index ${index ? `${index.files.toLocaleString('en')} files, ${mb(index.bytes / 1048576)}` : 'n/a'}.`,
			'',
			`Search, last keystroke to the first result on screen (fresh build, cold load, median of ${SEARCH_RUNS}): ${searchMs === undefined ? 'n/a' : `${searchMs} ms`}.`,
			'',
			misses.length ? `## Budget missed\n\n${misses.map((miss) => `- ${miss}`).join('\n')}` : 'All budgets met.',
			'',
		]
			.filter((line) => line !== undefined)
			.join('\n');
		await mkdir(options.reports, { recursive: true });
		const name = `bench-scale-${count}${reuse ? '-search' : ''}`;
		await writeFile(join(options.reports, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
		await writeFile(join(options.reports, `${name}.md`), md);
		console.log(`\n${md}`);
		return misses.length > 0 ? 1 : 0;
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		await cleanUp();
	}
}
