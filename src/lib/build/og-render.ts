/**
 * What every preview image is drawn with, in one place: the fonts (Inter from @fontsource/inter,
 * read from the installed package, no network), the colours (the dark theme of
 * src/styles/tokens.css), and each image's cache key. The drawing itself is `og-raster.ts`; the
 * build runs it in worker threads and keeps the results (`og-images.ts`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OgNode, OgPalette } from '../views/og-image';
import { OG_IMAGE_SIZE } from '../views/seo';
import { parseTokens } from '../views/tokens';
import { RENDERER_VERSION, rasterise, type OgFont } from './og-raster';

/** A font file of the images, as the image workers load it. */
export interface OgFontFile {
	name: string;
	weight: 400 | 700;
	style: 'normal';
	/** Absolute path of the font file. */
	path: string;
}

/**
 * The images' font files, resolved from the project folder (`root`, the working folder unless
 * given): the built endpoint runs from a bundle elsewhere.
 */
export function ogFontFiles(root = process.cwd()): OgFontFile[] {
	const resolve = createRequire(join(root, 'package.json')).resolve;
	return ([400, 700] as const).map((weight) => ({
		name: 'Inter',
		weight,
		style: 'normal',
		path: resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
	}));
}

/** Loads font files for satori. */
export function loadOgFonts(files: OgFontFile[]): Promise<OgFont[]> {
	return Promise.all(files.map(async ({ path, ...font }) => ({ ...font, data: await readFile(path) })));
}

/** The versions of the packages that draw the images, from their package.json. */
async function rendererVersions(root: string): Promise<string> {
	const resolve = createRequire(join(root, 'package.json')).resolve;
	const versions = await Promise.all(
		['satori', '@resvg/resvg-js'].map(async (name) => {
			const { version } = JSON.parse(await readFile(resolve(`${name}/package.json`), 'utf8')) as { version: string };
			return `${name}@${version}`;
		}),
	);
	return versions.join(' ');
}

/**
 * What an image's bytes depend on besides its tree: this pipeline's version, satori's and resvg's,
 * the image size and the font files' bytes. Part of every cache key.
 */
export async function ogRendererFingerprint(fonts: OgFontFile[], root = process.cwd()): Promise<string> {
	const hash = createHash('sha256');
	hash.update(
		`kb-og ${RENDERER_VERSION} ${await rendererVersions(root)} ${OG_IMAGE_SIZE.width}x${OG_IMAGE_SIZE.height}\n`,
	);
	for (const font of fonts) {
		hash.update(`${font.name} ${font.weight} ${font.style}\n`);
		hash.update(await readFile(font.path));
	}
	return hash.digest('hex');
}

/**
 * The cache key of one image: what the card shows (every word, colour, size and position in its
 * tree) and what draws it (`fingerprint`). Equal keys, equal bytes.
 */
export function ogImageKey(tree: OgNode, fingerprint: string): string {
	return createHash('sha256').update(fingerprint).update('\n').update(JSON.stringify(tree)).digest('hex').slice(0, 40);
}

let palette: Promise<OgPalette> | undefined;

/** The dark theme's colours from the one stylesheet that defines them (src/styles/tokens.css). */
export function ogPalette(): Promise<OgPalette> {
	palette ??= readFile(join(process.cwd(), 'src/styles/tokens.css'), 'utf8').then((css) => {
		const tokens = parseTokens(css);
		const dark = (name: keyof OgPalette) => {
			const token = tokens[name];
			if (!token) throw new Error(`src/styles/tokens.css has no --kb-${name}, which the preview images need.`);
			return token.dark;
		};
		return {
			bg: dark('bg'),
			text: dark('text'),
			muted: dark('muted'),
			accent: dark('accent'),
			cio: dark('cio'),
			cto: dark('cto'),
		};
	});
	return palette;
}

let fonts: Promise<OgFont[]> | undefined;

/** The PNG bytes of one image, drawn in this thread (the build uses the worker pool of og-images.ts). */
export async function renderOgPng(tree: OgNode): Promise<Uint8Array<ArrayBuffer>> {
	fonts ??= loadOgFonts(ogFontFiles());
	return rasterise(tree, await fonts, OG_IMAGE_SIZE);
}
