/** `/sitemap-0.xml`: every page meant for search engines, in every language, from the page registry. */
import type { APIRoute } from 'astro';
import { DEFAULT_LOCALE, LOCALE_SETTINGS } from '../lib/domain/i18n';
import { checkedPages } from '../lib/build/routes';
import { absoluteUrl } from '../lib/views/seo';
import { sitemapXml } from '../lib/build/sitemap';

export const GET: APIRoute = async ({ locals }) => {
	const absolute = (path: string) => absoluteUrl(locals.deployment, path);
	const pages = (await checkedPages()).filter((page) => page.entry.sitemap);
	const xml = sitemapXml(
		pages.map((page) => ({
			url: absolute(page.path),
			// Only a page that exists in more than one language has alternates.
			alternates:
				page.alternates.length < 2
					? []
					: [
							...page.alternates.map((alt) => ({
								hreflang: LOCALE_SETTINGS[alt.locale].lang,
								url: absolute(alt.path),
							})),
							...page.alternates
								.filter((alt) => alt.locale === DEFAULT_LOCALE)
								.map((alt) => ({ hreflang: 'x-default', url: absolute(alt.path) })),
						],
		})),
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
