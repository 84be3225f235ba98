/**
 * A small, lossless PNG encoder for the preview images. A card is flat colour and anti-aliased
 * text: about a hundred distinct colours, so it is written as a palette image (one byte a pixel
 * instead of four), every pixel exactly as rendered, at less than half the size of resvg's own
 * RGBA encoding and in less time. A picture with more than 256 colours is written as RGB (or RGBA
 * where it has transparency), still lossless. Same pixels, same bytes: the palette is in order of
 * first appearance and the compression settings are fixed.
 *
 * Imported by the image worker thread, which Node runs without Vite: every relative import here
 * and in what it imports names its file with the extension.
 */
import { crc32, deflateSync } from 'node:zlib';

/** zlib's level: 6 gives 90 % of level 9's saving at a tenth of its time on these images. */
const LEVEL = 6;

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** PNG colour types (PNG spec, 11.2.2). */
const INDEXED = 3;
const RGB = 2;
const RGBA = 6;

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

function header(width: number, height: number, colourType: number): Uint8Array {
	const data = new Uint8Array(13);
	const view = new DataView(data.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	data[8] = 8; // bit depth
	data[9] = colourType;
	// compression 0 (deflate), filter method 0, no interlace: the three bytes stay 0.
	return chunk('IHDR', data);
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** A premultiplied channel back to its straight value. */
function straight(channel: number, alpha: number): number {
	if (alpha === 255) return channel;
	if (alpha === 0) return 0;
	return Math.min(255, Math.round((channel * 255) / alpha));
}

/** The scanlines of a palette image (filter byte 0, then one index a pixel), or undefined past 256 colours. */
function indexed(rgba: Uint8Array, width: number, height: number) {
	// Whole pixels as one number each; a copy only if the buffer is not aligned for 32-bit reads.
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const palette = new Map<number, number>();
	const lines = new Uint8Array((width + 1) * height);
	let last = -1;
	let lastIndex = 0;
	let source = 0;
	let target = 0;
	for (let y = 0; y < height; y++) {
		lines[target++] = 0; // filter: none, which suits palette images best
		for (let x = 0; x < width; x++) {
			const pixel = pixels[source++]!;
			if (pixel !== last) {
				let index = palette.get(pixel);
				if (index === undefined) {
					index = palette.size;
					if (index === 256) return undefined;
					palette.set(pixel, index);
				}
				last = pixel;
				lastIndex = index;
			}
			lines[target++] = lastIndex;
		}
	}
	// Back from numbers to bytes through the same view, so the byte order of the machine does not matter.
	const entries = new Uint8Array(new Uint32Array([...palette.keys()]).buffer);
	const colours = new Uint8Array(palette.size * 3);
	const alphas = new Uint8Array(palette.size);
	let lastTranslucent = -1;
	for (let i = 0; i < palette.size; i++) {
		const alpha = entries[i * 4 + 3]!;
		for (let channel = 0; channel < 3; channel++) colours[i * 3 + channel] = straight(entries[i * 4 + channel]!, alpha);
		alphas[i] = alpha;
		if (alpha !== 255) lastTranslucent = i;
	}
	return { lines, colours, alphas: alphas.subarray(0, lastTranslucent + 1) };
}

/** The scanlines of an RGB or RGBA image, filter 0. */
function truecolour(rgba: Uint8Array, width: number, height: number) {
	let opaque = true;
	for (let i = 3; i < rgba.length; i += 4) {
		if (rgba[i] !== 255) {
			opaque = false;
			break;
		}
	}
	const channels = opaque ? 3 : 4;
	const lines = new Uint8Array((width * channels + 1) * height);
	let target = 0;
	for (let y = 0; y < height; y++) {
		lines[target++] = 0;
		for (let x = 0; x < width; x++) {
			const source = (y * width + x) * 4;
			const alpha = rgba[source + 3]!;
			for (let channel = 0; channel < 3; channel++) lines[target++] = straight(rgba[source + channel]!, alpha);
			if (channels === 4) lines[target++] = alpha;
		}
	}
	return { lines, colourType: opaque ? RGB : RGBA };
}

/**
 * The PNG file of an image given as premultiplied RGBA bytes, 8 bits a channel, row by row from
 * the top left, as resvg's `pixels` are (PNG stores colours straight: translucent ones are divided
 * back by their alpha; opaque pixels, all of a card's, are written exactly as given).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
		throw new Error(`encodePng: an image of ${width}×${height} pixels cannot be written.`);
	}
	if (rgba.length !== width * height * 4) {
		throw new Error(`encodePng: ${rgba.length} bytes are not ${width}×${height} RGBA pixels.`);
	}
	const end = chunk('IEND', new Uint8Array(0));
	const palette = indexed(rgba, width, height);
	if (palette) {
		return concat([
			SIGNATURE,
			header(width, height, INDEXED),
			chunk('PLTE', palette.colours),
			...(palette.alphas.length > 0 ? [chunk('tRNS', palette.alphas)] : []),
			chunk('IDAT', deflateSync(palette.lines, { level: LEVEL })),
			end,
		]);
	}
	const { lines, colourType } = truecolour(rgba, width, height);
	return concat([
		SIGNATURE,
		header(width, height, colourType),
		chunk('IDAT', deflateSync(lines, { level: LEVEL })),
		end,
	]);
}
