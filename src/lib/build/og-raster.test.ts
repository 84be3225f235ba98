import { describe, expect, it } from 'vitest';
import { ogAnswerTree } from '../views/og-answer';
import { ogImageTree, type OgNode } from '../views/og-image';
import { OG_IMAGE_SIZE } from '../views/seo';
import { loadOgFonts, ogFontFiles, ogPalette } from './og-render';
import { rasterise, rasterisePixels, whole } from './og-raster';
import sharp from 'sharp';

const colors = await ogPalette();
const fonts = await loadOgFonts(ogFontFiles());
const common = { siteName: 'Knowledge base', credit: 'Based on the article by Marin Delija on the NXT YOU blog' };

/** Each card, and whether it is drawn from its frame and band (pages) or whole (answers). */
const cards: Array<[string, OgNode, boolean]> = [
	['a short title', ogImageTree({ ...common, kind: 'Role', title: 'CIO vs CTO', tone: 'cio' }, colors), true],
	[
		'a two-line title',
		ogImageTree({ ...common, kind: 'Role', title: 'Chief Technology Officer (CTO)', tone: 'cto' }, colors),
		true,
	],
	[
		'a three-line title',
		ogImageTree(
			{
				...common,
				kind: 'Guide',
				title: 'Choosing the right role for your organisation, step by step and with examples',
			},
			colors,
		),
		true,
	],
	[
		'a German compound',
		ogImageTree(
			{
				...common,
				siteName: 'Wissensbasis',
				kind: 'Leitfaden',
				title: 'Technologieführerschaftsverantwortung in der Personalunion',
			},
			colors,
		),
		true,
	],
	['the longest title', ogImageTree({ ...common, kind: 'About', title: 'x'.repeat(90) }, colors), true],
	[
		'an answer',
		ogAnswerTree(
			{
				...common,
				kind: 'Recommender',
				headline: 'Both a CIO and a CTO.',
				tone: 'both',
				answers: ['Large', 'Service-based', 'Both equally'],
			},
			colors,
		),
		false,
	],
	[
		'a one-role answer',
		ogAnswerTree(
			{
				...common,
				kind: 'Empfehlung',
				headline: 'Ein CIO.',
				tone: 'cio',
				answers: ['Klein', 'Produktorientiert', 'Interne IT und Betrieb'],
			},
			colors,
		),
		false,
	],
];

describe('rasterisePixels', () => {
	it.each(cards)('draws %s pixel for pixel as the whole card drawn in one go', async (_, tree, composed) => {
		const [drawn, reference] = await Promise.all([
			rasterisePixels(tree, fonts, OG_IMAGE_SIZE),
			whole(tree, fonts, OG_IMAGE_SIZE),
		]);
		expect({ width: drawn.width, height: drawn.height }).toEqual({ width: 1200, height: 630 });
		expect(drawn.composed).toBe(composed);
		expect(Buffer.from(drawn.pixels).equals(Buffer.from(reference.pixels))).toBe(true);
		// The PNG, written from the frame's scanlines and the band's rows, holds those pixels too.
		const decoded = await sharp(await rasterise(tree, fonts, OG_IMAGE_SIZE))
			.ensureAlpha()
			.raw()
			.toBuffer();
		expect(decoded.equals(Buffer.from(reference.pixels))).toBe(true);
	});
});
