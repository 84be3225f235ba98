import { expect, test, type Page } from '@playwright/test';
import { sitemapPages } from './published';
import { PAGES } from './site';

interface Head {
	title: string;
	description: string | null;
	canonical: string | null;
	robots: string | null;
	meta: Record<string, string>;
	jsonLd: unknown[];
}

async function readHead(page: Page): Promise<Head> {
	return page.evaluate(() => {
		const content = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
		const meta: Record<string, string> = {};
		for (const element of document.querySelectorAll('meta[property], meta[name^="twitter:"]')) {
			meta[element.getAttribute('property') ?? element.getAttribute('name')!] = element.getAttribute('content') ?? '';
		}
		return {
			title: document.title,
			description: content('meta[name="description"]'),
			canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
			robots: content('meta[name="robots"]'),
			meta,
			jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
				JSON.parse(script.textContent ?? ''),
			),
		};
	});
}

/** The schema.org nodes of a page's JSON-LD, whether in a @graph or not. */
function nodes(jsonLd: unknown[]): Array<Record<string, unknown>> {
	return jsonLd.flatMap((doc) => {
		const record = doc as Record<string, unknown>;
		expect(record['@context']).toBe('https://schema.org');
		return (Array.isArray(record['@graph']) ? record['@graph'] : [record]) as Array<Record<string, unknown>>;
	});
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page in the sitemap has its own title, description, canonical URL, preview tags and image', async ({
	page,
	request,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const pages = await sitemapPages(request, baseURL!);
	for (const { path } of PAGES) expect(pages.map((entry) => entry.path)).toContain(path);
	const titles = new Set<string>();
	const descriptions = new Set<string>();
	const images = new Set<string>();
	for (const { canonical, path } of pages) {
		await page.goto(path);
		const head = await readHead(page);
		const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
		expect(head.title, path).toContain(h1);
		expect(head.description?.length ?? 0, `${path} description`).toBeGreaterThanOrEqual(50);
		titles.add(head.title);
		descriptions.add(head.description!);
		expect(head.canonical, path).toBe(canonical);
		expect(head.robots, path).toBeNull();
		expect(head.meta).toMatchObject({
			'og:title': head.title,
			'og:description': head.description,
			'og:url': canonical,
			'og:type': path === './' ? 'website' : 'article',
			'og:image:width': '1200',
			'og:image:height': '630',
			'twitter:card': 'summary_large_image',
			'twitter:image': head.meta['og:image'],
		});
		// The image URL is absolute on the canonical origin; fetch the same path from the test server.
		const image = new URL(head.meta['og:image']!);
		expect(image.origin).toBe(new URL(canonical).origin);
		images.add(image.pathname);
		const response = await request.get(new URL(image.pathname, baseURL).href);
		expect(response.status(), image.pathname).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		expect(pngSize(await response.body()), image.pathname).toEqual({ width: 1200, height: 630 });
	}
	expect(titles.size, 'titles are unique').toBe(pages.length);
	expect(descriptions.size, 'descriptions are unique').toBe(pages.length);
	expect(images.size, 'each page has its own image').toBe(pages.length);
});

test('the not-found page is kept out of search engines and the sitemap', async ({ page, request, baseURL }) => {
	await page.goto('no/such/page/');
	const head = await readHead(page);
	expect(head.robots).toBe('noindex');
	expect(head.canonical).toBeNull();
	const paths = (await sitemapPages(request, baseURL!)).map((entry) => entry.path);
	expect(paths.some((path) => path.includes('404'))).toBe(false);
});

test('the embed page sends search engines to /recommend/ and stays out of the sitemap', async ({
	page,
	request,
	baseURL,
}) => {
	await page.goto('recommend/');
	const full = await readHead(page);
	await page.goto('embed/recommender/');
	const embed = await readHead(page);
	expect(full.canonical).toMatch(/\/recommend\/$/);
	expect(embed.canonical).toBe(full.canonical);
	expect(embed.robots).toBeNull();
	const paths = (await sitemapPages(request, baseURL!)).map((entry) => entry.path);
	expect(paths.some((path) => path.includes('embed'))).toBe(false);
});

