import { describe, expect, it } from 'vitest';
import { ogAnswerTree } from './og-answer';
import type { OgNode, OgPalette } from './og-image';
import { renderOgPng } from '../build/og-render';

const card = {
	headline: 'Both a CIO and a CTO.',
	tone: 'both' as 'cio' | 'cto' | 'both' | 'balanced',
	answers: ['Large', 'Service-based', 'Both equally'],
	kind: 'Recommender',
	siteName: 'Knowledge base',
	credit: 'By Marin',
};

const colors: OgPalette = {
	bg: '#000001',
	text: '#000002',
	muted: '#000003',
	accent: '#000004',
	cio: '#000005',
	cto: '#000006',
};

function texts(node: OgNode): string[] {
	const { children } = node.props;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap(texts);
}

function backgrounds(node: OgNode): string[] {
	const { children, style } = node.props;
	const own = typeof style['backgroundColor'] === 'string' ? [style['backgroundColor']] : [];
	return [...own, ...(typeof children === 'string' ? [] : (children ?? []).flatMap(backgrounds))];
}

describe('ogAnswerTree', () => {
	it('shows the site, the kind, the answer, the three answers that led to it and the credit, in that order', () => {
		expect(texts(ogAnswerTree(card, colors))).toEqual([
			'CIO',
			'vs',
			'CTO',
			'Knowledge base',
			'Recommender',
			'Both a CIO and a CTO.',
			'Large',
			'Service-based',
			'Both equally',
			'By Marin',
		]);
	});

	it('takes the role’s colour: one role twice on the bar, both roles one each', () => {
		const bar = (tone: typeof card.tone) => backgrounds(ogAnswerTree({ ...card, tone }, colors)).slice(1, 3);
		expect(bar('cio')).toEqual([colors.cio, colors.cio]);
		expect(bar('cto')).toEqual([colors.cto, colors.cto]);
		expect(bar('both')).toEqual([colors.cio, colors.cto]);
	});

	it('renders to a 1200×630 PNG', async () => {
		const png = await renderOgPng(
			ogAnswerTree(
				{
					...card,
					tone: 'cto',
					headline: 'One executive covering both roles, leaning towards the CTO side.',
				},
				colors,
			),
		);
		const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
		expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({ width: 1200, height: 630 });
	});
});
