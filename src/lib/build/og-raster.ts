/**
 * One preview image from its element tree to PNG bytes: satori lays the tree out (text as paths,
 * in the Inter font from @fontsource/inter, no network), resvg rasterises the SVG, and `png.ts`
 * writes the pixels as a lossless palette PNG. Same tree, fonts and versions: same bytes.
 *
 * Where a card's 23 ms went before (1200×630, CPU time on the 2-core machine): layout 6 ms,
 * rasterising 7 ms, PNG encoding 10 ms (resvg's RGBA encoder, about 40 KB a file). Now:
 *
 * - **The frame once.** A card marks the part that differs from card to card (`key: 'band'`: the
 *   kind and title). Everything else, the frame (background, bar, site name, credit), is the same
 *   for every card of a language and colour: it is laid out, rasterised and turned into palette
 *   scanlines once per thread, and each card lays out and rasterises only its band (full-width
 *   rows, on the frame's background) and reads only the band's rows into the frame's scanlines.
 *   The band is centred in its box exactly as the card's column would centre it;
 *   `og-raster.test.ts` holds every composed card to the same card drawn whole, pixel for pixel.
 * - **A palette PNG** (png.ts): a card has about a hundred colours, so one byte a pixel, every
 *   pixel as rendered: about 17 KB instead of 40.
 * - **Only the band's words.** Of the band's box, only the rows its words take (and a margin) are
 *   rasterised and read; the rest is the frame's colour, which the frame's rows already hold.
 * - **Run-length compression** (png.ts): a third of zlib's usual time, for a few KB more.
 * - The bar on top is a box, not a CSS border, whose clip layers cost resvg a sixth of its time.
 *
 * A card now costs about 8 ms of its 23 (one thread, nothing else running), most of it the band's
 * layout and rasterising.
 *
 * Run inside the image worker threads (og-worker.ts) by Node itself, without Vite: every relative
 * import names its file with the extension, and the tree arrives as plain data.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encodeIndexed, encodePng, indexRows, pixelWords, type Palette } from './png.ts';
import type { OgNode } from '../views/og-image.ts';

/**
 * The version of this pipeline, part of every cached image's key: raise it whenever a change here
 * changes the bytes an image comes out as (satori's and resvg's versions are in the key already).
 */
export const RENDERER_VERSION = 4;

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

/** A laid-out frame: its pixels, where its band goes, and its pixels as palette scanlines. */
interface Frame {
	pixels: Uint8Array;
	width: number;
	height: number;
	box: { left: number; top: number; width: number; height: number };
	/** The frame's colour in the band's box, which the band is drawn on. */
	background: string;
	/** The frame's colours in order, and its scanlines (png.ts `indexRows`); undefined past 256 colours. */
	palette?: Palette | undefined;
	lines: Uint8Array;
}

function draw(svg: string) {
	const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
	// A copy: resvg's buffer is the image's own memory, which is reused once the image is collected
	// (a frame kept for the next card would then show a later card's band).
	return { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height };
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
	const { pixels, width, height } = draw(svg);
	// The band is drawn in whole rows: the frame must be one colour across them.
	const background = uniformColour(pixels, width, { left: 0, top: box.top, width, height: box.height });
	if (!background) return undefined;
	const palette: Palette = new Map();
	const lines = new Uint8Array((width + 1) * height);
	const fits = indexRows(pixelWords(pixels), width, height, palette, lines, 0);
	return { pixels, width, height, box, background, palette: fits ? palette : undefined, lines };
}

/** The RGBA pixels of a whole tree, drawn in one go (what a composed card is held to). */
export async function whole(tree: OgNode, fonts: OgFont[], size: Size) {
	return { ...draw(await satori(tree as Parameters<typeof satori>[0], { ...size, fonts })), composed: false as const };
}

/** A card drawn: whole, or its frame (drawn once per thread) and its band's rows. */
type Drawn =
	| { composed: false; pixels: Uint8Array; width: number; height: number }
	| { composed: true; frame: Frame; band: Uint8Array; firstRow: number };

