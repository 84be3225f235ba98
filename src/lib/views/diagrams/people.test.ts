import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { person, personHeight, personPath, splitPerson } from './people';

const paths = (markup: string) =>
	parse(`<svg>${markup}</svg>`)
		.querySelectorAll('path')
		.map((path) => ({
			cls: path.getAttribute('class'),
			d: path.getAttribute('d')!,
			opacity: path.getAttribute('fill-opacity'),
		}));

/** Every absolute x in a path: the numbers after M, H and V-less absolute commands' end points. */
function absoluteXs(d: string): number[] {
	return [...d.matchAll(/([MAH])([^A-Za-z]*)/g)].map(([, command, args]) => {
		const numbers = args!
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		return command === 'H' ? numbers[0]! : numbers.at(-2)!;
	});
}

describe('person', () => {
	it('draws the CIO solid and the CTO tinted with an outline, so they differ in black and white', () => {
		expect(paths(person('cio', 50, 0, 14))).toEqual([
			{ cls: 'fill-cio', d: personPath(50, 0, 14), opacity: undefined },
		]);
		expect(paths(person('cto', 50, 0, 14))).toEqual([
			{ cls: 'fill-cto stroke-cto', d: personPath(50, 0, 14), opacity: '.15' },
		]);
	});

	it('backs an opaque CTO with the page colour, so what stands behind does not show through', () => {
		expect(paths(person('cto', 50, 0, 14, true)).map((path) => path.cls)).toEqual(['fill-bg', 'fill-cto stroke-cto']);
	});

	it('is a head over shoulders as wide as twice its size, as tall as personHeight', () => {
		const d = personPath(50, 10, 14);
		expect(d).toMatch(/^M43 17a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M36 /);
		const base = Number(/M36 ([\d.]+)a14 14 0 0 1 28 0z$/.exec(d)?.[1]);
		expect(base).toBeCloseTo(10 + personHeight(14), 5);
	});
});

describe('splitPerson', () => {
	const parts = (share: number) => {
		const [cto, cio] = paths(splitPerson(50, 0, 14, share));
		return { cto: cto!, cio: cio! };
	};

	it('draws the CIO part solid on the left and the CTO part tinted and outlined on the right', () => {
		const { cio, cto } = parts(0.5);
		expect(cio.cls).toBe('fill-cio');
		expect(cto.cls).toBe('fill-cto stroke-cto');
		expect(Math.max(...absoluteXs(cio.d))).toBe(50);
		expect(Math.min(...absoluteXs(cto.d))).toBe(50);
	});

	it('moves the seam with the CIO share, the same fraction of head and shoulders', () => {
		// Shoulders from 36 to 64, head from 43 to 57.
		expect(absoluteXs(parts(0.7).cio.d)).toEqual([52.8, 52.8, 36, 55.6]);
		expect(absoluteXs(parts(0.3).cio.d)).toEqual([47.2, 47.2, 36, 44.4]);
	});

	it('keeps both parts visible however far the share goes', () => {
		expect(splitPerson(50, 0, 14, 1)).toBe(splitPerson(50, 0, 14, 0.8));
		expect(splitPerson(50, 0, 14, -1)).toBe(splitPerson(50, 0, 14, 0.2));
	});

	it('gives the larger part of the head the large arc', () => {
		expect(parts(0.7).cio.d).toMatch(/A7 7 0 1 0/);
		expect(parts(0.7).cto.d).toMatch(/A7 7 0 0 1/);
		expect(parts(0.3).cio.d).toMatch(/A7 7 0 0 0/);
		expect(parts(0.3).cto.d).toMatch(/A7 7 0 1 1/);
	});
});
