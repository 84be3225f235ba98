import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png';

/** Decodes a PNG with libvips and libpng (sharp, which Astro installs), an encoder-independent reader. */
async function decode(png: Uint8Array) {
	const image = sharp(png);
	const { width, height, channels, format } = await image.metadata();
	const pixels = await image.ensureAlpha().raw().toBuffer();
	// The colour type from the header (PNG spec 11.2.2): 3 palette, 2 RGB, 6 RGBA.
	return { width, height, channels, colourType: png[25], format, pixels };
}

/** Premultiplied RGBA pixels of `width`×`height`, each from `colour(x, y)` as [r, g, b, a] straight. */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]) {
	const straight = new Uint8Array(width * height * 4);
	const premultiplied = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const [r, g, b, a] = colour(x, y);
			const i = (y * width + x) * 4;
			straight.set([r, g, b, a], i);
			premultiplied.set([r, g, b].map((value) => Math.round((value * a) / 255)).concat(a), i);
		}
	}
	return { straight, premultiplied };
}

describe('encodePng', () => {
	it('writes an opaque picture of few colours as a palette PNG, every pixel as given', async () => {
		const { straight, premultiplied } = image(300, 20, (x, y) => [x % 50, (x * y) % 5, 200, 255]);
		const png = encodePng(premultiplied, 300, 20);
		const decoded = await decode(png);
		expect(decoded).toMatchObject({ format: 'png', width: 300, height: 20, colourType: 3 });
		expect(decoded.pixels.equals(Buffer.from(straight))).toBe(true);
	});

	it('writes more than 256 colours as RGB, still lossless', async () => {
		const { straight, premultiplied } = image(40, 40, (x, y) => [x * 6, y * 6, (x + y) % 256, 255]);
		const png = encodePng(premultiplied, 40, 40);
		const decoded = await decode(png);
		expect(decoded).toMatchObject({ width: 40, height: 40, channels: 3, colourType: 2 });
		expect(decoded.pixels.equals(Buffer.from(straight))).toBe(true);
	});

	it('keeps transparency, in a palette or in RGBA, storing colours straight', async () => {
		// Fully transparent pixels have no colour to keep: they come back as transparent black.
		const expected = (pixels: Uint8Array) =>
			Buffer.from(pixels.map((value, i) => (pixels[i - (i % 4) + 3] === 0 ? 0 : value)));
		const few = image(16, 4, (x) => (x < 8 ? [255, 128, 0, 255] : [255, 0, 0, x < 12 ? 0 : 255]));
		const fewDecoded = await decode(encodePng(few.premultiplied, 16, 4));
		expect(fewDecoded.colourType).toBe(3);
		expect(fewDecoded.pixels.equals(expected(few.straight))).toBe(true);
		const many = image(20, 20, (x, y) => [x * 12, y * 12, 60, x === 0 ? 0 : 255]);
		const manyDecoded = await decode(encodePng(many.premultiplied, 20, 20));
		expect(manyDecoded.colourType).toBe(6);
		expect(manyDecoded.pixels.equals(expected(many.straight))).toBe(true);
	});

	it('gives the same bytes for the same pixels, and reads pixels at any offset in their buffer', () => {
		const { premultiplied } = image(50, 10, (x) => [x, 0, 0, 255]);
		const shifted = new Uint8Array(premultiplied.length + 1);
		shifted.set(premultiplied, 1);
		const first = encodePng(premultiplied, 50, 10);
		expect(Buffer.from(encodePng(premultiplied, 50, 10)).equals(Buffer.from(first))).toBe(true);
		expect(Buffer.from(encodePng(shifted.subarray(1), 50, 10)).equals(Buffer.from(first))).toBe(true);
	});

	it('refuses pixels that do not match the size', () => {
		expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
		expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/0×0 pixels cannot be written/);
	});
});