async function drawCard(tree: OgNode, fonts: OgFont[], size: Size): Promise<Drawn> {
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
	let content = { top: 0, bottom: box.height };
	const svg = await satori(bandTree as Parameters<typeof satori>[0], {
		width: frame.width,
		height: box.height,
		fonts,
		onNodeDetected: (node) => {
			if (node.key !== BAND) return;
			if (node.top < 0 || node.height > box.height) overflows = true;
			content = { top: node.top, bottom: node.top + node.height };
		},
	});
	if (overflows) return whole(tree, fonts, size);
	// Only the rows the band's words take, with a margin: the rest of its box is the frame's colour,
	// which the frame's own rows already hold. Should a glyph reach the margin's edge, the whole
	// box is drawn instead, so a card is never cut.
	const top = Math.max(0, Math.floor(content.top) - BAND_MARGIN);
	const rows = Math.min(box.height, Math.ceil(content.bottom) + BAND_MARGIN) - top;
	if (rows < box.height) {
		const cropped = draw(cropRows(svg, frame.width, top, rows)).pixels;
		if (edgesAreBackground(pixelWords(cropped), frame.width, rows, frame)) {
			return { composed: true, frame, band: cropped, firstRow: top };
		}
	}
	return { composed: true, frame, band: draw(svg).pixels, firstRow: 0 };
}

/** Rows of the frame's colour kept above and below a band's words when only its words are drawn. */
const BAND_MARGIN = 8;

/** An SVG as satori writes it (`<svg width height viewBox="0 0 w h">`), cut to `rows` rows from `top`. */
function cropRows(svg: string, width: number, top: number, rows: number): string {
	const open = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg);
	if (!open || Number(open[1]) !== width || open[3] !== open[1] || open[4] !== open[2]) {
		throw new Error(`A preview image's band is not an SVG as satori writes it: ${svg.slice(0, 80)}`);
	}
	return `<svg width="${width}" height="${rows}" viewBox="0 ${top} ${width} ${rows}"${svg.slice(open[0].length)}`;
}

/** Whether the first and last rows of a band's pixels are all the frame's colour in the band's box. */
function edgesAreBackground(band: Uint32Array, width: number, rows: number, frame: Frame): boolean {
	const background = pixelWords(frame.pixels)[frame.box.top * frame.width]!;
	for (const row of [0, rows - 1]) {
		for (let x = 0; x < width; x++) if (band[row * width + x] !== background) return false;
	}
	return true;
}

/** A composed card's RGBA pixels: the frame with the band's rows in place, from the band's `firstRow` on. */
function composedPixels(frame: Frame, band: Uint8Array, firstRow: number): Uint8Array {
	const pixels = frame.pixels.slice();
	pixels.set(band, (frame.box.top + firstRow) * frame.width * 4);
	return pixels;
}

/**
 * The RGBA pixels (premultiplied, as resvg gives them) of a card: its frame (once per thread) with
 * its band drawn into it, or the whole card where it marks no band or its frame does not allow it.
 */
export async function rasterisePixels(tree: OgNode, fonts: OgFont[], size: Size) {
	const drawn = await drawCard(tree, fonts, size);
	if (!drawn.composed) return drawn;
	const { frame, band, firstRow } = drawn;
	return { pixels: composedPixels(frame, band, firstRow), width: frame.width, height: frame.height, composed: true };
}

/** Scanlines for one card at a time, reused (the encoding below never waits, so cards cannot interleave). */
let scratch = new Uint8Array(0);

/**
 * The PNG bytes of one image of `size` pixels. A composed card is written from its frame's
 * scanlines and palette, made once per frame: only the band's rows are read pixel by pixel, and
 * the palette is the frame's colours followed by the band's new ones.
 */
export async function rasterise(tree: OgNode, fonts: OgFont[], size: Size): Promise<Uint8Array<ArrayBuffer>> {
	const drawn = await drawCard(tree, fonts, size);
	if (!drawn.composed) return encodePng(drawn.pixels, drawn.width, drawn.height);
	const { frame, band, firstRow } = drawn;
	if (frame.palette) {
		if (scratch.length !== frame.lines.length) scratch = new Uint8Array(frame.lines.length);
		scratch.set(frame.lines);
		const palette = new Map(frame.palette);
		const rows = band.length / 4 / frame.width;
		if (indexRows(pixelWords(band), frame.width, rows, palette, scratch, frame.box.top + firstRow)) {
			return encodeIndexed(frame.width, frame.height, scratch, palette);
		}
	}
	return encodePng(composedPixels(frame, band, firstRow), frame.width, frame.height);
}
