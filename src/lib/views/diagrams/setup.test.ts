import { describe, expect, it } from 'vitest';
import type { Lean, Recommendation } from '../../domain/recommend';
import { SETUP_HEIGHT, SETUP_WIDTH, setup, setupMark, setupText, type SetupData } from './setup';
import { SAMPLE, expectEscaped, expectSoundSvg, hostile, readSvg } from '../../../testing/diagrams';

const base = SAMPLE.setup;
const all: SetupData[] = [
	...(['cio', 'cto', 'both'] as Recommendation[]).map((kind) => ({ ...base, setup: kind })),
	...(['cio', 'balanced', 'cto'] as Lean[]).map((lean) => ({ ...base, setup: 'combined' as const, lean })),
];
const shapes = (markup: string) =>
	readSvg(markup)
		.document.querySelectorAll('path')
		.map((path) => path.getAttribute('class'));
const names = (markup: string) =>
	readSvg(markup).labels.map((label) => ({ text: label.joined, className: label.className }));

describe('setup', () => {
	it.each(all.map((data) => [`${data.setup} ${data.lean ?? ''}`, data] as const))(
		'%s passes the checks every picture passes at 96 px wide',
		(_, data) => {
			expectSoundSvg(setup(data), { displayWidth: 96 });
		},
	);

	it('is an icon with a fixed width that CSS may change, its height following from the viewBox', () => {
		const { svg, width, height } = readSvg(setup(base));
		expect([width, height, svg.getAttribute('width')]).toEqual([SETUP_WIDTH, SETUP_HEIGHT, String(SETUP_WIDTH)]);
	});

	it('shows one CIO, one CTO, or both side by side, each named in its colour', () => {
		const [cio, cto, both] = all.map(setup) as [string, string, string];
		expect(shapes(cio)).toEqual(['fill-cio']);
		expect(names(cio)).toEqual([{ text: 'CIO', className: 'fill-cio font-semibold' }]);
		expect(shapes(cto)).toEqual(['fill-cto stroke-cto']);
		expect(names(cto)).toEqual([{ text: 'CTO', className: 'fill-cto font-semibold' }]);
		expect(shapes(both)).toEqual(['fill-cio', 'fill-cto stroke-cto']);
		expect(names(both).map((name) => name.text)).toEqual(['CIO', 'CTO']);
	});

	it('shows one person split between the roles when combined, the side it leans to named boldly', () => {
		const [leanCio, balanced, leanCto] = all.slice(3).map(setup) as [string, string, string];
		for (const markup of [leanCio, balanced, leanCto])
			expect(shapes(markup)).toEqual(['fill-cto stroke-cto', 'fill-cio']);
		expect(names(leanCio).map((name) => name.className)).toEqual(['fill-cio font-semibold', 'fill-muted']);
		expect(names(balanced).map((name) => name.className)).toEqual(['fill-cio font-semibold', 'fill-cto font-semibold']);
		expect(names(leanCto).map((name) => name.className)).toEqual(['fill-muted', 'fill-cto font-semibold']);
		// The seam (where the CIO part's shoulders end) sits further right the more it leans to the CIO.
		const seam = (markup: string) => Number(/([\d.]+) [\d.]+V/.exec(markup)?.[1]);
		expect(seam(leanCio)).toBeGreaterThan(seam(balanced));
		expect(seam(balanced)).toBeGreaterThan(seam(leanCto));
	});

	it('takes a missing lean as balanced', () => {
		expect(setup({ ...base, setup: 'combined' })).toBe(setup({ ...base, setup: 'combined', lean: 'balanced' }));
	});

	it('stays small and comes out the same each time', () => {
		for (const data of all) {
			expect(Buffer.byteLength(setup(data))).toBeLessThan(700);
			expect(setup(data)).toBe(setup(data));
		}
	});

	it('gives every icon on a page its own title id', () => {
		const ids = all.map((data, index) =>
			readSvg(setup({ ...data, id: `example-${index}` })).svg.getAttribute('aria-labelledby'),
		);
		expect(new Set(ids).size).toBe(all.length);
	});

	it('escapes every word it shows (a single role shows only its own name)', () => {
		for (const data of all) {
			const bad = hostile(data);
			const shown =
				data.setup === 'cio'
					? { title: bad.title, cio: bad.cio }
					: data.setup === 'cto'
						? { title: bad.title, cto: bad.cto }
						: bad;
			expectEscaped(setup(bad), shown);
		}
	});
});

describe('setupText', () => {
	it('is the title, since the picture shows nothing more than the set-up it names', () => {
		expect(setupText(base)).toBe('Both a CIO and a CTO');
	});
});

describe('setupMark', () => {
	const marks = {
		cio: setupMark('cio'),
		cto: setupMark('cto'),
		both: setupMark('both'),
		combined: setupMark('combined', 'balanced'),
		leaningCio: setupMark('combined', 'cio'),
		leaningCto: setupMark('combined', 'cto'),
	};
	const shapes = (markup: string) =>
		readSvg(markup)
			.document.querySelectorAll('path')
			.map((path) => path.getAttribute('class'));

	it('tells every result apart by its shapes, not by colour alone', () => {
		expect(new Set(Object.values(marks)).size).toBe(6);
		// One solid person, one outlined person, one of each, one split person.
		expect(shapes(marks.cio)).toEqual(['fill-cio']);
		expect(shapes(marks.cto)).toEqual(['fill-cto stroke-cto']);
		expect(shapes(marks.both)).toEqual(['fill-cio', 'fill-cto stroke-cto']);
		expect(shapes(marks.combined)).toEqual(['fill-cto stroke-cto', 'fill-cio']);
	});

	it('is decoration, sized for a line of text, in the theme’s classes only', () => {
		for (const markup of Object.values(marks)) {
			const { svg, document } = readSvg(markup);
			expect(svg.getAttribute('aria-hidden')).toBe('true');
			expect(svg.getAttribute('height')).toBe('16');
			expect(document.querySelectorAll('title, text')).toHaveLength(0);
			expect(markup).not.toMatch(/style=|#[0-9a-f]{3,6}\b|\d\.\d{2,}/i);
		}
	});
});
