import { describe, expect, it } from 'vitest';
import { ogImageTree, titleFontSize, type OgNode } from './og-image';
import { ogPalette, renderOgPng } from '../build/og-render';

const colors = await ogPalette();
const card = { title: 'Chief Information Officer (CIO)', kind: 'Role', siteName: 'Knowledge base', credit: 'By Marin' };

/** Every text in the tree, in order. */
function texts(node: OgNode): string[] {
	const { children } = node.props;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap(texts);
}

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('ogImageTree', () => {
	it('is a card filling the image, showing the site, the kind, the title and the credit in that order', () => {
		const tree = ogImageTree(card, colors);
		expect(tree.props.style).toMatchObject({ width: '100%', height: '100%', display: 'flex' });
		// Padding inside the box: satori's default content box would push the credit off the image.
		const [, inner] = tree.props.children as OgNode[];
		expect(inner!.props.style).toMatchObject({ flexGrow: 1, boxSizing: 'border-box' });
		expect(texts(tree)).toEqual(['CIO', 'vs', 'CTO', 'Knowledge base', 'Role', card.title, 'By Marin']);
	});

	it('marks the kind and title as the part that differs from card to card, once', () => {
		const bands: OgNode[] = [];
		const walk = (node: OgNode) => {
			if (node.key === 'band') bands.push(node);
			if (Array.isArray(node.props.children)) node.props.children.forEach(walk);
		};
		walk(ogImageTree(card, colors));
		expect(bands.map(texts)).toEqual([['Role', card.title]]);
	});

	it('gives every element with children a flex display, as satori requires', () => {
		const check = (node: OgNode) => {
			expect(node.props.style['display']).toBe('flex');
			if (Array.isArray(node.props.children)) node.props.children.forEach(check);
		};
		check(ogImageTree(card, colors));
	});
});

describe('titleFontSize', () => {
	it('shrinks as titles grow, never below 48 px', () => {
		const sizes = [
			'CIO vs CTO',
			'Key differences and overlaps',
			'Choosing the right role for your organisation',
			'x'.repeat(90),
		].map(titleFontSize);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(new Set(sizes).size).toBe(4);
		expect(Math.min(...sizes)).toBe(48);
	});
});

describe('renderOgPng', () => {
	it('renders a 1200×630 PNG, byte for byte the same each time', async () => {
		const [first, second] = await Promise.all([
			renderOgPng(ogImageTree(card, colors)),
			renderOgPng(ogImageTree(card, colors)),
		]);
		expect([...first.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
		expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
		expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
	});

	it('renders different titles differently', async () => {
		const other = await renderOgPng(ogImageTree({ ...card, title: 'Chief Technology Officer (CTO)' }, colors));
		const first = await renderOgPng(ogImageTree(card, colors));
		expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
	});
});

describe('ogImageTree tone', () => {
	it('wears a role page in its role colour, every other page in the accent: the bar and the kind', () => {
		const colours = (tree: OgNode) => {
			const [bar, inner] = tree.props.children as OgNode[];
			const band = (inner!.props.children as OgNode[])[1]!;
			return [bar!.props.style['backgroundColor'], (band.props.children as OgNode[])[0]!.props.style['color']];
		};
		expect(colours(ogImageTree({ ...card, tone: 'cto' }, colors))).toEqual([colors.cto, colors.cto]);
		expect(colours(ogImageTree(card, colors))).toEqual([colors.accent, colors.accent]);
	});
});
