/** Every page as Markdown, beside its HTML: `/roles/cio/index.md` (see `pageMarkdown`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SitePage } from '../../lib/content/pages';
import { checkedPages } from '../../lib/build/routes';
import { pageMarkdown } from '../../lib/views/llms-content';
import { markdownPath } from '../../lib/views/seo';

export const getStaticPaths = (async () =>
	(await checkedPages())
		.filter((page) => markdownPath(page))
		.map((page) => ({
			params: { path: page.path.replace(/^\/|\/$/g, '') || undefined },
			props: { page },
		}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SitePage }> = async ({ locals, props }) => {
	const markdown = await pageMarkdown(locals, props.page);
	if (markdown === undefined) throw new Error(`Page "${props.page.id}" has no Markdown version.`);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
