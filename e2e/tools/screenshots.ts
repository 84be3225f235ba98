/**
 * `npm run screenshots`: the built site as a design review sees it. For each template (a registry
 * entry: the home page, the role pages, the answer pages, ...) one page per language is shot at five
 * widths (320, 375, 768, 1,024 and 1,280 px), in the light and the dark theme, as a whole page, and
 * as printed; then one contact sheet per template puts them side by side with labels:
 * `reports/screenshots/sheets/<template>.png` (a column per width, a row per language and theme, a
 * dashed line where the first screen ends). The single shots are beside it, in
 * `reports/screenshots/<template>/`. Reads dist/ (build first). See docs/design.md.
 *
 *   --only guide,roles/cto   pages whose registry id or template is one of these (else whose path contains one)
 *   --all                    every page of each template, not one per language
 *   --widths 375,1280        some widths only
 *   --themes dark            one theme only
 *   --lang de                one language only
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { HEADLESS_SHELL, launchOptions } from '../browser.ts';
import { BASE, DIST, builtPages, type SitePageFile } from '../site.ts';
import { serveDist } from '../static-server.ts';

const OUT = 'reports/screenshots';
/** The widths of the review, each with the height of a common screen of that width (the fold). */
const SCREENS = [
	{ width: 320, height: 568 },
	{ width: 375, height: 812 },
	{ width: 768, height: 1024 },
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
] as const;
const THEMES = ['light', 'dark'] as const;
/** A contact sheet shows each shot at half size, cut after this many CSS pixels (the file has it all). */
const SHEET_SCALE = 0.5;
const SHEET_CUT = 3200;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]?.split(',') : undefined);
const wanted = option('--only') ?? [];
const widths = option('--widths')?.map(Number);
const themes = option('--themes') ?? THEMES;
const langs = option('--lang');
const screens = SCREENS.filter((screen) => !widths || widths.includes(screen.width));
if (screens.length === 0) throw new Error(`--widths: choose from ${SCREENS.map((s) => s.width).join(', ')}`);

/** A page's template: the first part of its registry id (`roles/cio` → `roles`). */
const templateOf = (page: SitePageFile) => page.id.split('/')[0] || 'unknown';
// `--only x`: the pages whose id or template is x; where none is, the pages whose path contains x.
const exact = (page: SitePageFile, part: string) => page.id === part || templateOf(page) === part;
const chosen = (page: SitePageFile, part: string) =>
	builtPages().some((other) => exact(other, part)) ? exact(page, part) : page.path.includes(part);
const seen = new Set<string>();
// The default language (the home page's) first, then the others, each in file order.
const defaultLang = builtPages().find((page) => page.path === './')?.lang;
const pages = builtPages()
	.toSorted((a, b) => Number(a.lang !== defaultLang) - Number(b.lang !== defaultLang))
	.filter((page) => {
		if (langs && !langs.includes(page.lang)) return false;
		if (wanted.length > 0) return wanted.some((part) => chosen(page, part));
		if (args.includes('--all')) return true;
		const key = `${templateOf(page)} ${page.lang}`;
		return !seen.has(key) && Boolean(seen.add(key));
	});
if (pages.length === 0)
	throw new Error(
		`No built pages${wanted.length ? ` matching "${wanted.join(',')}"` : ''} in ${DIST}: run npm run build first.`,
	);

type Shot = { page: SitePageFile; width: number; fold: number; theme: string; file: string; height: number };

/** Shoots one page at every width and theme: one load, then the viewport and colour scheme change. */
async function shoot(tab: Page, url: string, page: SitePageFile, dir: string): Promise<Shot[]> {
	const name = page.path === './' ? 'home' : page.path.replace(/\/$/, '').replace(/\//g, '_');
	const shots: Shot[] = [];
	await tab.setViewportSize({ width: screens[0]!.width, height: screens[0]!.height });
	await tab.emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'reduce' });
	await tab.goto(url, { waitUntil: 'networkidle' });
	for (const theme of themes) {
		await tab.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
		for (const { width, height: fold } of screens) {
			await tab.setViewportSize({ width, height: fold });
			const file = join(dir, `${name}-${width}-${theme}.png`);
			await tab.screenshot({ path: file, fullPage: true });
			const height = await tab.evaluate(() => document.documentElement.scrollHeight);
			shots.push({ page, width, fold, theme, file, height });
		}
	}
	await tab.setViewportSize({ width: 1280, height: 800 });
	await tab.emulateMedia({ media: 'print', colorScheme: 'light' });
	await tab.screenshot({ path: join(dir, `${name}-print.png`), fullPage: true });
	return shots;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One PNG: a column per width, a row per page, language and theme, each shot labelled. */
