/** `/llms-full.txt`, one per language: the whole knowledge base as plain Markdown, generated from the collections. */
import type { APIRoute } from 'astro';
import { llmsFullText } from '../../lib/views/llms-content';
import { localeFilePaths } from '../../lib/build/routes';

export const getStaticPaths = localeFilePaths;

export const GET: APIRoute = async ({ locals }) =>
	new Response(await llmsFullText(locals), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
