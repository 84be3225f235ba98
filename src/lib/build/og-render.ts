/**
 * Renders an Open Graph image tree to PNG at build time: satori lays it out with the Inter font
 * shipped in @fontsource/inter (no network), resvg rasterises the SVG. Same input, same bytes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { OgNode, OgPalette } from '../views/og-image';
import { OG_IMAGE_SIZE } from '../views/seo';
import { parseTokens } from '../views/tokens';

// Resolved from the project folder: the built endpoint runs from a bundle elsewhere.
const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;

function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Inter',
			data: await readFile(resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
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

/** The PNG bytes of one image. */
export async function renderOgPng(tree: OgNode): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(tree as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts: await loadFonts() });
	const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
	return new Uint8Array(png);
}
