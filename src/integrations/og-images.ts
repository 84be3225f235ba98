/**
 * Preview images on every core, kept between builds (src/lib/build/og-images.ts does the work):
 *
 * - starts the image pool for `astro build` and `astro dev`, with its cache in `og-images/` of
 *   Astro's cache folder, and registers it for the image route;
 * - has Astro write the images after the pages: the route queues every missing image when it
 *   lists its paths, the worker threads draw them while the main thread renders the pages, and the
 *   images are mostly on disk by the time their turn comes (Astro would otherwise write them
 *   first, the main thread waiting on each);
 * - after the build, stops the threads, removes cached images the build did not use and says how
 *   many images were drawn and how many came from the cache.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OgImages, registerOgImages, type OgImageStats } from '../lib/build/og-images';
import { ogFontFiles, ogRendererFingerprint } from '../lib/build/og-render';

/** The image route's file, as Astro names a route's component. */
const IMAGE_ROUTE = 'src/pages/og/[...slug].png.ts';

/** The preview-image integration. `threads`: how many to draw in (the machine's available parallelism). */
export function ogImagesIntegration({ threads = availableParallelism() }: { threads?: number } = {}): AstroIntegration {
	let root = process.cwd();
	let folder = '';
	let images: OgImages | undefined;

	async function start(ahead: boolean) {
		const fonts = ogFontFiles(root);
		images = new OgImages({ folder, fonts, fingerprint: await ogRendererFingerprint(fonts, root), ahead, threads });
		registerOgImages(images);
	}

	async function stop(prune: boolean): Promise<OgImageStats | undefined> {
		const running = images;
		images = undefined;
		registerOgImages(undefined);
		return running?.close({ prune });
	}

	return {
		name: 'kb-og-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				folder = fileURLToPath(new URL('og-images/', config.cacheDir));
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				await start(true);
				setPrerenderer((base) => ({
					...base,
					name: 'kb-og-images-last',
					async getStaticPaths() {
						const paths = await base.getStaticPaths();
						const isImage = (path: (typeof paths)[number]) => path.route.component === IMAGE_ROUTE;
						return [...paths.filter((path) => !isImage(path)), ...paths.filter(isImage)];
					},
				}));
			},
			'astro:build:done': async ({ logger }) => {
				const stats = await stop(true);
				if (stats) {
					const drawn =
						stats.drawn === 0
							? 'all from the cache'
							: `${stats.drawn} drawn in ${stats.threads} thread${stats.threads === 1 ? '' : 's'}, ${stats.cached} from the cache`;
					const removed = stats.removed ? `; ${stats.removed} no longer used removed from the cache` : '';
					logger.info(`${stats.images} preview images: ${drawn}${removed}`);
				}
			},
			'astro:server:setup': async () => {
				await start(false);
			},
			'astro:server:done': async () => {
				await stop(false);
			},
		},
	};
}
