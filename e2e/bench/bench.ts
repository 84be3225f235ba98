/**
 * The page-weight benchmark (issue 6). Run with `npm run bench`:
 *
 *   npm run bench                    build, serve, measure every page in Chromium and Lighthouse,
 *                                    write reports/bench.json and reports/bench.md, check budgets
 *   npm run bench -- --check         no build, no browser: weigh dist/ against the byte and request
 *                                    budgets only (runs in npm test)
 *   npm run bench -- --pages 1000    scale mode: build with N synthetic articles from a temporary
 *                                    content folder; report build time, peak memory, index size
 *                                    and the time from the last keystroke to the first result
 *   --keep                           scale mode: keep the synthetic build (in the OS temp folder)
 *   --no-build, --no-lighthouse      reuse dist/ (in scale mode the kept build), skip Lighthouse
 *   --runs N                         Lighthouse runs per page, median reported (default 3)
 *   --sample                         Lighthouse on one page per template and language only
 *   --only search/,de/suche/         Lighthouse on these pages only
 *
 * Exits non-zero when a budget is missed.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { configuredBase } from '../../src/lib/domain/base.ts';
import { FULL_BROWSER, ensureInstalled, executablePath, launchOptions } from '../browser.ts';
import { builtPages, onePerTemplate } from '../site.ts';
import { serveDist } from '../static-server.ts';
import { syntheticContent } from './synthetic.ts';
import { sizeOf, sum, weighPage, type PageWeight, type Size } from './weigh.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const BASE = configuredBase();
const REPORTS = 'reports';
/** Lighthouse runs per page; the median is reported (`--runs N`). */
const RUNS = Number(option('--runs') ?? 3);

type Budgets = {
	firstRenderBrotli: number;
	readingPageJsBrotli: number;
	recommenderJsBrotli: number;
	readingPageRequests: number;
	lighthouse: Record<string, number>;
	notReadingTemplates: string[];
	searchScript: string;
	/** Last keystroke to the first search result on screen, cold load: this site, and at 10,000 pages. */
	searchMs: number;
	searchAtScaleMs: number;
	recommenderSelector: string;
};
const budgets = JSON.parse(await readFile(new URL('./budgets.json', import.meta.url), 'utf8')) as Budgets;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const trio = (size: Size) => `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`;

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, commandArgs, {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.on('close', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}`)),
		);
	});
}

/** Builds into outDir with the bench's build script; returns its time and peak memory. */
async function buildSite(outDir: string, env: Record<string, string> = {}) {
	const out = await run(process.execPath, [new URL('./build.ts', import.meta.url).pathname, outDir], env);
	return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; peakRssMb: number };
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number } | undefined> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => undefined);
	if (!entries) return undefined;
	let bytes = 0;
	let files = 0;
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		files++;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return { files, bytes };
}

/** Weighs every page from dist alone and checks the byte and request budgets. */
async function weighAll(root: string) {
	const pages = builtPages(root);
	const weights: PageWeight[] = [];
	for (const page of pages) weights.push(await weighPage(root, BASE, page.path, page.file));
	const home = weights.find((weight) => weight.path === './');
	const baseline = new Set(home?.assets.filter((asset) => asset.type === 'js').map((asset) => asset.key));
	const pageAt = new Map(pages.map((page) => [page.path, page]));

	const misses: string[] = [];
	const rows = weights.map((weight) => {
		const page = pageAt.get(weight.path)!;
		const reading = !budgets.notReadingTemplates.includes(page.template);
		const recommender = page.html.root.querySelector(budgets.recommenderSelector) !== null;
		const js = weight.assets.filter((asset) => asset.type === 'js');
		const recommenderJs = recommender
			? sum(js.filter((asset) => !baseline.has(asset.key)).map((asset) => asset.size))
			: undefined;
		const readingJs = recommender
			? sum(js.filter((asset) => baseline.has(asset.key)).map((asset) => asset.size))
			: weight.js;
		if (weight.firstRender.brotli > budgets.firstRenderBrotli) {
			misses.push(
				`${weight.path}: HTML + CSS ${kb(weight.firstRender.brotli)} brotli > ${kb(budgets.firstRenderBrotli)}`,
			);
		}
		if (reading) {
			if (readingJs.brotli > budgets.readingPageJsBrotli) {
				misses.push(`${weight.path}: JS on load ${kb(readingJs.brotli)} brotli > ${kb(budgets.readingPageJsBrotli)}`);
			}
			const search = js.filter((asset) => asset.url.includes(budgets.searchScript));
			if (search.length > 0)
				misses.push(`${weight.path}: loads search on load (${search.map((asset) => asset.url).join(', ')})`);
			if (!recommender && weight.requests > budgets.readingPageRequests) {
				misses.push(`${weight.path}: ${weight.requests} requests > ${budgets.readingPageRequests}`);
			}
		}
		if (recommenderJs && recommenderJs.brotli > budgets.recommenderJsBrotli) {
			misses.push(
				`${weight.path}: recommender JS ${kb(recommenderJs.brotli)} brotli > ${kb(budgets.recommenderJsBrotli)}`,
			);
		}
		return {
			path: weight.path,
			reading,
			recommender,
			html: weight.html,
			css: weight.css,
			js: weight.js,
			firstRender: weight.firstRender,
			requests: weight.requests,
			...(recommenderJs ? { recommenderJs } : {}),
			assets: weight.assets.map(({ url, type, inline, size }) => ({ url, type, inline, size })),
		};
	});
	return { rows, misses };
}

function weightTable(rows: Awaited<ReturnType<typeof weighAll>>['rows']): string {
	const lines = [
		'| page | HTML raw / gzip / br | CSS raw / gzip / br | JS raw / gzip / br | HTML+CSS br | requests |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map(
			(row) =>
				`| \`${row.path}\` | ${trio(row.html)} | ${trio(row.css)} | ${trio(row.js)} | ${kb(row.firstRender.brotli)} | ${row.requests} |`,
		),
	];
	return lines.join('\n');
}

