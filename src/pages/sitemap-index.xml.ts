/** `/sitemap-index.xml`: where the sitemap is (a public address; see permalinks.txt). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/views/seo';
import { sitemapIndexXml } from '../lib/build/sitemap';

export const GET: APIRoute = ({ locals }) =>
	new Response(sitemapIndexXml([absoluteUrl(locals.deployment, '/sitemap-0.xml')]), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
