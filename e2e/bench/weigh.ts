/**
 * What each built page costs a reader on first load, read from `dist/` alone (no browser): the
 * HTML, its stylesheets and the scripts it runs on load (inline ones, external ones and the
 * modules they import statically), each as raw, gzip and brotli bytes, and the request count.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { joinBase, normalizeBase, stripBase } from '../../src/lib/domain/base.ts';
import { readBuiltPage } from '../../src/lib/build/built-html.ts';

export type Size = { raw: number; gzip: number; brotli: number };
export type Asset = { url: string; type: 'html' | 'css' | 'js' | 'image'; inline: boolean; size: Size; key: string };
export type PageWeight = {
	path: string;
	assets: Asset[];
	html: Size;
	css: Size;
	js: Size;
	/** HTML plus render-blocking CSS, the bytes needed before first render. */
	firstRender: Size;
	/** Requests on first load: the HTML, stylesheets, scripts and eager images (not the favicon). */
	requests: number;
};

/** Sizes already measured, by content: pages share their stylesheets and scripts. */
const measured = new Map<string, Size>();

export function sizeOf(bytes: Buffer): Size {
	const digest = createHash('sha256').update(bytes).digest('base64');
	let size = measured.get(digest);
	if (!size) {
		size = {
			raw: bytes.length,
			gzip: gzipSync(bytes, { level: 9 }).length,
			brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
		};
		measured.set(digest, size);
	}
	return size;
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Size = { raw: 0, gzip: 0, brotli: 0 };
export const sum = (sizes: Size[]): Size => sizes.reduce(add, ZERO);

/** The dist file a site URL (with base) is served from. */
function fileFor(root: string, base: string, url: string): string | undefined {
	const pathname = url.split(/[?#]/)[0]!;
	if (/^[a-z]+:/i.test(pathname) || pathname.startsWith('//')) return undefined;
	const sitePath = stripBase(pathname, base);
	if (sitePath === pathname && normalizeBase(base) !== '/') return undefined;
	return join(root, sitePath);
}

/** The static imports of a module's code (dynamic import() loads on intent and is not counted). */
const staticImports = (code: string) =>
	[...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);

/** Weighs one built page. `path` is relative to the base (`roles/cio/`), `file` its dist file. */
export async function weighPage(root: string, base: string, path: string, file: string): Promise<PageWeight> {
	const html = await readFile(join(root, file));
	const page = readBuiltPage(html.toString('utf8'));
	const pageUrl = joinBase(base, path.replace(/^\.\//, ''));
	const assets: Asset[] = [{ url: pageUrl, type: 'html', inline: false, size: sizeOf(html), key: `html:${file}` }];
	const seen = new Set<string>();

	const external = async (url: string, type: Asset['type']) => {
		const resolved = new URL(url, `http://x${pageUrl}`).pathname;
		if (seen.has(resolved)) return undefined;
		seen.add(resolved);
		const target = fileFor(root, base, resolved);
		const bytes = target ? await readFile(target).catch(() => undefined) : undefined;
		if (!bytes) return undefined;
		assets.push({ url: resolved, type, inline: false, size: sizeOf(bytes), key: resolved });
		return bytes;
	};
	const moduleWithImports = async (url: string) => {
		const bytes = await external(url, 'js');
		if (!bytes) return;
		for (const spec of staticImports(bytes.toString('utf8'))) {
			await moduleWithImports(new URL(spec, `http://x${new URL(url, `http://x${pageUrl}`).pathname}`).pathname);
		}
	};

	for (const href of page.stylesheets) await external(href, 'css');
	for (const body of page.styles) {
		assets.push({
			url: '(inline style)',
			type: 'css',
			inline: true,
			size: sizeOf(Buffer.from(body)),
			key: `css:${body}`,
		});
	}
	for (const script of page.scripts.filter((candidate) => candidate.executable)) {
		if (script.src) {
			await moduleWithImports(script.src);
			continue;
		}
		assets.push({
			url: '(inline script)',
			type: 'js',
			inline: true,
			size: sizeOf(Buffer.from(script.body)),
			key: `js:${script.body}`,
		});
		for (const spec of staticImports(script.body)) await moduleWithImports(spec);
	}
	for (const image of page.root.querySelectorAll('img')) {
		const src = image.getAttribute('src');
		if (src && image.getAttribute('loading') !== 'lazy') await external(src, 'image');
	}

	const of = (type: Asset['type']) => sum(assets.filter((asset) => asset.type === type).map((asset) => asset.size));
	return {
		path,
		assets,
		html: of('html'),
		css: of('css'),
		js: of('js'),
		firstRender: add(of('html'), of('css')),
		requests: assets.filter((asset) => !asset.inline).length,
	};
}
