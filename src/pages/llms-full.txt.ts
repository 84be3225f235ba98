/** `/llms-full.txt`: the whole knowledge base as plain Markdown, generated from the collections. */
import type { APIRoute } from 'astro';
import { llmsFullText } from '../lib/llms-content';
import { absoluteUrl } from '../lib/seo';

export const GET: APIRoute = async ({ site, url }) => {
	const deployment = { site: site?.href ?? url.origin, base: import.meta.env.BASE_URL };
	const text = await llmsFullText((path) => absoluteUrl(deployment, path));
	return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
