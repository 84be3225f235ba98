/**
 * Preview images on every core, kept between builds (src/lib/build/og-images.ts does the work):
 *
 * - starts the image pool for `astro build` and `astro dev`, with its cache in `og-images/` of
 *   Astro's cache folder, and registers it for the image route;
 * - writes the images itself rather than as Astro's pages: the route lists every image when it
 *   lists its paths, and the missing ones are drawn in one process fewer than there are cores
 *   while the pages render and the steps after them run; drawing pauses while Pagefind's
 *   processes index (src/integrations/pagefind.ts), so their memory never adds up, and the last
 *   step of the build (`kb-og-images-written`, added after every other integration) draws what
 *   is left on every core;
 * - each image is copied into the build folder as it is done; at the end the processes stop,
 *   cached images the build did not use are removed and the build says how many images were
 *   drawn and how many came from the cache.
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
	let outDir = '';
	let images: OgImages | undefined;

	async function start() {
		const fonts = ogFontFiles(root);
		images = new OgImages({ folder, fonts, fingerprint: await ogRendererFingerprint(fonts, root), threads });
		registerOgImages(images);
	}

	async function stop(prune: boolean): Promise<OgImageStats | undefined> {
		const running = images;
		images = undefined;
		registerOgImages(undefined);
		return running?.close({ prune });
	}

	/** The last step of a build: every image written, the drawing processes stopped, the cache pruned. */
	const written: AstroIntegration = {
		name: 'kb-og-images-written',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				try {
					await images?.drawIn(threads);
					await images?.written();
				} catch (error) {
					await stop(false);
					throw error;
				}
				const stats = await stop(true);
				if (stats) {
					const drawn =
						stats.drawn === 0
							? 'all from the cache'
							: `${stats.drawn} drawn in ${stats.threads} process${stats.threads === 1 ? '' : 'es'}, ${stats.cached} from the cache`;
					const removed = stats.removed ? `; ${stats.removed} no longer used removed from the cache` : '';
					logger.info(`${stats.images} preview images: ${drawn}${removed}`);
				}
			},
		},
	};

	return {
		name: 'kb-og-images',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations: [written] });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				folder = fileURLToPath(new URL('og-images/', config.cacheDir));
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				await start();
				setPrerenderer((base) => ({
					...base,
					name: 'kb-og-images-apart',
					async getStaticPaths() {
						// The image route lists its images: they are drawn and written apart from Astro's
						// pages, in one process fewer than there are cores while the pages render and the
						// steps after them run (the build's own work has the last core, and one process's
						// memory less adds to the build's), and on every core in the last step.
						const paths = await base.getStaticPaths();
						await images?.drawIn(Math.max(1, threads - 1));
						images?.writeOut(outDir);
						return paths.filter((path) => path.route.component !== IMAGE_ROUTE);
					},
				}));
			},
			'astro:server:setup': async () => {
				await start();
			},
			'astro:server:done': async () => {
				await stop(false);
			},
		},
	};
}
