// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import securityHeaders from './src/integrations/security-headers.ts';

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
	// securityHeaders: the pages' CSP (plus frame-ancestors) into dist/_headers; keep it last.
	integrations: [mdx(), securityHeaders()],
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
		},
	},
	vite: {
		plugins: [tailwindcss()],
	},
});
