/**
 * The page-weight benchmark (issue 6). Run with `npm run bench`:
 *
 *   npm run bench                    build, serve, measure every page in Chromium and Lighthouse,
 *                                    write reports/bench.json and reports/bench.md, check budgets
 *   npm run bench -- --check         no build, no browser: weigh dist/ against the byte and request
 *                                    budgets only (runs in npm test)
 *   npm run bench -- --pages 1000    scale mode (scale.ts): N synthetic articles per language from a
 *                                    temporary content folder; a cold build, a second build with
 *                                    nothing changed and one after an article changed, each with
 *                                    wall time, CPU time and peak memory; the time from the last
 *                                    keystroke to the first search result on the fresh build
 *   --compare starlight              scale mode: Astro Starlight builds the same articles in the
 *                                    same run (installed from the npm registry into a temporary
 *                                    folder), and the issue's comparisons are checked
 *   --keep                           scale mode: keep the synthetic build (in the OS temp folder)
 *   --no-build, --no-lighthouse      reuse dist/ (in scale mode the kept build), skip Lighthouse
 *   --runs N                         Lighthouse runs per page, median reported (default 3)
 *   --sample                         Lighthouse on one page per template and language only
 *   --only search/,de/suche/         Lighthouse on these pages only
 *
 * Exits non-zero when a budget is missed, after removing what it made.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { configuredBase } from '../../src/lib/domain/base.ts';
import { FULL_BROWSER, ensureInstalled, executablePath, launchOptions } from '../browser.ts';
import { builtPages, onePerTemplate } from '../site.ts';
import { serveDist } from '../static-server.ts';
import { measure } from './measure.ts';
import { scaleMode, type ScaleBudgets } from './scale.ts';
import { SEARCH_RUNS, keystrokeToResult } from './search-timing.ts';
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
	/** Last keystroke to the first search result on screen, cold load, this site. */
	searchMs: number;
	/** The scale mode's budgets (scale.ts). */
	scale: ScaleBudgets;
	recommenderSelector: string;
};
const budgets = JSON.parse(await readFile(new URL('./budgets.json', import.meta.url), 'utf8')) as Budgets;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const trio = (size: Size) => `${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`;

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
		if (!Number.isInteger(count) || count < 1)
			throw new Error(`--pages takes a number of articles, not "${pagesOption}".`);
		const compare = option('--compare');
		if (compare !== undefined && compare !== 'starlight')
			throw new Error(`--compare takes "starlight", not "${compare}".`);
		process.exitCode = await scaleMode({
			count,
			reuse: flag('--no-build'),
			keep: flag('--keep'),
			compareStarlight: compare === 'starlight',
			budgets: budgets.scale,
			reports: REPORTS,
		});
		return;
	}

	let build;
	if (!flag('--no-build')) {
		console.log('Building…');
		build = await measure(process.execPath, [new URL('./build.ts', import.meta.url).pathname, 'dist']);
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
		// Not the not-found pages (one per language): they answer 404 and ask not to be indexed, on
		// purpose, which Lighthouse's SEO category counts against them.
		const notFound = new Set(
			builtPages('dist')
				.filter((page) => page.template === 'not-found')
				.map((page) => page.path),
		);
		lighthouseRows = await lighthouseAll(
			host.url,
			paths.filter((path) => !notFound.has(path) && (!sampled || sampled.has(path))),
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
		`Built ${build ? `in ${build.seconds.toFixed(1)} s, peak ${Math.round(build.peakMb ?? 0)} MB` : '(reused dist/)'}. Sizes: raw / gzip / brotli.`,
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
