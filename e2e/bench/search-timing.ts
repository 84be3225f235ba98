/**
 * What the benchmark measures of search and of folders, for the full run and the scale mode.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { configuredBase } from '../../src/lib/domain/base.ts';

const BASE = configuredBase();

/** Files and bytes in a folder and below, or undefined if there is no such folder. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number } | undefined> {
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

/** The question the search timing types, as a reader would. */
const SEARCH_QUERY = 'technology strategy';
/** Cold loads measured; the median is reported. */
export const SEARCH_RUNS = 3;

/**
 * With Pagefind in the build: ms from the reader's last keystroke to the first result of the query
 * on screen, on a cold load (a fresh browser context, nothing cached): the reader opens search with
 * Ctrl+K and types at 10 keys a second, so loading on intent and warming the index while the
 * dialog opens and the reader types count as they would for a reader. Median of three.
 */
export async function keystrokeToResult(browser: Browser, origin: string, root: string, query = SEARCH_QUERY) {
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
