/** `/llms.txt` (llmstxt.org): the pages with one-line summaries, for language models. */
import type { APIRoute } from 'astro';
import { llmsIndex } from '../lib/llms';
import { creditMarkdown } from '../lib/llms-content';
import { absoluteUrl } from '../lib/seo';
import { getSitePages } from '../lib/site-pages';
import { t } from '../lib/ui-strings';

export const GET: APIRoute = async ({ site, url }) => {
	const deployment = { site: site?.href ?? url.origin, base: import.meta.env.BASE_URL };
	const link = (path: string) => absoluteUrl(deployment, path);
	const [home, ...pages] = (await getSitePages()).filter((page) => page.kind !== 'not-found');
	const text = llmsIndex({
		title: t('site.name'),
		summary: home?.description ?? t('site.tagline'),
		details: `${t('footer.basedOn')} ${creditMarkdown()}. ${t('llms.details')}`,
		pages: [...(home ? [home] : []), ...pages].map((page) => ({
			title: page.title,
			url: link(page.path),
			description: page.description,
		})),
		full: {
			title: t('llms.fullTitle'),
			url: link('/llms-full.txt'),
			description: t('llms.fullDescription'),
		},
	});
	return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