/** First load of every page in Chromium: requests and bytes by type, and the JS run before any input. */
async function measureInBrowser(browser: Browser, origin: string, paths: string[]) {
	const results = [];
	for (const path of paths) {
		const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
		const page = await context.newPage();
		const responses: { url: string; type: string; size: Size }[] = [];
		const pending: Promise<void>[] = [];
		page.on('response', (response) => {
			pending.push(
				response
					.body()
					.then((body) => {
						responses.push({ url: response.url(), type: response.request().resourceType(), size: sizeOf(body) });
					})
					.catch(() => undefined),
			);
		});
		await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
		await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
		const coverage = await page.coverage.stopJSCoverage();
		await Promise.all(pending);
		const executed = coverage.filter((entry) =>
			entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)),
		);
		const byType: Record<string, { requests: number; size: Size }> = {};
		for (const response of responses) {
			const entry = (byType[response.type] ??= { requests: 0, size: { raw: 0, gzip: 0, brotli: 0 } });
			entry.requests++;
			entry.size = sum([entry.size, response.size]);
		}
		results.push({
			path,
			requests: responses.length,
			byType,
			jsExecutedBeforeInput: {
				scripts: executed.length,
				size: sum(executed.map((entry) => sizeOf(Buffer.from(entry.source ?? '')))),
			},
		});
		await context.close();
	}
	return results;
}

type LighthouseResult = { path: string; scores: Record<string, number>; failing: string[] };

