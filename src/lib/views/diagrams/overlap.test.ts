import { describe, expect, it } from 'vitest';
import { overlap, overlapText } from './overlap';
import { SAMPLE, expectEscaped, expectSoundSvg, hostile, readSvg } from '../../../testing/diagrams';

const data = SAMPLE.overlap;
const markup = overlap(data);
const { labels } = readSvg(markup);
/** The two shapes as drawn. */
function shapesOf(svg: string) {
	return readSvg(svg)
		.document.querySelectorAll('ellipse')
		.map((shape) => ({
			cls: shape.getAttribute('class')!,
			dashed: shape.getAttribute('stroke-dasharray') !== undefined,
			cx: Number(shape.getAttribute('cx')),
			cy: Number(shape.getAttribute('cy')),
			rx: Number(shape.getAttribute('rx')),
			ry: Number(shape.getAttribute('ry')),
		}));
}
const circles = shapesOf(markup);
const labelOf = (text: string) => labels.find((label) => label.joined === text)!;
/** Whether a point lies inside a shape. */
const inside = (x: number, y: number, c: (typeof circles)[number]) =>
	((x - c.cx) / c.rx) ** 2 + ((y - c.cy) / c.ry) ** 2 < 1;
const corners = (text: string) => {
	const { left, right, top, bottom } = labelOf(text);
	return [
		[left, top],
		[right, top],
		[left, bottom],
		[right, bottom],
	] as const;
};
const [cio, cto] = circles as [(typeof circles)[number], (typeof circles)[number]];

describe('overlap', () => {
	it('passes the checks every picture passes', () => {
		expectSoundSvg(markup);
	});

	it('shows every word it is given, each once', () => {
		const words = [data.cio, data.cto, data.shared, ...data.areas];
		expect(labels.map((label) => label.joined).sort()).toEqual([...words].sort());
	});

	it('draws two overlapping circles, the CIO solid-edged on the left, the CTO dashed on the right', () => {
		expect(circles.map(({ cls, dashed }) => [cls, dashed])).toEqual([
			['fill-cio stroke-cio', false],
			['fill-cto stroke-cto', true],
		]);
		expect(cio.rx).toBe(cio.ry);
		expect(cio.cx).toBeLessThan(cto.cx);
		expect(cto.cx - cio.cx).toBeLessThan(cio.rx + cto.rx);
	});

	it('writes every shared area inside both circles, and each role only inside its own', () => {
		for (const area of data.areas) {
			for (const [x, y] of corners(area)) {
				expect(inside(x, y, cio) && inside(x, y, cto), area).toBe(true);
			}
		}
		for (const [x, y] of corners(data.cio)) expect(inside(x, y, cio) && !inside(x, y, cto)).toBe(true);
		for (const [x, y] of corners(data.cto)) expect(inside(x, y, cto) && !inside(x, y, cio)).toBe(true);
	});

	it('names the shared part below both circles', () => {
		expect(labelOf(data.shared).top).toBeGreaterThan(cio.cy + cio.ry - 10);
	});

	it.each([
		['a fourth, long area', [...data.areas, 'Choosing technology for new products']],
		['long single words', ['Technologiestrategie', 'Budgetplanung', 'Produktentwicklung']],
	])('grows taller to keep %s inside the intersection', (_, areas) => {
		const grown = overlap({ ...data, areas });
		expectSoundSvg(grown);
		const { labels: grownLabels } = readSvg(grown);
		const [a, b] = shapesOf(grown) as [(typeof circles)[number], (typeof circles)[number]];
		for (const area of areas) {
			const { left, right, top, bottom } = grownLabels.find((label) => label.joined === area)!;
			for (const [x, y] of [
				[left, top],
				[right, top],
				[left, bottom],
				[right, bottom],
			] as const) {
				expect(inside(x, y, a) && inside(x, y, b), area).toBe(true);
			}
		}
	});

	it('stays well under 2 KB with the sample words and comes out the same each time', () => {
		expect(Buffer.byteLength(markup)).toBeLessThan(1200);
		expect(overlap(data)).toBe(markup);
	});

	it('escapes every word', () => {
		const bad = hostile(data);
		expectEscaped(overlap(bad), bad);
	});
});

describe('overlapText', () => {
	it('lists the shared areas under the shared name', () => {
		expect(overlapText(data)).toEqual([{ term: 'Where the roles overlap', items: data.areas }]);
	});
});
