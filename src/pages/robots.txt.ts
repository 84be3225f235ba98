/** `/robots.txt`: everything may be crawled; the sitemap's absolute URL, base path included. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/views/seo';

export const GET: APIRoute = ({ locals }) => {
	const text = `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(locals.deployment, '/sitemap-index.xml')}\n`;
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
