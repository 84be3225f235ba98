/**
 * One preview image from its element tree to PNG bytes: satori lays the tree out (text as paths,
 * in the Inter font from @fontsource/inter, no network), resvg rasterises the SVG, and `png.ts`
 * writes the pixels as a lossless palette PNG. Same tree, fonts and versions: same bytes.
 *
 * Where a card's 23 ms went before (1200×630, CPU time on the 2-core machine): layout 6 ms,
 * rasterising 7 ms, PNG encoding 10 ms (resvg's RGBA encoder, about 38 KB a file). Now:
 *
 * - **The frame once.** A card marks the part that differs from card to card (`key: 'band'`: the
 *   kind and title, or the answer). Everything else, the frame (background, bar, site name,
 *   credit), is the same for every card of a language and colour: it is laid out and rasterised
 *   once per thread, and each card lays out and rasterises only its band, into the band's box of
 *   the frame, on the frame's background. The band is centred in that box exactly as the card's
 *   column would centre it; `og-raster.test.ts` holds the composed pixels to a whole-card drawing.
 * - **A palette PNG** (png.ts): a card has about a hundred colours, so one byte a pixel, every
 *   pixel as rendered, about 16 KB instead of 38, written in 5–6 ms instead of 10.
 * - The bar on top is a box, not a CSS border, whose clip layers cost resvg a sixth of its time.
 *
 * Run inside the image worker threads (og-worker.ts) by Node itself, without Vite: every relative
 * import names its file with the extension, and the tree arrives as plain data.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';
import type { OgNode } from '../views/og-image.ts';

/**
 * The version of this pipeline, part of every cached image's key: raise it whenever a change here
 * changes the bytes an image comes out as (satori's and resvg's versions are in the key already).
 */
export const RENDERER_VERSION = 2;

/** A font as satori takes it. */
export interface OgFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

type Size = { width: number; height: number };

/** The part of a card that differs from card to card, marked by the views. */
const BAND = 'band';

/** Style properties a box passes down to its text, as CSS inherits them (satori follows CSS). */
const INHERITED = new Set([
	'color',
	'fontFamily',
	'fontSize',
	'fontStyle',
	'fontWeight',
	'letterSpacing',
	'lineHeight',
	'textAlign',
	'textTransform',
	'whiteSpace',
	'wordBreak',
]);

/** A laid-out frame: its pixels and where its band goes. */
interface Frame {
	pixels: Uint8Array;
	width: number;
	box: { left: number; top: number; width: number; height: number };
	/** The frame's colour in the band's box, which the band is drawn on. */
	background: string;
}

function draw(svg: string) {
	const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
	return { pixels: image.pixels, width: image.width, height: image.height };
}

/** The band of a tree, the tree with an empty, growing box in its place, and the band's inherited style. */
function splitBand(tree: OgNode) {
	let band: OgNode | undefined;
	let inherited: Record<string, string | number> = {};
	const walk = (node: OgNode, passed: Record<string, string | number>): OgNode => {
		if (node.key === BAND) {
			if (band) throw new Error('A preview image marks two bands; it may mark one.');
			band = node;
			inherited = passed;
			return { type: 'div', key: BAND, props: { style: { display: 'flex', flexGrow: 1 }, children: [] } };
		}
		const { children } = node.props;
		if (!Array.isArray(children)) return node;
		const style = { ...passed };
		for (const [name, value] of Object.entries(node.props.style)) if (INHERITED.has(name)) style[name] = value;
		return { ...node, props: { ...node.props, children: children.map((child) => walk(child, style)) } };
	};
	const frame = walk(tree, {});
	return band ? { band, frame, inherited } : undefined;
}

