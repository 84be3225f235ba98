/** `/llms.txt` (llmstxt.org), one per language: the pages with one-line summaries, for language models. */
import type { APIRoute } from 'astro';
import { llmsIndexText } from '../../lib/views/llms-content';
import { localeFilePaths } from '../../lib/build/routes';

export const getStaticPaths = localeFilePaths;

export const GET: APIRoute = async ({ locals }) =>
	new Response(await llmsIndexText(locals), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
