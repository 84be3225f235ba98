/** `/robots.txt`: everything may be crawled; the sitemap's absolute URL, base path included. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo';

export const GET: APIRoute = ({ site, url }) => {
	const deployment = { site: site?.href ?? url.origin, base: import.meta.env.BASE_URL };
	const text = `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(deployment, '/sitemap-index.xml')}\n`;
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
