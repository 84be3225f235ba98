import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp, headingText, LANGUAGES, navLabel } from './lang';
import { BASE, NOT_FOUND_PATH } from './site';

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

// One not-found page serves every address of every language (static hosts send one 404.html), in
// the default language: its words are checked here in English, its help for the other languages
// below, per language.
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
			test('an unknown address under its home gets the not-found page, with help in its language', async ({ page }) => {
				const response = await page.goto(`${path('home')}${NOT_FOUND_PATH}`);
				expect(response?.status()).toBe(404);
				const help = page.getByRole('region', { name: pageTitle(lang, 'not-found'), exact: true });
				await expect(help).toHaveAttribute('lang', lang);
				for (const id of ['home', 'search']) {
					await expect(help.locator(`a[href="${href(path(id))}"]`)).toBeVisible();
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