async function contactSheet(browser: Browser, template: string, shots: Shot[], file: string): Promise<void> {
	const rows = [...new Set(shots.map((shot) => `${shot.page.path}\n${shot.theme}`))];
	const cells = await Promise.all(
		shots.map(async (shot) => ({
			...shot,
			src: `data:image/png;base64,${(await readFile(shot.file)).toString('base64')}`,
		})),
	);
	const html = `<!doctype html><meta charset="utf-8"><style>
		body { margin: 0; padding: 24px; font: 14px/1.4 system-ui, sans-serif; background: #d9dce1; color: #15181d; width: max-content; }
		h1 { font-size: 22px; margin: 0 0 16px; }
		.row { display: flex; gap: 20px; align-items: flex-start; margin-bottom: 28px; }
		.label { width: 120px; flex: none; font-weight: 600; white-space: pre-line; overflow-wrap: anywhere; }
		figure { margin: 0; }
		figcaption { font-size: 13px; margin-bottom: 4px; color: #3b414b; }
		.frame { position: relative; overflow: hidden; box-shadow: 0 1px 4px #0004; background: #fff; }
		.frame img { display: block; }
		.fold { position: absolute; inset-inline: 0; border-top: 2px dashed #e0301e; }
		.cut { position: absolute; inset-inline: 0; bottom: 0; padding: 4px; background: #15181dcc; color: #fff; font-size: 12px; text-align: center; }
	</style><h1>${escape(template)}: ${shots.length} shots (half size; dashed line: the first screen)</h1>
	${rows
		.map((row) => {
			const [path, theme] = row.split('\n');
			const inRow = cells.filter((cell) => cell.page.path === path && cell.theme === theme);
			return `<div class="row"><div class="label">${escape(`${inRow[0]!.page.lang} ${theme}\n${inRow[0]!.page.path}`)}</div>${inRow
				.map((cell) => {
					const shown = Math.min(cell.height, SHEET_CUT);
					return `<figure><figcaption>${cell.width} px · ${cell.height} px tall</figcaption>
					<div class="frame" style="width:${cell.width * SHEET_SCALE}px;height:${shown * SHEET_SCALE}px">
						<img src="${cell.src}" width="${cell.width * SHEET_SCALE}" alt="">
						<div class="fold" style="top:${cell.fold * SHEET_SCALE}px"></div>
						${cell.height > SHEET_CUT ? `<div class="cut">${cell.height - SHEET_CUT} px more in ${escape(cell.file)}</div>` : ''}
					</div></figure>`;
				})
				.join('')}</div>`;
		})
		.join('')}`;
	const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
	try {
		const tab = await context.newPage();
		await tab.setContent(html, { waitUntil: 'load' });
		await tab.screenshot({ path: file, fullPage: true });
	} finally {
		await context.close();
	}
}

// A run for all templates starts afresh; a run for some replaces just theirs.
if (wanted.length === 0) await rm(OUT, { recursive: true, force: true });
await mkdir(join(OUT, 'sheets'), { recursive: true });
const host = await serveDist({ root: DIST, base: BASE });
const browser = await chromium.launch(launchOptions(HEADLESS_SHELL));
try {
	const byTemplate = new Map<string, Shot[]>();
	const context = await browser.newContext();
	const tab = await context.newPage();
	for (const page of pages) {
		const template = templateOf(page);
		const dir = join(OUT, template);
		await mkdir(dir, { recursive: true });
		const shots = await shoot(tab, new URL(page.path, host.url).href, page, dir);
		byTemplate.set(template, [...(byTemplate.get(template) ?? []), ...shots]);
		console.log(`${page.path}`);
	}
	await context.close();
	for (const [template, shots] of byTemplate) {
		const file = join(OUT, 'sheets', `${template}.png`);
		await contactSheet(browser, template, shots, file);
		console.log(`sheet ${file}`);
	}
	await writeFile(
		join(OUT, 'sheets', 'README.txt'),
		'One contact sheet per template: columns are widths, rows are language and theme. npm run screenshots (docs/design.md).\n',
	);
} finally {
	await browser.close();
	await host.close();
}
console.log(`Screenshots of ${pages.length} pages in ${OUT}/, contact sheets in ${OUT}/sheets/`);
