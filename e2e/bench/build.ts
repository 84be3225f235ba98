/**
 * Builds the site into an output folder (argument; `dist` unless given), for the benchmark, which
 * measures this process and what it starts (measure.ts). `KB_BENCH_CACHE_DIR` gives the scale mode
 * its own Astro cache folder (content data store, preview images), so the site's own cache never
 * sees synthetic entries.
 */
import { build } from 'astro';

const outDir = process.argv[2] ?? 'dist';
const cacheDir = process.env['KB_BENCH_CACHE_DIR'];
await build({ outDir, logLevel: 'warn', ...(cacheDir ? { cacheDir } : {}) });
