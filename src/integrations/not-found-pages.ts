/**
 * Puts each language's not-found page where static hosts look for one: `<folder>/404.html`.
 * Astro writes only `/404/` as `404.html`; the registry's other not-found pages (`/de/404/`) come
 * out as `de/404/index.html`, which this moves to `de/404.html`. Cloudflare Pages then answers a
 * missing address with the nearest `404.html` up its folders, so a German reader who mistypes a
 * `/de/` address gets the German page; Netlify and nginx need a rule (docs/deploying.md).
 *
 * Runs first of the build steps that read `dist/` (Pagefind, the host headers), so they see the
 * page at its final address.
 */
import { readFile, readdir, rename, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNotFoundPage, notFoundFile } from '../lib/build/not-found';

export function notFoundPages(): AstroIntegration {
	return {
		name: 'kb-not-found-pages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = await readdir(root, { withFileTypes: true, recursive: true });
				const moved: string[] = [];
				for (const entry of entries) {
					if (!entry.isFile() || entry.name !== 'index.html') continue;
					const file = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
					const target = notFoundFile(file);
					if (!target || !isNotFoundPage(await readFile(join(root, file), 'utf8'))) continue;
					await rename(join(root, file), join(root, target));
					// The page's folder held nothing else; a host must not find it as a page either.
					await rmdir(dirname(join(root, file)));
					moved.push(target);
				}
				if (moved.length > 0) logger.info(`not-found pages at ${moved.join(', ')}`);
			},
		},
	};
}