/** The colour of a region of RGBA pixels if every pixel in it is the same, as `rgba(...)`. */
function uniformColour(pixels: Uint8Array, width: number, box: Frame['box']): string | undefined {
	const at = (x: number, y: number) => (y * width + x) * 4;
	const first = at(box.left, box.top);
	for (let y = box.top; y < box.top + box.height; y++) {
		for (let x = box.left; x < box.left + box.width; x++) {
			const i = at(x, y);
			for (let channel = 0; channel < 4; channel++)
				if (pixels[i + channel] !== pixels[first + channel]) return undefined;
		}
	}
	// Opaque (premultiplied equals straight then); a translucent frame is drawn whole instead.
	if (pixels[first + 3] !== 255) return undefined;
	return `rgb(${pixels[first]}, ${pixels[first + 1]}, ${pixels[first + 2]})`;
}

/** Frames laid out in this thread, by their tree: a handful per build (languages × colours). */
const frames = new Map<string, Promise<Frame | undefined>>();
const MAX_FRAMES = 64;

async function frameOf(frameTree: OgNode, fonts: OgFont[], size: Size): Promise<Frame | undefined> {
	let box: Frame['box'] | undefined;
	const svg = await satori(frameTree as Parameters<typeof satori>[0], {
		...size,
		fonts,
		onNodeDetected: (node) => {
			if (node.key === BAND) box = { left: node.left, top: node.top, width: node.width, height: node.height };
		},
	});
	if (!box || ![box.left, box.top, box.width, box.height].every(Number.isInteger) || box.width < 1 || box.height < 1) {
		return undefined;
	}
	const { pixels, width } = draw(svg);
	// The band is drawn in whole rows: the frame must be one colour across them.
	const background = uniformColour(pixels, width, { left: 0, top: box.top, width, height: box.height });
	return background ? { pixels, width, box, background } : undefined;
}

/** The RGBA pixels of a whole tree, drawn in one go (what a composed card is held to). */
export async function whole(tree: OgNode, fonts: OgFont[], size: Size) {
	return { ...draw(await satori(tree as Parameters<typeof satori>[0], { ...size, fonts })), composed: false };
}

/**
 * The RGBA pixels (premultiplied, as resvg gives them) of a card: its frame (once per thread) with
 * its band drawn into it, or the whole card where it marks no band or its frame does not allow it.
 */
export async function rasterisePixels(tree: OgNode, fonts: OgFont[], size: Size) {
	const split = splitBand(tree);
	if (!split) return whole(tree, fonts, size);
	const key = JSON.stringify(split.frame);
	let pending = frames.get(key);
	if (!pending) {
		if (frames.size >= MAX_FRAMES) frames.clear();
		pending = frameOf(split.frame, fonts, size);
		frames.set(key, pending);
	}
	const frame = await pending;
	if (!frame) return whole(tree, fonts, size);
	const { box } = frame;
	// The band alone, in rows as wide as the image with the frame's margins as padding (a word too
	// long for its line runs into the margin as it would on the whole card), centred in its box as
	// the card's column centres it, on the frame's colour.
	const bandTree: OgNode = {
		type: 'div',
		props: {
			style: {
				...split.inherited,
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'center',
				width: '100%',
				height: '100%',
				boxSizing: 'border-box',
				paddingLeft: box.left,
				paddingRight: frame.width - box.left - box.width,
				backgroundColor: frame.background,
			},
			children: [{ ...split.band, key: BAND }],
		},
	};
	// A band taller than its box would be drawn over the frame on the whole card: draw that whole.
	let overflows = false;
	const svg = await satori(bandTree as Parameters<typeof satori>[0], {
		width: frame.width,
		height: box.height,
		fonts,
		onNodeDetected: (node) => {
			if (node.key === BAND && (node.top < 0 || node.height > box.height)) overflows = true;
		},
	});
	if (overflows) return whole(tree, fonts, size);
	const band = draw(svg);
	const pixels = frame.pixels.slice();
	pixels.set(band.pixels, box.top * frame.width * 4);
	return { pixels, width: frame.width, height: size.height, composed: true };
}

/** The PNG bytes of one image of `size` pixels. */
export async function rasterise(tree: OgNode, fonts: OgFont[], size: Size): Promise<Uint8Array<ArrayBuffer>> {
	const { pixels, width, height } = await rasterisePixels(tree, fonts, size);
	return encodePng(pixels, width, height);
}
