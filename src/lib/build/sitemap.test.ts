import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, sitemapXml } from './sitemap';

describe('sitemapXml', () => {
	it('lists each page once, without alternates when a page has one language', () => {
		const xml = sitemapXml([{ url: 'https://example.org/', alternates: [] }]);
		expect(xml).toContain('<url><loc>https://example.org/</loc></url>');
		expect(xml).not.toContain('xhtml');
	});

	it('lists every language of a page, escaped', () => {
		const xml = sitemapXml([
			{
				url: 'https://example.org/a/?x=1&y=2',
				alternates: [
					{ hreflang: 'en', url: 'https://example.org/a/' },
					{ hreflang: 'de', url: 'https://example.org/de/a/' },
					{ hreflang: 'x-default', url: 'https://example.org/a/' },
				],
			},
		]);
		expect(xml).toContain('<loc>https://example.org/a/?x=1&#38;y=2</loc>');
		expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/a/"/>');
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
	});
});

describe('sitemapIndexXml', () => {
	it('points at each sitemap', () => {
		expect(sitemapIndexXml(['https://example.org/sitemap-0.xml'])).toContain(
			'<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap>',
		);
	});
});
