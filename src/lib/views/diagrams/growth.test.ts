import { describe, expect, it } from 'vitest';
import { growth, growthText, type GrowthData } from './growth';
import { SAMPLE, expectEscaped, expectSoundSvg, hostile, readSvg } from '../../../testing/diagrams';

const data = SAMPLE.growth;
const markup = growth(data);
const { document, labels } = readSvg(markup);
const labelOf = (text: string) => labels.find((label) => label.joined === text)!;

describe('growth', () => {
	it('passes the checks every picture passes', () => {
		expectSoundSvg(markup);
	});

	it('shows every word it is given, each once', () => {
		const words = [data.cio, data.cto, ...data.stages.flatMap((stage) => [stage.label, stage.caption])];
		expect(labels.map((label) => label.joined).sort()).toEqual([...words].sort());
	});

	it('lists the stages top to bottom, each caption under its name', () => {
		const tops = data.stages.map((stage) => labelOf(stage.label).top);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		for (const stage of data.stages) {
			expect(labelOf(stage.caption).top).toBeGreaterThanOrEqual(labelOf(stage.label).bottom);
			expect(labelOf(stage.caption).left).toBe(labelOf(stage.label).left);
		}
	});

	it('shows one split executive, then two overlapping, then two apart named CIO and CTO', () => {
		const shapes = document.querySelectorAll('svg > path').slice(2);
		// One split person (two parts), two overlapping (CIO, page-coloured backing, CTO), two apart.
		expect(shapes.map((path) => path.getAttribute('class'))).toEqual([
			'fill-cto stroke-cto',
			'fill-cio',
			'fill-cio',
			'fill-bg',
			'fill-cto stroke-cto',
			'fill-cio',
			'fill-cto stroke-cto',
		]);
		const names = [labelOf(data.cio), labelOf(data.cto)];
		expect(names.map((name) => name.className)).toEqual(['fill-cio font-semibold', 'fill-cto font-semibold']);
		expect(names[0]!.right).toBeLessThan(names[1]!.left);
		expect(names[0]!.top).toBeGreaterThan(labelOf(data.stages[2].label).top);
	});

	it('marks each stage on one downward arrow', () => {
		const [arrow, dots] = document.querySelectorAll('svg > path');
		expect(arrow?.getAttribute('d')).toMatch(/^M12 8V\d+m-5-6 5 6 5-6$/);
		expect(dots?.getAttribute('d')?.match(/h0/g)).toHaveLength(data.stages.length);
	});

	it('keeps long German names within the picture by wrapping them', () => {
		const german: GrowthData = {
			...data,
			stages: [
				{ label: 'Start-up oder Kleinunternehmen', caption: 'Eine Führungskraft für beides', executives: 'one' },
				{ label: 'Wachsendes Unternehmen', caption: 'Die Rollen trennen sich', executives: 'separating' },
				{ label: 'Großunternehmen', caption: 'Ein CIO und ein CTO', executives: 'two' },
			],
		};
		const long = growth(german);
		expectSoundSvg(long);
		expect(readSvg(long).labels.find((label) => label.joined === 'Wachsendes Unternehmen')?.lines).toHaveLength(2);
	});

	it('stays well under 2 KB with the sample words and comes out the same each time', () => {
		expect(Buffer.byteLength(markup)).toBeLessThan(1900);
		expect(growth(data)).toBe(markup);
	});

	it('escapes every word', () => {
		const bad = hostile(data);
		expectEscaped(growth(bad), bad);
	});
});

describe('growthText', () => {
	it('gives each stage with its caption, in order', () => {
		expect(growthText(data)).toEqual([
			{ term: 'Start-up', description: 'One executive covers both', items: [] },
			{ term: 'Growing', description: 'The roles start to separate', items: [] },
			{ term: 'Large', description: 'A CIO and a CTO', items: [] },
		]);
	});
});
