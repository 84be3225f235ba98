import { describe, expect, it } from 'vitest';
import { inwardOutward, inwardOutwardText, inwardOutwardWide } from './inward-outward';
import { SAMPLE, expectEscaped, expectSoundSvg, hostile, readSvg } from '../../../testing/diagrams';

const data = SAMPLE.inwardOutward;
const markup = inwardOutward(data);
const { document, labels, width } = readSvg(markup);
const labelOf = (text: string) => labels.find((label) => label.joined === text)!;
const box = document.querySelector('rect.stroke-border')!;
const boxTop = Number(box.getAttribute('y'));
const boxBottom = boxTop + Number(box.getAttribute('height'));

describe('inwardOutward', () => {
	it('passes the checks every picture passes', () => {
		expectSoundSvg(markup);
	});

	it('shows every word it is given, each once', () => {
		const shown = labels.map((label) => label.joined);
		const words = [data.inside, data.outside, data.cio.name, data.cto.name, ...data.cio.items, ...data.cto.items];
		expect([...shown].sort()).toEqual([...words].sort());
	});

	it('puts the CIO and its work inside the organisation, the CTO and its work outside', () => {
		for (const text of [data.cio.name, data.inside, ...data.cio.items]) {
			const label = labelOf(text);
			expect(label.top, text).toBeGreaterThan(boxTop);
			expect(label.bottom, text).toBeLessThan(boxBottom);
			expect(label.right, text).toBeLessThan(width - 8);
		}
		for (const text of [data.cto.name, data.outside, ...data.cto.items]) {
			expect(labelOf(text).bottom, text).toBeLessThan(boxTop);
		}
	});

	it('points the CTO out, away from the box, and the CIO in, deeper into it', () => {
		const cto = labelOf(data.cto.name);
		const cio = labelOf(data.cio.name);
		for (const item of data.cto.items) expect(labelOf(item).bottom).toBeLessThan(cto.top);
		for (const item of data.cio.items) expect(labelOf(item).top).toBeGreaterThan(cio.bottom);
	});

	it('draws one arrowhead per item, in the role colour of its tree', () => {
		const trees = document.querySelectorAll('path');
		const heads = (cls: string) =>
			(
				trees
					.find((path) => path.getAttribute('class')!.includes(cls))!
					.getAttribute('d')!
					.match(/l5 4-5 4/g) ?? []
			).length;
		expect(heads('stroke-cio')).toBe(data.cio.items.length);
		expect(heads('stroke-cto')).toBe(data.cto.items.length);
	});

	it('keeps the roles apart without colour: the CIO badge solid, the CTO badge outlined', () => {
		const rects = document.querySelectorAll('rect').map((rect) => rect.getAttribute('class'));
		expect(rects).toEqual(['fill-none stroke-border', 'fill-bg stroke-cto', 'fill-cio']);
	});

	it('wraps a long item into lines and grows to fit it', () => {
		const long = 'Aligning information technology with the goals of the business as a whole';
		const grown = inwardOutward({ ...data, cio: { ...data.cio, items: [long, ...data.cio.items] } });
		expectSoundSvg(grown);
		expect(readSvg(grown).labels.find((label) => label.joined === long)!.lines.length).toBeGreaterThan(1);
		expect(readSvg(grown).height).toBeGreaterThan(readSvg(markup).height);
	});

	it('stays well under 2 KB with the sample words and comes out the same each time', () => {
		expect(Buffer.byteLength(markup)).toBeLessThan(1600);
		expect(inwardOutward(data)).toBe(markup);
	});

	it('escapes every word', () => {
		const bad = hostile(data);
		expectEscaped(inwardOutward(bad), bad);
	});
});

describe('inwardOutwardWide', () => {
	const wide = inwardOutwardWide(data);
	const read = readSvg(wide);
	const wideLabel = (text: string) => read.labels.find((label) => label.joined === text)!;
	const edge = read.width / 2;

	it('passes the checks every picture passes, drawn at least 704 px wide', () => {
		expectSoundSvg(wide, { displayWidth: 704, maxWidth: 640 });
	});

	it('shows every word it is given, each once', () => {
		const words = [data.inside, data.outside, data.cio.name, data.cto.name, ...data.cio.items, ...data.cto.items];
		expect(read.labels.map((label) => label.joined).sort()).toEqual([...words].sort());
	});

	it('puts the CIO and its work in the organisation on the left, the CTO and its work outside it on the right', () => {
		const orgBox = read.document.querySelector('rect.stroke-border')!;
		const right = Number(orgBox.getAttribute('x')) + Number(orgBox.getAttribute('width'));
		expect(right).toBe(edge);
		for (const text of [data.cio.name, data.inside, ...data.cio.items])
			expect(wideLabel(text).right, text).toBeLessThan(edge);
		for (const text of [data.cto.name, data.outside, ...data.cto.items])
			expect(wideLabel(text).left, text).toBeGreaterThan(edge);
	});

	it('sets the two roles side by side: badges and first rows level', () => {
		expect(wideLabel(data.cio.name).top).toBe(wideLabel(data.cto.name).top);
		expect(wideLabel(data.cio.items[0]!).top).toBe(wideLabel(data.cto.items[0]!).top);
		expect(read.height).toBeLessThan(readSvg(markup).height);
	});

	it('escapes every word', () => {
		const bad = hostile(data);
		expectEscaped(inwardOutwardWide(bad), bad);
	});
});

describe('inwardOutwardText', () => {
	it('says the same as the picture: each role, where its work points and to what', () => {
		expect(inwardOutwardText(data)).toEqual([
			{ term: 'CIO', description: 'Inside the organisation', items: data.cio.items },
			{ term: 'CTO', description: 'Outside: customers and market', items: data.cto.items },
		]);
	});
});
