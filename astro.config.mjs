// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { configuredBase } from './src/lib/domain/base.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/domain/i18n.ts';
import { astroRedirects, parsePermalinks } from './src/lib/domain/permalinks.ts';
import { speculationRules } from './src/lib/views/seo.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { ogImagesIntegration } from './src/integrations/og-images.ts';
import { dropPropertyFallbacks } from './src/lib/build/css-trim.ts';
import { inlineScripts } from './src/lib/build/inline-script.ts';

// Rolldown's allocator (mimalloc) keeps memory it has freed for reuse, and the bundle of every
// article is freed once written: give it back to the system at once instead. A build of 400
// articles a language peaked 11 % lower (1,245 MB rather than 1,403) and held 30 % less while the
// pages rendered (903 MB rather than 1,309). mimalloc reads the setting when it first purges,
// which is after this file runs. See docs/benchmark.md.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

/** Absolute origin for canonical and Open Graph URLs. */
const site = process.env.SITE_URL || 'https://cio-vs-cto.nxtyou.de';
/** Sub-path the site is deployed under, e.g. `/kb/`; `/` at a domain root. */
const base = configuredBase();
/** Build output folder; the sub-path e2e run builds into its own (`OUT_DIR=dist-kb`). */
const outDir = process.env.OUT_DIR || './dist';
/** Moved pages, read from the permalink registry (`old -> new` lines). */
const redirects = astroRedirects(parsePermalinks(readFileSync('./permalinks.txt', 'utf8')), base);

export default defineConfig({
	site,
	base,
	outDir,
	redirects,
	trailingSlash: 'always',
	// Pages render 16 at a time: a page mostly waits (for files, for the cache), and one at a time
	// left a core idle; 2,000 pages rendered in 6 s rather than 18 (docs/benchmark.md). The output
	// is the same, byte for byte.
	build: { format: 'directory', concurrency: 16 },
	srcDir: './src',
	publicDir: './public',
	// English at the root, every other language under /<code>/. The page registry gives each
	// language its own slugs, so pages link through it rather than through astro:i18n's helpers.
	i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
	// A second build reuses every page whose code and content did not change (src/lib/build/page-cache.ts).
	experimental: { incrementalBuild: true },
	integrations: [
		mdx(),
		// Preview images cached by what they show and drawn on every core while the pages render.
		ogImagesIntegration(),
		// Each language's not-found page at <folder>/404.html, before the steps that read dist/.
		notFoundPages(),
		pagefindIndex(),
		// Page rules (CSP, frame-ancestors, cache) into dist/_headers; keep it last so it sees the final HTML.
		hostHeaders(),
	],
	markdown: {
		// Shiki colours code with inline styles, which the strict CSP forbids; Prism uses classes.
		syntaxHighlight: 'prism',
		// `## Heading {#id}`: explicit ids keep section links the same in every language. Glossary
		// terms are linked on their first use on a page (src/integrations/glossary-links.ts).
		processor: satteri({
			features: { headingAttributes: true },
			hastPlugins: [glossaryLinks({ contentDir: (process.env.KB_CONTENT_DIR ?? './content').replace(/\/+$/, '') })],
		}),
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Search runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling it (not JS eval).
				resources: ["'self'", "'wasm-unsafe-eval'"],
				// The prefetch rules in every page's head (JSON, not script) are allowed by their hash.
				hashes: [`sha256-${createHash('sha256').update(speculationRules(base)).digest('base64')}`],
			},
		},
	},
	vite: {
		plugins: [
			tailwindcss(),
			// `?inline-script` imports: a browser module bundled into one script for a page to carry inline (the embed).
			inlineScripts(),
			{
				// Tailwind's fallback for browsers without @property, dead weight on every page (src/lib/build/css-trim.ts).
				name: 'kb-css-trim',
				apply: 'build',
				generateBundle(_, bundle) {
					for (const file of Object.values(bundle)) {
						if (file.type === 'asset' && file.fileName.endsWith('.css')) {
							file.source = dropPropertyFallbacks(String(file.source));
						}
					}
				},
			},
		],
		worker: { format: 'es' },
		build: {
			// The page behaviour every page shares (page-behaviour.ts) is a file the browser caches
			// once, not 0.9 KB brotli again in every page; other small scripts stay inline.
			assetsInlineLimit: (file) => (/BaseLayout\.astro_astro_type_script/.test(file) ? false : undefined),
			rolldownOptions: {
				// Astro marks every MDX module with a directive that rolldown warns about, once per file
				// and harmlessly (withastro/astro#18087). Only that warning is dropped.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
