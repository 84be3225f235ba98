import { describe, expect, it } from 'vitest';
import { translator } from '../domain/i18n';
import {
	absoluteUrl,
	articleNode,
	breadcrumbNode,
	deploymentOf,
	documentTitle,
	TITLE_LIMIT,
	faqNode,
	jsonLdGraph,
	ogImagePath,
	ogImageSlug,
	serializeJsonLd,
	webPageNode,
	websiteNode,
} from './seo';

const root = { site: 'https://example.org', base: '/' };
const sub = { site: 'https://example.org', base: '/kb/' };
const source = {
	title: 'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
	author: 'Marin Delija',
	publisher: 'NXT YOU',
	url: 'https://nxtyou.de/en/blog/cio-vs-cto-difference',
	language: 'en',
	copyrightYear: 2023,
};
/** The site's own credits, deliberately not the article's author. */
const credits = {
	author: { type: 'Organization', name: 'Example KB', url: 'https://kb.example/' },
	publisher: { type: 'Organization', name: 'Example Press' },
} as const;

describe('documentTitle', () => {
	it('puts the site name after the page title, and the tagline after the name on the home page', () => {
		const t = translator('en');
		expect(documentTitle('Guide', t)).toBe('Guide · CIO vs CTO');
		expect(documentTitle('CIO vs CTO', t)).toBe('CIO vs CTO: A knowledge base on the two technology executives');
	});

	it('leaves the site name out where it would push the title past what search engines show', () => {
		const t = translator('de');
		const long = 'Eine Person, ausgewogen: Klein, Dienstleistung, Innovation';
		expect(documentTitle(long, t)).toBe(long);
		expect(documentTitle('CTO: Groß, Produkt, Innovation', t)).toBe('CTO: Groß, Produkt, Innovation · CIO vs. CTO');
		expect(documentTitle('CIO vs. CTO', t).length).toBeLessThanOrEqual(TITLE_LIMIT);
	});
});

describe('deploymentOf', () => {
	const url = new URL('http://localhost:4321/guide/');

	it('uses the configured site, else the page origin, with the base', () => {
		expect(deploymentOf({ site: new URL('https://example.org/'), url }, '/kb/')).toEqual({
			site: 'https://example.org/',
			base: '/kb/',
		});
		expect(deploymentOf({ url }, '/')).toEqual({ site: 'http://localhost:4321', base: '/' });
	});
});

describe('absoluteUrl', () => {
	it('joins the origin, the base and the path', () => {
		expect(absoluteUrl(root, '/roles/cio/')).toBe('https://example.org/roles/cio/');
		expect(absoluteUrl(sub, '/roles/cio/')).toBe('https://example.org/kb/roles/cio/');
		expect(absoluteUrl(sub, '/')).toBe('https://example.org/kb/');
		expect(absoluteUrl(sub, '/og/index.png')).toBe('https://example.org/kb/og/index.png');
	});

	it('ignores a path on the origin and a trailing slash', () => {
		expect(absoluteUrl({ site: 'https://example.org/', base: 'kb' }, 'guide')).toBe('https://example.org/kb/guide/');
	});
});

describe('ogImagePath', () => {
	it('names the image after the page path', () => {
		expect(ogImagePath('/roles/cio/')).toBe('/og/roles/cio.png');
		expect(ogImagePath('/')).toBe('/og/index.png');
		expect(ogImageSlug('/404/')).toBe('404');
	});
});

describe('serializeJsonLd', () => {
	it('cannot close the script element and still parses to the same data', () => {
		const data = { text: '</script><script>alert(1)</script> & \u2028' };
		const json = serializeJsonLd(data);
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual(data);
	});
});

