import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { FULL_BROWSER, launchOptions } from '../browser.ts';
import { serveDist } from '../static-server.ts';
const root = process.argv[2]!;
const query = process.argv[3] ?? 'technology strategy';
const host = await serveDist({ root, base: '/' });
const browser = await chromium.launch(launchOptions(FULL_BROWSER));
for (let run = 0; run < 2; run++) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	const events: string[] = [];
	const t0 = Date.now();
	page.on('requestfinished', async (req) => {
		const timing = req.timing();
		const size = (await req.sizes().catch(() => ({ responseBodySize: -1 }))).responseBodySize;
		events.push(
			`${Date.now() - t0} ${req.url().replace(host.origin, '')} ${size}B dur=${Math.round(timing.responseEnd)}`,
		);
	});
	await page.goto(host.origin + '/');
	await page.evaluate((query) => {
		const clock = { key: 0, shown: 0 };
		(window as any).kbClock = clock;
		addEventListener('keydown', () => (clock.key = performance.now()), true);
		new MutationObserver(() => {
			const status = document.querySelector('dialog [data-search-status]')?.textContent ?? '';
			const result = document.querySelector('dialog [data-search-results] > li');
			if (!clock.shown && result && status.includes(query)) clock.shown = performance.now();
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	}, query);
	await page.keyboard.press('Control+k');
	await page.locator('dialog input[type="search"]').waitFor({ state: 'visible' });
	const typed = Date.now();
	events.push(`${typed - t0} ---- typing starts`);
	await page.keyboard.type(query.slice(0, -1), { delay: 100 });
	await page.waitForTimeout(100);
	await cdp.send('Profiler.start');
	const last = Date.now();
	events.push(`${last - t0} ---- last key`);
	await page.keyboard.type(query.slice(-1));
	await page.waitForFunction(() => (window as any).kbClock.shown > 0, null, { timeout: 30000 });
	const { profile } = await cdp.send('Profiler.stop');
	const { key, shown } = await page.evaluate(() => (window as any).kbClock);
	events.push(`${Date.now() - t0} ---- shown: ${Math.round(shown - key)} ms after last key`);
	console.log(`RUN ${run}\n` + events.sort((a, b) => Number(a.split(' ')[0]) - Number(b.split(' ')[0])).join('\n'));
	writeFileSync(`/tmp/scale/search-prof-${run}.cpuprofile`, JSON.stringify(profile));
	await context.close();
}
await browser.close();
await host.close();