test('content pages carry Article data crediting Marin Delija and NXT YOU, and breadcrumbs as shown', async ({
	page,
}) => {
	test.setTimeout(120_000);
	for (const { path, heading } of PAGES) {
		await page.goto(path);
		const graph = nodes((await readHead(page)).jsonLd);
		const article = graph.find((node) => node['@type'] === 'Article');
		expect(article, path).toMatchObject({
			headline: heading,
			author: { '@type': 'Person', name: 'Marin Delija' },
			publisher: { '@type': 'Organization', name: 'NXT YOU' },
			isBasedOn: { url: 'https://nxtyou.de/en/blog/cio-vs-cto-difference' },
		});
		expect(article!['image']).toBe((await readHead(page)).meta['og:image']);

		const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
		const breadcrumbList = graph.find((node) => node['@type'] === 'BreadcrumbList');
		if ((await crumbs.count()) === 0) {
			expect(breadcrumbList, `${path} has no visible breadcrumbs, so no BreadcrumbList`).toBeUndefined();
			continue;
		}
		const visible = (await crumbs.getByRole('listitem').allTextContents()).map((text) => text.replace('/', '').trim());
		const items = breadcrumbList!['itemListElement'] as Array<Record<string, unknown>>;
		expect(items.map((item) => item['name'])).toEqual(visible);
		expect(items.map((item) => item['position'])).toEqual(visible.map((_, index) => index + 1));
		const hrefs = await crumbs
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(items.slice(0, -1).map((item) => new URL(item['item'] as string).pathname)).toEqual(hrefs);
		expect(items.at(-1)!['item']).toBe((await readHead(page)).canonical);
	}
});

test('the home page FAQ data holds exactly the questions and answers the page shows', async ({ page }) => {
	await page.goto('./');
	const graph = nodes((await readHead(page)).jsonLd);
	const faq = graph.find((node) => node['@type'] === 'FAQPage');
	const section = page.locator('dl').filter({ has: page.getByText('What does each role do?') });
	const questions = (await section.locator('dt').allTextContents()).map((text) => text.trim());
	const answers = (await section.locator('dd > p:first-child').allTextContents()).map((text) => text.trim());
	expect(questions.length).toBeGreaterThanOrEqual(3);
	expect(faq!['mainEntity']).toEqual(
		questions.map((question, index) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answers[index] },
		})),
	);
	// Only the home page is a set of questions and answers.
	await page.goto('roles/cio/');
	expect(nodes((await readHead(page)).jsonLd).map((node) => node['@type'])).not.toContain('FAQPage');
});

test('robots.txt points at the sitemap under the deployment base', async ({ request, baseURL }) => {
	const response = await request.get(new URL('robots.txt', baseURL).href);
	expect(response.status()).toBe(200);
	const sitemap = /^Sitemap: (\S+)$/m.exec(await response.text())?.[1];
	expect(sitemap).toBeDefined();
	expect(new URL(sitemap!).pathname).toBe(`${new URL(baseURL!).pathname}sitemap-index.xml`);
	expect((await request.get(new URL('sitemap-index.xml', baseURL).href)).status()).toBe(200);
});

test('llms.txt lists every page with a summary, and llms-full.txt holds the whole content', async ({
	request,
	baseURL,
}) => {
	const index = await (await request.get(new URL('llms.txt', baseURL).href)).text();
	expect(index).toMatch(/^# CIO vs CTO\n\n> /);
	const pages = await sitemapPages(request, baseURL!);
	for (const { canonical } of pages) expect(index).toMatch(new RegExp(`\\]\\(${canonical}\\): .{30,}`));

	const full = await (await request.get(new URL('llms-full.txt', baseURL).href)).text();
	expect(full).not.toMatch(/<[A-Z][A-Za-z]*\s*\/>/);
	for (const text of [
		// prose, the responsibilities, the comparison table, the guide factors and the questions
		'In the rapidly evolving tech landscape',
		'### Managing IT Infrastructure and Budgets',
		'| Focus | Business-centric | Technology-centric |',
		'**Start-up or small company**',
		'**What does each role do?**',
		'Marin Delija',
	]) {
		expect(full, text).toContain(text);
	}
});
