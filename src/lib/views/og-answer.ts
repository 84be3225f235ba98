/**
 * The preview image of an answer page (1200×630): the answer itself in the role's colour, so a
 * shared answer shows the answer in chat apps and on social sites, with the three answers that
 * led to it. A satori element tree, pure data like `og-image.ts`, whose colours it shares.
 */
import { titleFontSize, type OgNode, type OgPalette } from './og-image';

/** What an answer's image shows. */
export interface OgAnswer {
	/** The answer, e.g. "Both a CIO and a CTO." */
	headline: string;
	/** Which colour the answer takes: a role's, or both. */
	tone: 'cio' | 'cto' | 'both' | 'balanced';
	/** The reader's answers, in question order ("Large", "Service-based", "Both equally"). */
	answers: readonly string[];
	/** What sort of page it is, e.g. "Recommender". */
	kind: string;
	/** The site's name, top left. */
	siteName: string;
	/** The credit line at the bottom. */
	credit: string;
}

const box = (style: Record<string, string | number>, children: string | OgNode[]): OgNode => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

/** The two colours of the bar on top: one role's twice, or one of each. */
function barColours(tone: OgAnswer['tone'], colors: OgPalette): [string, string] {
	if (tone === 'cio') return [colors.cio, colors.cio];
	if (tone === 'cto') return [colors.cto, colors.cto];
	return [colors.cio, colors.cto];
}

/** The element tree of an answer's image, in the palette of the site's dark theme. */
export function ogAnswerTree(card: OgAnswer, colors: OgPalette): OgNode {
	const [left, right] = barColours(card.tone, colors);
	const colour = card.tone === 'cio' ? colors.cio : card.tone === 'cto' ? colors.cto : colors.text;
	return box(
		{
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			flexDirection: 'column',
			backgroundColor: colors.bg,
			color: colors.text,
			fontFamily: 'Inter',
		},
		[
			box({ height: 16, width: '100%' }, [
				box({ flexGrow: 1, backgroundColor: left }, []),
				box({ flexGrow: 1, backgroundColor: right }, []),
			]),
			box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px' }, [
				box({ alignItems: 'center', fontSize: 36, fontWeight: 700 }, [
					box({ color: colors.cio }, 'CIO'),
					box({ color: colors.muted, margin: '0 14px' }, 'vs'),
					box({ color: colors.cto }, 'CTO'),
					box({ color: colors.muted, marginLeft: 24, fontWeight: 400, fontSize: 28 }, card.siteName),
				]),
				box({ flexDirection: 'column' }, [
					box(
						{ color: colors.accent, fontSize: 30, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 },
						card.kind,
					),
					box(
						{ marginTop: 12, fontSize: titleFontSize(card.headline), fontWeight: 700, lineHeight: 1.1, color: colour },
						card.headline,
					),
					box(
						{ marginTop: 28, flexWrap: 'wrap' },
						card.answers.map((answer) =>
							box(
								{
									marginRight: 16,
									marginTop: 8,
									padding: '8px 20px',
									borderRadius: 999,
									backgroundColor: colors.bg,
									border: `2px solid ${colors.muted}`,
									fontSize: 30,
								},
								answer,
							),
						),
					),
				]),
				box({ color: colors.muted, fontSize: 26 }, card.credit),
			]),
		],
	);
}
