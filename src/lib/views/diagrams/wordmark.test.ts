import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CLASSES } from '../../../testing/diagrams';
import { WORDMARK_HEIGHT, WORDMARK_WIDTH, wordmark } from './wordmark';

describe('wordmark', () => {
	const markup = wordmark({ label: 'CIO vs CTO, home' });
	const svg = parse(markup).querySelector('svg')!;
	const paths = parse(markup).querySelectorAll('path');

	it('stays under 700 bytes', () => {
		expect(Buffer.byteLength(markup)).toBeLessThanOrEqual(700);
	});

	it('is an image with the accessible name it is given, escaped', () => {
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe('CIO vs CTO, home');
		expect(wordmark({ label: '"><script>x</script>' })).toContain(
			'aria-label="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"',
		);
	});

	it('draws CIO, "vs" and CTO left to right in the CIO colour, muted and the CTO colour', () => {
		expect(paths.map((path) => path.getAttribute('class'))).toEqual(['stroke-cio', 'stroke-muted', 'stroke-cto']);
		const starts = paths.map((path) => Number(/^M([\d.]+)/.exec(path.getAttribute('d')!)![1]));
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it("keeps the letters' absolute points inside the 165 × 28 box, with room for the stroke", () => {
		expect(svg.getAttribute('viewBox')).toBe(`0 0 ${WORDMARK_WIDTH} ${WORDMARK_HEIGHT}`);
		for (const path of paths) {
			// Absolute coordinates only where a subpath starts or a letter's end point is absolute.
			const points = [...path.getAttribute('d')!.matchAll(/[MA][^MAa-z]*/g)].map((command) =>
				command[0]
					.slice(1)
					.trim()
					.split(/[\s,]+/)
					.map(Number)
					.slice(-2),
			);
			for (const [x = NaN, y = NaN] of points) {
				expect(x).toBeGreaterThanOrEqual(1.7);
				expect(x).toBeLessThanOrEqual(WORDMARK_WIDTH - 1.7);
				expect(y).toBeGreaterThanOrEqual(1.7);
				expect(y).toBeLessThanOrEqual(WORDMARK_HEIGHT - 1.7);
			}
		}
	});

	it('colours only through theme classes, never inline styles, and takes extra classes for sizing', () => {
		expect(markup).not.toMatch(/style|var\(|#[0-9a-f]{3}/i);
		const sized = parse(wordmark({ label: 'x', className: 'site-mark' })).querySelector('svg')!;
		expect(sized.getAttribute('class')).toBe('fill-none site-mark');
		const used = parse(markup)
			.querySelectorAll('[class]')
			.flatMap((element) => element.getAttribute('class')!.split(' '));
		for (const name of used) expect(ALLOWED_CLASSES.has(name)).toBe(true);
	});

	it('has a fixed intrinsic size, so the header never shifts while it loads', () => {
		expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['165', '28']);
	});
});
