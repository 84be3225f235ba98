import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp, headingText, LANGUAGES, navLabel } from './lang';
import { BASE, DIST, NOT_FOUND_PATH } from './site';
import { serveDist } from './static-server';

/** A page's address as its links write it (`/de/rollen/cto/`, with the base), from its path. */
const href = (path: string) => new URL(path, `http://host${BASE}`).pathname;

/** The comparison's dimensions: one facts file each in content/differences/. */
const DIMENSIONS = readdirSync('content/differences').filter((file) => file.endsWith('.yaml')).length;

/** A dimension's words in `lang` (content/differences/<lang>/<id>.yaml). */
const dimensionWords = (lang: string, id: string) =>
	parseYaml(readFileSync(`content/differences/${lang}/${id}.yaml`, 'utf8')) as {
		dimension: string;
		cio: { short: string };
		cto: { short: string };
	};

/** The title of a page's words in `lang`, from the front matter of content/pages/<lang>/<id>.mdx. */
function pageTitle(lang: string, id: string): string {
	const [, frontMatter = ''] =
		/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/pages/${lang}/${id}.mdx`, 'utf8')) ?? [];
	return (parseYaml(frontMatter) as { title: string }).title;
}

// Each language has its not-found page at <home>/404.html; a host serves the nearest one up an
// unknown address's folders (Cloudflare Pages by itself, Netlify and nginx by a rule), and the
// page helps readers of the other languages too. The default language's is checked here in
// English through the preview server, the others' below, per language, through a host that
// serves not-found pages as Cloudflare Pages does.
test('an unknown address gets a helpful not-found page', async ({ page }) => {
	const response = await page.goto(NOT_FOUND_PATH);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.getByRole('main');
	for (const name of ['CIO', 'CTO', 'Differences', 'Guide']) {
		await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
	}
});

for (const language of LANGUAGES) {
	const { lang, t, path } = language;

	test.describe(`in ${lang}`, () => {
		if (lang !== LANGUAGES[0]!.lang) {
			test('an unknown address under its home gets the not-found page in its language, with help in the default language', async ({
				page,
			}) => {
				const host = await serveDist({ root: DIST, base: BASE });
				try {
					const response = await page.goto(new URL(`${path('home')}${NOT_FOUND_PATH}`, host.url).href);
					expect(response?.status()).toBe(404);
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitle(lang, 'not-found'));
					const main = page.getByRole('main');
					for (const id of ['roles/cio', 'differences', 'guide']) {
						await expect(main.locator(`a[href="${href(path(id))}"]`).first()).toBeVisible();
					}
					// The way back for a reader of the default language, in that language.
					const other = LANGUAGES[0]!;
					const help = page.getByRole('region', { name: pageTitle(other.lang, 'not-found'), exact: true });
					await expect(help).toHaveAttribute('lang', other.lang);
					for (const id of ['home', 'search']) {
						await expect(help.locator(`a[href="${href(other.path(id))}"]`)).toBeVisible();
					}
					// Anywhere else the default language's page answers, with help in this language.
					await page.goto(new URL(NOT_FOUND_PATH, host.url).href);
					await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
					await expect(page.getByRole('region', { name: pageTitle(lang, 'not-found'), exact: true })).toHaveAttribute(
						'lang',
						lang,
					);
				} finally {
					await host.close();
				}
			});
		}

		test('the navigation marks the current page', async ({ page }) => {
			await page.goto(path('roles/cto'));
			const nav = page.getByRole('navigation', { name: t('nav.label') });
			await expect(nav.getByRole('link', { name: navLabel(language, 'roles/cto'), exact: true })).toHaveAttribute(
				'aria-current',
				'page',
			);
			await expect(nav.getByRole('link', { name: navLabel(language, 'roles/cio'), exact: true })).not.toHaveAttribute(
				'aria-current',
				'page',
			);
		});

		test('breadcrumbs and previous/next links follow the reading order', async ({ page, baseURL }) => {
			await page.goto(path('roles/cto'));
			const crumbs = page.getByRole('navigation', { name: t('breadcrumbs.label') });
			await expect(crumbs.getByRole('link', { name: navLabel(language, 'home') })).toBeVisible();
			await expect(crumbs.locator('[aria-current="page"]')).toHaveText(navLabel(language, 'roles/cto'));

			const order = page.getByRole('navigation', { name: t('pagination.label') });
			await expect(order.getByRole('link', { name: new RegExp(escapeRegExp(t('pagination.prev'))) })).toContainText(
				navLabel(language, 'roles/cio'),
			);
			await order.getByRole('link', { name: new RegExp(escapeRegExp(t('pagination.next'))) }).click();
			await expect(page).toHaveURL(new URL(path('differences'), baseURL).href);
		});

		test('long pages have an on-page table of contents whose links land on their headings', async ({ page }) => {
			const id = 'managing-it-infrastructure-and-budgets';
			await page.goto(path('roles/cio'));
			const toc = page.getByRole('navigation', { name: t('toc.label') });
			await toc.getByRole('link', { name: headingText(lang, 'roles/cio', id) }).click();
			await expect(page).toHaveURL(new RegExp(`#${id}$`));
			await expect(page.locator(`#${id}`)).toBeInViewport();
		});

		test('every heading has an anchor link that points at itself', async ({ page }) => {
			await page.goto(path('differences'));
			const anchors = page.locator('main .heading-anchor');
			expect(await anchors.count()).toBeGreaterThan(3);
			for (const anchor of await anchors.all()) {
				const target = await anchor.getAttribute('href');
				expect(target).toMatch(/^#[a-z0-9-]+$/);
				await expect(page.locator(`[id="${target!.slice(1)}"]`)).toHaveCount(1);
				await expect(anchor).toHaveAccessibleName(new RegExp(`^${escapeRegExp(t('heading.anchor'))} .+`));
			}
		});

		test('the comparison is rendered from the data: one row per dimension, each side in its role colour', async ({
			page,
		}) => {
			const words = dimensionWords(lang, 'focus');
			await page.goto(path('differences'));
			const rows = page.locator('main section[aria-labelledby]');
			await expect(rows).toHaveCount(DIMENSIONS);
			const focus = page.getByRole('region', { name: words.dimension, exact: true });
			await expect(focus).toContainText(words.cio.short);
			await expect(focus).toContainText(words.cto.short);
			// Each point is said once: the short answer and its sentence sit together in one card.
			await expect(
				page.getByRole('main').getByText(new RegExp(`^\\s*(CIO\\s*)?${escapeRegExp(words.cio.short)}\\s*$`)),
			).toHaveCount(1);
			const colours = await focus.evaluate((row) =>
				[...row.querySelectorAll(':scope > div')].map((card) => getComputedStyle(card).borderLeftColor),
			);
			expect(new Set(colours).size).toBe(2);
		});
	});
}
