// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';

/** Absolute origin for canonical and Open Graph URLs. */
const site = process.env.SITE_URL || 'https://cio-vs-cto.nxtyou.de';
/** Sub-path the site is deployed under, e.g. `/kb/`; `/` at a domain root. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	srcDir: './src',
	publicDir: './public',
	integrations: [mdx(), pagefindIndex()],
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
			// Search runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling it (not JS eval).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	vite: {
		plugins: [tailwindcss()],
		worker: { format: 'es' },
	},
});
