import { describe, expect, it } from 'vitest';
import { spectrum, spectrumText } from './spectrum';
import { SAMPLE, expectEscaped, expectSoundSvg, hostile, readSvg } from '../../../testing/diagrams';

const data = SAMPLE.spectrum;
const markup = spectrum(data);

/** The marks on the track: class and position. */
function marks(svg: string) {
	return readSvg(svg)
		.document.querySelectorAll('circle')
		.map((circle) => ({ cls: circle.getAttribute('class')!, x: Number(circle.getAttribute('cx')) }));
}
const labelOf = (svg: string, text: string) => readSvg(svg).labels.find((label) => label.joined === text)!;

describe('spectrum', () => {
	it('passes the checks every picture passes', () => {
		expectSoundSvg(markup);
	});

	it('shows every word it is given, each once', () => {
		expect(
			readSvg(markup)
				.labels.map((label) => label.joined)
				.sort(),
		).toEqual([data.cio, data.cto, data.from, data.to].sort());
	});

	it('puts the CIO near the business end and the CTO near the technology end, each named over its mark', () => {
		const [cio, cto] = marks(markup);
		expect(cio?.cls).toBe('fill-cio');
		expect(cto?.cls).toBe('fill-bg stroke-cto');
		expect(cio!.x).toBeLessThan(320 / 3);
		expect(cto!.x).toBeGreaterThan((2 * 320) / 3);
		for (const [name, mark] of [
			[data.cio, cio!],
			[data.cto, cto!],
		] as const) {
			const label = labelOf(markup, name);
			expect((label.left + label.right) / 2).toBeCloseTo(mark.x, 0);
		}
	});

	it('names the business end at the left and the technology end at the right', () => {
		expect(labelOf(markup, data.from).left).toBeLessThan(labelOf(markup, data.to).left);
		expect(labelOf(markup, data.from).top).toBe(labelOf(markup, data.to).top);
	});

	it('moves the marks where it is told, within the track', () => {
		const [cio, cto] = marks(spectrum({ ...data, cioAt: 0.4, ctoAt: 0.6 }));
		expect(cio!.x).toBe(Math.round(16 + 0.4 * 288));
		expect(cto!.x).toBe(Math.round(16 + 0.6 * 288));
		const [far] = marks(spectrum({ ...data, cioAt: -5 }));
		expect(far!.x).toBeGreaterThan(16);
	});

	it('keeps each end in its half: long German words break at their soft hyphens, with a hyphen', () => {
		const long = spectrum({
			...data,
			from: 'Geschäfts\u00ADorien\u00ADtiert',
			to: 'Techno\u00ADlogie\u00ADorien\u00ADtiert',
			fromToward: 'Innerhalb der Organisation',
			toToward: 'Markt und Produkt',
		});
		expectSoundSvg(long);
		const from = readSvg(long).labels.find((label) => label.lines[0]?.startsWith('Geschäfts'))!;
		const to = readSvg(long).labels.find((label) => label.lines[0]?.startsWith('Techno'))!;
		expect(from.lines.length).toBeGreaterThan(1);
		expect(from.lines[0]).toMatch(/-$/);
		expect(from.lines.map((line) => line.replace(/-$/, '')).join('')).toBe('Geschäftsorientiert');
		expect(from.right).toBeLessThanOrEqual(160);
		expect(to.left).toBeGreaterThanOrEqual(160);
		expect(long).not.toContain('\u00AD');
	});

	it('writes what each end looks towards under its name, muted', () => {
		const withToward = spectrum({
			...data,
			fromToward: 'Inside the organisation',
			toToward: 'The market and the product',
		});
		expectSoundSvg(withToward);
		const inside = labelOf(withToward, 'Inside the organisation');
		const market = labelOf(withToward, 'The market and the product');
		expect(inside.className).toBe('fill-muted');
		expect(inside.top).toBeGreaterThan(labelOf(withToward, data.from).bottom - 1);
		expect(market.right).toBeCloseTo(304, 0);
		expect(spectrumText({ ...data, fromToward: 'Inside', toToward: 'Outside' })).toEqual([
			{ term: 'CIO', description: 'Business-centric', items: ['Inside'] },
			{ term: 'CTO', description: 'Technology-centric', items: ['Outside'] },
		]);
	});

	it('stays well under 2 KB with the sample words and comes out the same each time', () => {
		expect(Buffer.byteLength(markup)).toBeLessThan(1000);
		expect(spectrum(data)).toBe(markup);
	});

	it('escapes every word', () => {
		const bad = hostile(data);
		expectEscaped(spectrum(bad), bad);
	});
});

describe('spectrumText', () => {
	it('gives each role with the end it sits nearer to', () => {
		expect(spectrumText(data)).toEqual([
			{ term: 'CIO', description: 'Business-centric', items: [] },
			{ term: 'CTO', description: 'Technology-centric', items: [] },
		]);
		expect(spectrumText({ ...data, cioAt: 0.7 })[0]?.description).toBe('Technology-centric');
	});
});
