/**
 * Builds the site into an output folder and prints one JSON line: build time and the peak memory
 * of this build process (the Pagefind binary, if any, runs as its own process and is not counted).
 */
import { build } from 'astro';

const outDir = process.argv[2] ?? 'dist';

const started = performance.now();
const cacheDir = process.env['KB_BENCH_CACHE_DIR'];
await build({
	outDir,
	logLevel: 'warn',
	// The scale mode keeps its content cache apart, so the site's own cache never sees synthetic entries.
	...(cacheDir ? { cacheDir } : {}),
});
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
