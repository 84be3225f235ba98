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
	/** A role's page wears its role's colour; every other page the accent. */
	tone?: 'cio' | 'cto' | undefined;
}

/**
 * An element as satori reads it (the shape JSX would produce). A card marks the one part that
 * differs from card to card with `key: 'band'`; the rest of it, the frame, is drawn once for all
 * cards that share it (src/lib/build/og-raster.ts).
 */
export interface OgNode {
	type: 'div';
	key?: 'band' | undefined;
	props: { style: Record<string, string | number>; children?: string | OgNode[] };
}

/** The colours of an image: the dark theme's tokens (src/styles/tokens.css), so it matches the site. */
export interface OgPalette {
	bg: string;
	text: string;
	muted: string;
	accent: string;
	cio: string;
	cto: string;
}

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
export function ogImageTree(card: OgCard, colors: OgPalette): OgNode {
	const tone = colors[card.tone ?? 'accent'];
	return box(
		{
			// The image's size is set when rendering; the card fills it.
			width: '100%',
			height: '100%',
			flexDirection: 'column',
			backgroundColor: colors.bg,
			color: colors.text,
			fontFamily: 'Inter',
		},
		[
			// The bar on top is a box rather than a border: a border costs satori and resvg clip
			// layers over the whole image; the box draws the same pixels for a quarter less time.
			box({ height: 16, width: '100%', backgroundColor: tone }, []),
			box(
				{
					flexGrow: 1,
					boxSizing: 'border-box',
					flexDirection: 'column',
					justifyContent: 'space-between',
					padding: '64px 72px',
				},
				[
					box({ alignItems: 'center', fontSize: 36, fontWeight: 700 }, [
						box({ color: colors.cio }, 'CIO'),
						box({ color: colors.muted, margin: '0 14px' }, 'vs'),
						box({ color: colors.cto }, 'CTO'),
						box({ color: colors.muted, marginLeft: 24, fontWeight: 400, fontSize: 28 }, card.siteName),
					]),
					{
						...box({ flexDirection: 'column' }, [
							box(
								{ color: tone, fontSize: 32, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 },
								card.kind,
							),
							box({ marginTop: 16, fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.1 }, card.title),
						]),
						key: 'band',
					},
					box({ color: colors.muted, fontSize: 26 }, card.credit),
				],
			),
		],
	);
}
