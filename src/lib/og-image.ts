/**
 * The layout of a page's Open Graph image (1200×630): site name, the page's kind, its title and
 * the credit, as a satori element tree. Pure data, so the layout is unit-tested; rendering to PNG
 * happens in `og-render.ts`.
 */
/** What one image shows. */
export interface OgCard {
	/** The page's title, the largest text. */
	title: string;
	/** What sort of page it is, e.g. "Role". */
	kind: string;
	/** The site's name, top left. */
	siteName: string;
	/** The credit line at the bottom. */
	credit: string;
}

/** An element as satori reads it (the shape JSX would produce). */
export interface OgNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: string | OgNode[] };
}

/** The dark theme's colours, so the image matches the site. */
export const OG_COLORS = {
	background: '#111318',
	surface: '#1c1f26',
	text: '#e8eaee',
	muted: '#aeb5c1',
	accent: '#8ab4ff',
	cio: '#6fd6b4',
	cto: '#d2a8ff',
} as const;

/** Title size in pixels: smaller for longer titles so every title fits in three lines. */
export function titleFontSize(title: string): number {
	if (title.length <= 24) return 88;
	if (title.length <= 40) return 72;
	if (title.length <= 64) return 60;
	return 48;
}

const box = (style: Record<string, string | number>, children: string | OgNode[]): OgNode => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

/** The element tree of one image. */
export function ogImageTree(card: OgCard): OgNode {
	return box(
		{
			// The image's size is set when rendering; the card fills it, padding included.
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			backgroundColor: OG_COLORS.background,
			color: OG_COLORS.text,
			fontFamily: 'Inter',
			borderTop: `16px solid ${OG_COLORS.accent}`,
		},
		[
			box({ alignItems: 'center', fontSize: 36, fontWeight: 700 }, [
				box({ color: OG_COLORS.cio }, 'CIO'),
				box({ color: OG_COLORS.muted, margin: '0 14px' }, 'vs'),
				box({ color: OG_COLORS.cto }, 'CTO'),
				box({ color: OG_COLORS.muted, marginLeft: 24, fontWeight: 400, fontSize: 28 }, card.siteName),
			]),
			box({ flexDirection: 'column' }, [
				box(
					{ color: OG_COLORS.accent, fontSize: 32, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 },
					card.kind,
				),
				box({ marginTop: 16, fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.1 }, card.title),
			]),
			box({ color: OG_COLORS.muted, fontSize: 26 }, card.credit),
		],
	);
}
