/**
 * Writes the path rules of the host headers file (`dist/_headers`), base path applied: each page's
 * Content-Security-Policy, the same as its meta element plus `frame-ancestors` (which only works
 * as a header), and the cache rules for the assets, the pages and the files that change with every
 * build.
 * Astro hashes each page's inline scripts and styles at build time, so the rules can only be made
 * after the build, from `dist/` itself: a new page or language is covered the moment it is built.
 *
 * Inline scripts that Astro does not hash (`is:inline`, which runs before the meta element) get
 * their hash added to the header policy; the meta policy cannot reach them anyway. Astro's meta
 * policy lists the hashes of every inline script of the site; each page keeps only its own.
 *
 * `public/_headers` holds the rules for every path; the generated ones replace its marker line
 * (`# kb:page-rules`) or are appended when the marker is missing.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase, normalizeBase } from '../lib/domain/base';
import { inlineBlocks, isRedirectStub, readBuiltPage } from '../lib/build/built-html';
import {
	assetCacheRules,
	cspHeaderRules,
	fileCacheRules,
	onlyHashesOf,
	withHashes,
	type PagePolicy,
} from '../lib/build/headers';

/** The marker line in `public/_headers` that the generated rules replace. */
export const MARKER = '# kb:page-rules';

/** Top-level files that get no rule of their own here (the icon is an asset; see assetCacheRules). */
const HAND_WRITTEN = new Set(['_headers', 'favicon.svg']);

export default function hostHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = await readdir(root, { withFileTypes: true, recursive: true });
				const htmlFiles = entries
					.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
					.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
					.sort();
				const pages: PagePolicy[] = [];
				// Other sites may frame the embed pages (`<main data-template="embed">`), in every language.
				const framable: string[] = [];
				// Astro's redirect stubs for moved pages (a meta refresh, no script, no style) carry no
				// policy of their own: they get the site's, without any page's hashes.
				const stubs: string[] = [];
				for (const file of htmlFiles) {
					const html = await readFile(join(root, file), 'utf8');
					let page = readBuiltPage(html);
					if (page.csp === undefined) {
						if (isRedirectStub(page)) stubs.push(joinBase(base, file.replace(/(^|\/)index\.html$/, '$1')));
						continue;
					}
					let policy = page.csp;
					const hash = (body: string) => createHash('sha256').update(body).digest('base64');
					// The meta policy keeps only the hashes of this page's own inline scripts and styles.
					const own = onlyHashesOf(
						policy,
						page.scripts.filter((script) => !script.src).map((script) => hash(script.body)),
						page.styles.map(hash),
					);
					if (own !== policy) {
						const meta = `content="${policy}"`;
						if (!html.includes(meta)) throw new Error(`${file}: its CSP meta element is not where it was read.`);
						const trimmed = html.replace(meta, `content="${own}"`);
						await writeFile(join(root, file), trimmed);
						page = readBuiltPage(trimmed);
						policy = own;
					}
					const { scripts, styles } = inlineBlocks(page);
					const path = joinBase(base, file.replace(/(^|\/)index\.html$/, '$1'));
					pages.push({ path, policy: withHashes(policy, scripts.map(hash), styles.map(hash)) });
					if (page.root.querySelector('main')?.getAttribute('data-template') === 'embed') framable.push(path);
				}
				const sitePolicy = pages[0] && onlyHashesOf(pages[0].policy, [], []);
				if (sitePolicy) pages.push(...stubs.map((path) => ({ path, policy: sitePolicy })));
				const files = (await readdir(root, { withFileTypes: true }))
					.filter((entry) => entry.isFile())
					.map((entry) => entry.name)
					.filter((name) => !name.endsWith('.html') && !HAND_WRITTEN.has(name))
					.map((name) => joinBase(base, name));
				const rules = [assetCacheRules(base), cspHeaderRules(pages, base, framable), fileCacheRules(files)].join('\n');
				const target = join(root, '_headers');
				const existing = await readFile(target, 'utf8').catch(() => '');
				const block = `# Generated at build time from dist/ (src/integrations/host-headers.ts).\n${rules}\n`;
				const text = existing.includes(MARKER) ? existing.replace(MARKER, block.trimEnd()) : `${existing}\n${block}`;
				await writeFile(target, text);
				logger.info(`header rules for ${pages.length} pages and ${files.length} files written to _headers`);
			},
		},
	};
}
