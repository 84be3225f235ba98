/**
 * The sitemap (sitemaps.org), from the page registry: every page meant for search engines, with
 * its other languages as `hreflang` alternates (and `x-default`, the default language's version).
 */
import { escapeXml } from '../domain/search';

/** One page of the sitemap: its absolute URL and every language's version of it. */
export interface SitemapPage {
	url: string;
	/** Each language's version (this one included), by `hreflang` value; empty for a single language. */
	alternates: ReadonlyArray<{ hreflang: string; url: string }>;
}

/** A `<urlset>` of pages. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
	const multilingual = pages.some((page) => page.alternates.length > 1);
	const lines = pages.map((page) => {
		const links =
			page.alternates.length > 1
				? page.alternates.map(
						(alt) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.url)}"/>`,
					)
				: [];
		return `<url><loc>${escapeXml(page.url)}</loc>${links.join('')}</url>`;
	});
	const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${
		multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''
	}`;
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>${lines.join('')}</urlset>\n`;
}

/** A `<sitemapindex>` pointing at sitemap files by absolute URL. */
export function sitemapIndexXml(sitemaps: readonly string[]): string {
	const entries = sitemaps.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>\n`;
}
