import { expect, test } from '@playwright/test';
import { PAGES } from './site';

/**
 * Crawls the site from its pages and checks every internal link and every #anchor: the target
 * page answers 200 and holds an element with that id.
 */
test('every internal link and anchor on every page resolves', async ({ page, request, baseURL }) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const queue = PAGES.map(({ path }) => new URL(path, baseURL).href);
	queue.push(new URL('no/such/page/', baseURL).href);
	const visited = new Set<string>();
	const idsByPage = new Map<string, Set<string>>();
	const broken: string[] = [];

	async function idsOf(pageUrl: string): Promise<Set<string> | undefined> {
		if (!idsByPage.has(pageUrl)) {
			const response = await request.get(pageUrl);
			if (response.status() !== 200) return undefined;
			const html = await response.text();
			idsByPage.set(pageUrl, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
		}
		return idsByPage.get(pageUrl);
	}

	while (queue.length > 0) {
		const current = queue.shift()!;
		if (visited.has(current)) continue;
		visited.add(current);
		await page.goto(current);
		const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
		const ownIds = new Set(await page.$$eval('[id]', (elements) => elements.map((element) => element.id)));
		for (const href of hrefs) {
			const target = new URL(href);
			if (target.origin !== origin) continue;
			const pageUrl = `${target.origin}${target.pathname}`;
			// A link within the page it is on (such as the skip link) is checked against that page.
			const ids = pageUrl === current ? ownIds : await idsOf(pageUrl);
			if (!ids) {
				broken.push(`${current} -> ${href}: page not found`);
				continue;
			}
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchor && !ids.has(anchor)) broken.push(`${current} -> ${href}: no element with id "${anchor}"`);
			if (!visited.has(pageUrl) && !queue.includes(pageUrl)) queue.push(pageUrl);
		}
	}
	expect(broken, broken.join('\n')).toEqual([]);
	expect(visited.size).toBeGreaterThanOrEqual(PAGES.length);
});

test('heading ids on every page are unique', async ({ page }) => {
	test.setTimeout(120_000);
	for (const { path } of PAGES) {
		await page.goto(path);
		const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
		const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
		expect(duplicates, `${path} repeats ids`).toEqual([]);
	}
});

test('every link to this site in llms.txt and llms-full.txt resolves, anchors included', async ({
	request,
	baseURL,
}) => {
	const basePath = new URL(baseURL!).pathname;
	const canonicalOrigin = new URL(
		(await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text()).match(/<loc>([^<]+)/)![1]!,
	).origin;
	const broken: string[] = [];
	let checked = 0;
	for (const file of ['llms.txt', 'llms-full.txt']) {
		const text = await (await request.get(new URL(file, baseURL).href)).text();
		for (const [, href] of text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
			const target = new URL(href!);
			if (target.origin !== canonicalOrigin) continue;
			checked++;
			const response = await request.get(new URL(target.pathname.slice(basePath.length), baseURL).href);
			if (response.status() !== 200) broken.push(`${file} -> ${href}: ${response.status()}`);
			else if (target.hash && !(await response.text()).includes(` id="${target.hash.slice(1)}"`)) {
				broken.push(`${file} -> ${href}: no element with that id`);
			}
		}
	}
	expect(broken, broken.join('\n')).toEqual([]);
	expect(checked).toBeGreaterThan(10);
});
