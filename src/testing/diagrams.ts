/**
 * For the diagrams' unit tests only: sample words, a reader for the markup, and the checks every
 * picture must pass (accessible name, ids, no inline styles, legible at 288 px, labels inside the
 * picture and clear of each other).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { textWidth } from '../lib/views/diagrams/svg';

/** Every class a diagram may use: each one a theme token Tailwind turns into a utility. */
export const ALLOWED_CLASSES = new Set([
	'fill-bg',
	'fill-cio',
	'fill-cto',
	'fill-muted',
	'fill-none',
	'fill-text',
	'font-semibold',
	'stroke-border',
	'stroke-cio',
	'stroke-cto',
	'stroke-muted',
]);

/** A hostile label: markup, an entity and both quotes. */
export const HOSTILE = `<script>alert("x")</script> & 'y'`;

/** One `<text>` as drawn: its lines, where they sit and roughly how much room they take. */
export interface Label {
	lines: string[];
	/** The lines joined back into the label they were wrapped from. */
	joined: string;
	className: string;
	size: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The nearest value of an attribute on the element or its ancestors. */
function inherited(element: HTMLElement, name: string): string | undefined {
	for (let node: HTMLElement | null = element; node; node = node.parentNode) {
		const value = node.getAttribute?.(name);
		if (value !== undefined) return value;
	}
	return undefined;
}

/** Every class on the element and its ancestors. */
function classes(element: HTMLElement): string[] {
	const all: string[] = [];
	for (let node: HTMLElement | null = element; node; node = node.parentNode) {
		all.push(...(node.getAttribute?.('class') ?? '').split(/\s+/).filter(Boolean));
	}
	return all;
}

/** Reads a diagram's markup: the root, its viewBox and its labels. */
export function readSvg(markup: string) {
	const document = parse(markup);
	const svg = document.querySelector('svg');
	if (!svg) throw new Error('no <svg> element');
	const [, , width = NaN, height = NaN] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
	const labels: Label[] = document.querySelectorAll('text').map((element) => {
		const size = Number(inherited(element, 'font-size'));
		const bold = classes(element).includes('font-semibold');
		const anchor = inherited(element, 'text-anchor') ?? 'start';
		let y = Number(element.getAttribute('y'));
		const x = Number(element.getAttribute('x'));
		const lines: { text: string; x: number; y: number }[] = [];
		for (const child of element.childNodes) {
			if (child instanceof Object && 'tagName' in child && (child as HTMLElement).tagName === 'TSPAN') {
				const tspan = child as HTMLElement;
				y += Number(tspan.getAttribute('dy') ?? 0);
				lines.push({ text: tspan.text, x: Number(tspan.getAttribute('x') ?? x), y });
			} else if (child.text !== '') {
				lines.push({ text: child.text, x, y });
			}
		}
		const spans = lines.map((line) => {
			const w = textWidth(line.text, size, bold);
			const left = anchor === 'middle' ? line.x - w / 2 : anchor === 'end' ? line.x - w : line.x;
			return { left, right: left + w };
		});
		return {
			lines: lines.map((line) => line.text),
			joined: lines
				.map((line) => line.text)
				.join(' ')
				.replace(/- /g, '-'),
			className: element.getAttribute('class') ?? '',
			size,
			left: Math.min(...spans.map((span) => span.left)),
			right: Math.max(...spans.map((span) => span.right)),
			top: (lines[0]?.y ?? 0) - 0.75 * size,
			bottom: (lines.at(-1)?.y ?? 0) + 0.25 * size,
		};
	});
	return { document, svg, width, height, labels };
}

/** The labels' texts, each joined back from its lines. */
export function labelTexts(markup: string): string[] {
	return readSvg(markup).labels.map((label) => label.joined);
}

/**
 * The checks every picture passes. `displayWidth` is the narrowest width it is drawn at: 288 px for
 * the diagrams (a 320 px screen less its margins), 96 px for the set-up icon, 704 px for a wide
 * picture shown from 768 px; `maxWidth` its widest viewBox (360 units, 640 for a wide picture).
 */
export function expectSoundSvg(markup: string, { displayWidth = 288, maxWidth = 360 } = {}): void {
	const { document, svg, width, height, labels } = readSvg(markup);
	expect(markup.startsWith('<svg ') && markup.endsWith('</svg>')).toBe(true);
	expect(document.querySelectorAll('svg')).toHaveLength(1);

	// Named by its title, every id unique and every reference resolved.
	expect(svg.getAttribute('role')).toBe('img');
	const ids = document.querySelectorAll('[id]').map((element) => element.id);
	expect(new Set(ids).size).toBe(ids.length);
	const titleId = svg.getAttribute('aria-labelledby');
	const title = document.querySelector('title');
	expect(title?.id).toBe(titleId);
	expect(svg.firstChild).toBe(title);
	expect(title?.text.trim()).not.toBe('');

	// Strict CSP and theming: no inline style, no script, colours only through the theme's classes.
	expect(document.querySelectorAll('[style], style, script, foreignObject')).toHaveLength(0);
	expect(markup).not.toMatch(/\son\w+=|var\(|#[0-9a-f]{3,6}\b|rgb|hsl/i);
	const used = document.querySelectorAll('[class]').flatMap((element) => element.getAttribute('class')!.split(' '));
	expect(used.filter((name) => !ALLOWED_CLASSES.has(name))).toEqual([]);

	// Fits a phone: no fixed pixel width beyond the icon's, text at least 12 px where it is drawn.
	expect(width).toBeGreaterThan(0);
	expect(width).toBeLessThanOrEqual(maxWidth);
	expect(svg.getAttribute('height')).toBeUndefined();
	for (const label of labels) expect(label.size * (displayWidth / width)).toBeGreaterThanOrEqual(12);

	// Lean: integers or one decimal, never long fractions.
	expect(markup).not.toMatch(/\d\.\d{2,}/);

	// Every label inside the picture and clear of every other.
	for (const label of labels) {
		expect(label.left, label.joined).toBeGreaterThanOrEqual(0);
		expect(label.right, label.joined).toBeLessThanOrEqual(width);
		expect(label.top, label.joined).toBeGreaterThanOrEqual(0);
		expect(label.bottom, label.joined).toBeLessThanOrEqual(height);
	}
	labels.forEach((a, i) =>
		labels.slice(i + 1).forEach((b) => {
			const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
			expect(apart, `"${a.joined}" overlaps "${b.joined}"`).toBe(true);
		}),
	);
}

/** Every string in `data`, however deep: the words a picture was given. */
export function wordsOf(data: unknown): string[] {
	if (typeof data === 'string') return [data];
	if (Array.isArray(data)) return data.flatMap(wordsOf);
	if (data && typeof data === 'object') return Object.values(data).flatMap(wordsOf);
	return [];
}

/** Replaces every string in `data` with a hostile one, keeping ids, so escaping can be tested. */
export function hostile<T>(data: T, keep: readonly string[] = ['id', 'setup', 'lean', 'executives']): T {
	const swap = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string') return key && keep.includes(key) ? value : `${HOSTILE} ${value}`;
		if (Array.isArray(value)) return value.map((item) => swap(item));
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v, k)]));
		}
		return value;
	};
	return swap(data) as T;
}

