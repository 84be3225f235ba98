/**
 * Each page's Open Graph image (1200×630 PNG), drawn at build time from its title and kind, or its
 * answer. The images are cached by what they show and drawn in worker threads while the pages
 * render (src/lib/build/og-images.ts, src/integrations/og-images.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkedPages } from '../../lib/build/routes';
import { ogImages } from '../../lib/build/og-images';
import { ogPalette } from '../../lib/build/og-render';
import type { OgNode } from '../../lib/views/og-image';
import { pageImageTree } from '../../lib/views/og-page';
import { ogImagePath, ogImageSlug } from '../../lib/views/seo';

export const getStaticPaths = (async () => {
	// Every page a reader can share; the embed page shares the recommender's address instead.
	const pages = (await checkedPages()).filter((page) => page.entry.template !== 'embed');
	const colors = await ogPalette();
	const paths = await Promise.all(
		pages.map(async (page) => ({
			params: { slug: ogImageSlug(page.path) },
			props: { tree: await pageImageTree(page, colors) },
		})),
	);
	// In a build, the images not in the cache start drawing now, while the pages render, and the
	// integration writes them out (src/integrations/og-images.ts).
	await ogImages().prepare(
		pages.map((page, index) => ({ path: ogImagePath(page.path), tree: paths[index]!.props.tree })),
	);
	return paths;
}) satisfies GetStaticPaths;

type Props = { tree: OgNode };

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await ogImages().png(props.tree), { headers: { 'Content-Type': 'image/png' } });