describe('JSON-LD nodes', () => {
	it('Article has the properties rich results require, names the site as author and publisher, and credits its source', () => {
		const node = articleNode({
			headline: 'Chief Information Officer (CIO)',
			description: 'What a CIO does.',
			url: 'https://example.org/roles/cio/',
			image: 'https://example.org/og/roles/cio.png',
			inLanguage: 'en',
			source,
			credits,
		});
		expect(node).toEqual({
			'@type': 'Article',
			headline: 'Chief Information Officer (CIO)',
			description: 'What a CIO does.',
			url: 'https://example.org/roles/cio/',
			image: 'https://example.org/og/roles/cio.png',
			mainEntityOfPage: 'https://example.org/roles/cio/',
			inLanguage: 'en',
			author: { '@type': 'Organization', name: 'Example KB', url: 'https://kb.example/' },
			publisher: { '@type': 'Organization', name: 'Example Press' },
			isBasedOn: {
				'@type': 'BlogPosting',
				url: source.url,
				headline: source.title,
				inLanguage: 'en',
				author: { '@type': 'Person', name: 'Marin Delija' },
				publisher: { '@type': 'Organization', name: 'NXT YOU', url: 'https://nxtyou.de/' },
				copyrightYear: 2023,
			},
		});
		expect((node['headline'] as string).length).toBeLessThanOrEqual(110);
	});

	it('publishes the review date on the WebPage the Article is the main entity of (lastReviewed is a WebPage property)', () => {
		const node = articleNode({
			headline: 'h',
			description: 'd',
			url: 'https://example.org/faq/',
			image: 'i',
			inLanguage: 'en',
			source,
			credits,
			lastReviewed: '2026-12-07',
		});
		expect(node['mainEntityOfPage']).toEqual({
			'@type': 'WebPage',
			'@id': 'https://example.org/faq/',
			lastReviewed: '2026-12-07',
		});
		expect(node).not.toHaveProperty('lastReviewed');
	});

	it('gives the source article no publication date: its copyright year is all it has', () => {
		const json = JSON.stringify(
			articleNode({ headline: 'h', description: 'd', url: 'u', image: 'i', inLanguage: 'en', source, credits }),
		);
		expect(json).not.toMatch(/date(Published|Created|Modified)/);
	});

	it('WebPage credits the site, and the source only when asked to', () => {
		expect(webPageNode({ name: 'Page not found', inLanguage: 'en', credits })).toEqual({
			'@type': 'WebPage',
			name: 'Page not found',
			inLanguage: 'en',
			author: { '@type': 'Organization', name: 'Example KB', url: 'https://kb.example/' },
			publisher: { '@type': 'Organization', name: 'Example Press' },
		});
		expect(
			webPageNode({ name: 'Embed', url: 'https://example.org/recommend/', inLanguage: 'en', credits, source }),
		).toMatchObject({ url: 'https://example.org/recommend/', isBasedOn: { author: { name: 'Marin Delija' } } });
	});

	it('BreadcrumbList numbers its items from 1 with name and absolute item URL', () => {
		const node = breadcrumbNode([
			{ name: 'Home', url: 'https://example.org/' },
			{ name: 'CIO', url: 'https://example.org/roles/cio/' },
		]);
		expect(node).toEqual({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
				{ '@type': 'ListItem', position: 2, name: 'CIO', item: 'https://example.org/roles/cio/' },
			],
		});
	});

	it('FAQPage holds each question with its accepted answer', () => {
		expect(faqNode([{ question: 'Why?', answer: 'Because.' }])).toEqual({
			'@type': 'FAQPage',
			mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }],
		});
	});

	it('a graph carries the schema.org context once', () => {
		const site = websiteNode({
			name: 'CIO vs CTO',
			description: 'd',
			url: 'https://example.org/',
			inLanguage: 'en',
			source,
			credits,
		});
		expect(jsonLdGraph([site])).toEqual({ '@context': 'https://schema.org', '@graph': [site] });
		expect(site).toMatchObject({
			'@type': 'WebSite',
			author: { name: 'Example KB' },
			publisher: { name: 'Example Press' },
			isBasedOn: { url: source.url },
		});
	});
});