/** Checks that hostile words come out as text: no element injected, every word there, escaped. */
export function expectEscaped(markup: string, data: unknown): void {
	const { document, labels } = readSvg(markup);
	expect(document.querySelectorAll('script')).toHaveLength(0);
	expect(markup).not.toContain('<script');
	expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
	const shown = [document.querySelector('title')!.text, ...labels.map((label) => label.joined)].join('\n');
	for (const word of wordsOf(data).filter((word) => word.startsWith(HOSTILE))) {
		expect(shown).toContain(word);
	}
}

/** English words as the site will pass them, from the article and the guide. */
export const SAMPLE = {
	inwardOutward: {
		id: 'inward-outward',
		title: 'The CIO’s work points into the organisation, the CTO’s out to product, market and new technology.',
		inside: 'Inside the organisation',
		outside: 'Outside: customers and market',
		cio: {
			name: 'CIO',
			items: ['Aligning IT with business goals', 'IT infrastructure and budgets', 'Operational efficiency'],
		},
		cto: { name: 'CTO', items: ['Product development', 'The market and customers', 'New and emerging technology'] },
	},
	overlap: {
		id: 'overlap',
		title: 'Where the CIO and CTO roles overlap: tech strategy, budgeting and product development.',
		cio: 'CIO',
		cto: 'CTO',
		shared: 'Where the roles overlap',
		areas: ['Tech strategy', 'Budgeting', 'Product development'],
	},
	spectrum: {
		id: 'spectrum',
		title: 'From business-centric to technology-centric: the CIO near the one end, the CTO near the other.',
		from: 'Business-centric',
		to: 'Technology-centric',
		cio: 'CIO',
		cto: 'CTO',
	},
	growth: {
		id: 'growth',
		title: 'As a company grows, one executive covering both roles becomes a CIO and a CTO.',
		cio: 'CIO',
		cto: 'CTO',
		stages: [
			{ label: 'Start-up', caption: 'One executive covers both', executives: 'one' },
			{ label: 'Growing', caption: 'The roles start to separate', executives: 'separating' },
			{ label: 'Large', caption: 'A CIO and a CTO', executives: 'two' },
		],
	},
	setup: { id: 'setup', title: 'Both a CIO and a CTO', setup: 'both', cio: 'CIO', cto: 'CTO' },
} as const;
