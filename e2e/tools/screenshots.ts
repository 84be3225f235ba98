/**
 * `npm run screenshots`: every built page at 375 and 1280 px, in the light and the dark theme (the
 * whole page and its first screen) and as printed, into reports/screenshots/, for anyone reviewing
 * a change by eye. Reads dist/ (build
 * first); `--only <text>` keeps the pages whose path contains the text.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { HEADLESS_SHELL, launchOptions } from '../browser.ts';
import { BASE, DIST, builtPages } from '../site.ts';
import { serveDist } from '../static-server.ts';

const OUT = 'reports/screenshots';
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

// `--only guide,home`: pages whose registry id is one of these, or whose path contains one.
const wanted = only?.split(',').filter(Boolean) ?? [];
const pages = builtPages().filter(
	(page) => wanted.length === 0 || wanted.some((part) => page.id === part || page.path.includes(part)),
);
if (pages.length === 0)
	throw new Error(`No built pages${only ? ` matching "${only}"` : ''} in ${DIST}: run npm run build first.`);
// A full run starts afresh; a run for some pages replaces just theirs.
if (!only) await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const host = await serveDist({ root: DIST, base: BASE });
const browser = await chromium.launch(launchOptions(HEADLESS_SHELL));
try {
	for (const page of pages) {
		const name = page.path === './' ? 'home' : page.path.replace(/\/$/, '').replace(/\//g, '_');
		for (const width of [375, 1280]) {
			for (const theme of ['light', 'dark'] as const) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme: theme,
					reducedMotion: 'reduce',
				});
				const tab = await context.newPage();
				await tab.goto(new URL(page.path, host.url).href, { waitUntil: 'networkidle' });
				await tab.screenshot({ path: join(OUT, `${name}-${width}-${theme}.png`), fullPage: true });
				// The first screen, as a reader arriving sees it (a phone's 812 px, a laptop's 900 px).
				await tab.setViewportSize({ width, height: width < 600 ? 812 : 900 });
				await tab.screenshot({ path: join(OUT, `${name}-${width}-${theme}-first-screen.png`) });
				if (width === 1280 && theme === 'light') {
					await tab.emulateMedia({ media: 'print' });
					await tab.screenshot({ path: join(OUT, `${name}-print.png`), fullPage: true });
				}
				await context.close();
			}
		}
		console.log(`${page.path}`);
	}
} finally {
	await browser.close();
	await host.close();
}
console.log(`Screenshots of ${pages.length} pages in ${OUT}/`);