async function lighthouseAll(origin: string, paths: string[]): Promise<LighthouseResult[]> {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chromePath = executablePath(FULL_BROWSER);
	const chrome = await chromeLauncher.launch({
		...(chromePath ? { chromePath } : {}),
		chromeFlags: ['--headless=new', ...launchOptions(FULL_BROWSER).args],
	});
	const results: LighthouseResult[] = [];
	try {
		for (const path of paths) {
			// Lighthouse's own advice: scores vary between runs, so report the median run (by performance).
			const runs: LighthouseResult[] = [];
			for (let attempt = 0; attempt < RUNS; attempt++) {
				const runnerResult = await lighthouse(new URL(path, origin).href, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				const lhr = runnerResult!.lhr;
				const scores: Record<string, number> = {};
				for (const [id, category] of Object.entries(lhr.categories))
					scores[id] = Math.round((category.score ?? 0) * 100);
				const failing = Object.values(lhr.categories).flatMap((category) =>
					category.auditRefs
						.filter((ref) => ref.weight > 0)
						.map((ref) => lhr.audits[ref.id]!)
						.filter((audit) => audit.score !== null && audit.score < 1)
						.map((audit) => `${category.id}: ${audit.id} (${audit.title}: ${audit.displayValue ?? audit.score})`),
				);
				runs.push({ path, scores, failing: [...new Set(failing)] });
			}
			runs.sort((a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0));
			results.push(runs[Math.floor(runs.length / 2)]!);
		}
	} finally {
		chrome.kill();
	}
	return results;
}

/** The question the search timing types, as a reader would. */
const SEARCH_QUERY = 'technology strategy';
/** Cold loads measured; the median is reported. */
const SEARCH_RUNS = 3;

/**
 * With Pagefind in the build: ms from the reader's last keystroke to the first result of the query
 * on screen, on a cold load (a fresh browser context, nothing cached): the reader opens search with
 * Ctrl+K and types at 10 keys a second, so loading on intent and warming the index while the
 * dialog opens and the reader types count as they would for a reader. Median of three.
 */
async function keystrokeToResult(browser: Browser, origin: string, root: string, query = SEARCH_QUERY) {
	if (!(await folderSize(join(root, 'pagefind')))) return undefined;
	const times: number[] = [];
	for (let run = 0; run < SEARCH_RUNS; run += 1) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(origin + BASE);
		await page.evaluate((query) => {
			const clock = { key: 0, shown: 0 };
			(window as unknown as { kbClock: typeof clock }).kbClock = clock;
			addEventListener('keydown', () => (clock.key = performance.now()), true);
			new MutationObserver(() => {
				const status = document.querySelector('dialog [data-search-status]')?.textContent ?? '';
				const result = document.querySelector('dialog [data-search-results] > li');
				if (!clock.shown && result && status.includes(query)) clock.shown = performance.now();
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		}, query);
		await page.keyboard.press('Control+k');
		await page.locator('dialog input[type="search"]').waitFor({ state: 'visible' });
		await page.keyboard.type(query, { delay: 100 });
		await page.waitForFunction(() => (window as unknown as { kbClock: { shown: number } }).kbClock.shown > 0, null, {
			timeout: 15_000,
		});
		const { key, shown } = await page.evaluate(
			() => (window as unknown as { kbClock: { key: number; shown: number } }).kbClock,
		);
		times.push(shown - key);
		await context.close();
	}
	times.sort((a, b) => a - b);
	return Math.round(times[Math.floor(times.length / 2)]!);
}

async function main() {
	await mkdir(REPORTS, { recursive: true });
	const pagesOption = option('--pages');

	if (flag('--check')) {
		const { rows, misses } = await weighAll('dist');
		console.log(weightTable(rows));
		if (misses.length) {
			console.error(`\nBudget missed:\n  ${misses.join('\n  ')}`);
			process.exit(1);
		}
		console.log(`\nAll ${rows.length} pages within the byte and request budgets.`);
		return;
	}

	if (pagesOption) {
		const count = Number(pagesOption);
		const outDir = join(tmpdir(), `kb-bench-dist-${count}`);
		const reuse = flag('--no-build');
		console.log(`Scale mode: ${count} synthetic articles${reuse ? `, reusing ${outDir}` : ''}`);
		const content = reuse ? undefined : await syntheticContent(count);
		const cacheDir = join(tmpdir(), `kb-bench-cache-${count}`);
		// Astro regenerates .astro/ from the content it builds: keep the project's copy and put it back.
		const dotAstro = join(tmpdir(), `kb-bench-dot-astro-${count}`);
		let hadDotAstro = false;
		if (!reuse) {
			await rm(outDir, { recursive: true, force: true });
			await rm(cacheDir, { recursive: true, force: true });
			await rm(dotAstro, { recursive: true, force: true });
			hadDotAstro = await cp('.astro', dotAstro, { recursive: true }).then(
				() => true,
				() => false,
			);
		}
		try {
			const build = content
				? await buildSite(outDir, { KB_CONTENT_DIR: content, KB_BENCH_CACHE_DIR: cacheDir })
				: undefined;
			const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
				String(file).endsWith('.html'),
			).length;
			const index = await folderSize(join(outDir, 'pagefind'));
			const dist = await folderSize(outDir);
			const host = await serveDist({ root: outDir, base: BASE });
			ensureInstalled(FULL_BROWSER);
			const browser = await chromium.launch(launchOptions(FULL_BROWSER));
			const queryMs = await keystrokeToResult(browser, host.origin, outDir);
			await browser.close();
			await host.close();
			const result = {
				syntheticArticles: count,
				htmlPages: pages,
				buildSeconds: build ? +(build.ms / 1000).toFixed(1) : 'n/a (reused build)',
				peakRssMb: build?.peakRssMb ?? 'n/a (reused build)',
				distMb: dist ? +(dist.bytes / 1048576).toFixed(1) : undefined,
				indexMb: index ? +(index.bytes / 1048576).toFixed(2) : 'n/a (no Pagefind index in this build)',
				indexFiles: index?.files ?? 'n/a',
				keystrokeToFirstResultMs: queryMs ?? 'n/a (no search in this build)',
				keystrokeToFirstResultBudgetMs: budgets.searchAtScaleMs,
			};
			console.log(JSON.stringify(result, null, 2));
			await writeFile(
				join(REPORTS, `bench-scale-${count}${reuse ? '-search' : ''}.json`),
				`${JSON.stringify(result, null, 2)}\n`,
			);
			if (count >= 10_000 && queryMs !== undefined && queryMs > budgets.searchAtScaleMs) {
				console.error(
					`Budget missed: first search result ${queryMs} ms after the last keystroke > ${budgets.searchAtScaleMs} ms`,
				);
				process.exit(1);
			}
		} finally {
			if (content) {
				await rm(content, { recursive: true, force: true });
				if (!flag('--keep')) await rm(outDir, { recursive: true, force: true });
				await rm(cacheDir, { recursive: true, force: true });
				await rm('.astro', { recursive: true, force: true });
				if (hadDotAstro) await cp(dotAstro, '.astro', { recursive: true });
				await rm(dotAstro, { recursive: true, force: true });
			}
		}
		return;
	}

	let build;
	if (!flag('--no-build')) {
		console.log('Building…');
		build = await buildSite('dist');
	}
	const { rows, misses } = await weighAll('dist');
	const host = await serveDist({ root: 'dist', base: BASE });
	const paths = rows.map((row) => row.path);
	ensureInstalled(FULL_BROWSER);
	const browser = await chromium.launch(launchOptions(FULL_BROWSER));
	const browserRows = await measureInBrowser(browser, host.url, paths);
	const queryMs = await keystrokeToResult(browser, host.origin, 'dist');
	await browser.close();
	if (queryMs !== undefined && queryMs > budgets.searchMs)
		misses.push(`search: first result ${queryMs} ms after the last keystroke > ${budgets.searchMs} ms`);
	let lighthouseRows: LighthouseResult[] = [];
	if (!flag('--no-lighthouse')) {
		console.log('Lighthouse (mobile)…');
		// --sample: one page per template and language (every prose page counts as its own template),
		// for a quick check; the full run covers every page.
		const only = option('--only')?.split(',');
		const sampled = only
			? new Set(only)
			: flag('--sample')
				? new Set(onePerTemplate(builtPages('dist')).map((page) => page.path))
				: undefined;
		lighthouseRows = await lighthouseAll(
			host.url,
			paths.filter((path) => path !== 'no/such/page/' && (!sampled || sampled.has(path))),
		);
		for (const row of lighthouseRows) {
			for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
				if ((row.scores[category] ?? 0) < minimum)
					misses.push(`${row.path}: Lighthouse ${category} ${row.scores[category]} < ${minimum}`);
			}
		}
	}
	await host.close();

	const report = {
		date: new Date().toISOString(),
		build,
		budgets,
		pages: rows.map((row) => ({
			...row,
			browser: browserRows.find((entry) => entry.path === row.path),
			lighthouse: lighthouseRows.find((entry) => entry.path === row.path),
		})),
		keystrokeToFirstResultMs: queryMs ?? null,
		misses,
	};
	await writeFile(join(REPORTS, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
	const md = [
		'# Benchmark',
		'',
		`Built ${build ? `in ${(build.ms / 1000).toFixed(1)} s, peak ${build.peakRssMb} MB` : '(reused dist/)'}. Sizes: raw / gzip / brotli.`,
		'',
		weightTable(rows),
		'',
		'| page | requests in Chromium | JS run before input (scripts, brotli) | Lighthouse perf / a11y / best / SEO |',
		'| --- | --- | --- | --- |',
		...rows.map((row) => {
			const measured = browserRows.find((entry) => entry.path === row.path);
			const lh = lighthouseRows.find((entry) => entry.path === row.path);
			const scores = lh
				? ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => lh.scores[id]).join(' / ')
				: 'n/a';
			return `| \`${row.path}\` | ${measured?.requests ?? '?'} | ${measured?.jsExecutedBeforeInput.scripts ?? '?'}, ${kb(measured?.jsExecutedBeforeInput.size.brotli ?? 0)} | ${scores} |`;
		}),
		'',
		`Search, last keystroke to the first result on screen (cold load, median of ${SEARCH_RUNS}): ${queryMs === undefined ? 'n/a (no search in this build)' : `${queryMs} ms (budget ${budgets.searchMs} ms)`}`,
		'',
		misses.length ? `## Budget missed\n\n${misses.map((miss) => `- ${miss}`).join('\n')}` : 'All budgets met.',
		...(lighthouseRows.some((row) => row.failing.length)
			? [
					'',
					'## Lighthouse audits not passed',
					'',
					...lighthouseRows.flatMap((row) => row.failing.map((audit) => `- \`${row.path}\` ${audit}`)),
				]
			: []),
		'',
	].join('\n');
	await writeFile(join(REPORTS, 'bench.md'), md);
	console.log(md);
	if (misses.length) process.exit(1);
}

await main();
