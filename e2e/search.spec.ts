import { expect, test, type Locator, type Page } from '@playwright/test';
import { stripBase } from '../src/lib/domain/base.ts';
import { BASE, SEARCH_REQUEST, watchForErrors } from './site';
import { LANGUAGES } from './lang';
import { BASE_PATH_TAG } from './tags';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search the knowledge base' });
const searchBox = (page: Page) => dialogOf(page).getByRole('searchbox', { name: 'Search terms' });
/** The page-level result links (not the sub-results), in ranked order. */
const resultLinks = (scope: ReturnType<Page['locator']>) => scope.locator('[data-search-results] > li > a');

async function openSearch(page: Page): Promise<void> {
	await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
	await expect(searchBox(page)).toBeFocused();
}

async function search(page: Page, query: string): Promise<void> {
	await searchBox(page).fill(query);
	await expect(dialogOf(page).getByRole('status')).toContainText(`“${query.slice(0, 20)}`);
}

/** Site paths of the first `count` results, without base, query or fragment. */
async function topPaths(page: Page, count: number): Promise<string[]> {
	const hrefs = await resultLinks(dialogOf(page)).evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	return hrefs.slice(0, count).map((path) => stripBase(path, BASE));
}

/** Relative luminance of a computed `rgb()` colour (WCAG). */
function luminance(color: string): number {
	const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
		const channel = Number(value) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * A highlight's colours: a tint of the accent (reddish, not the browser's yellow), with its text
 * readable on it (4.5:1). Returns the tint's luminance, to compare the themes.
 */
async function expectTint(mark: Locator): Promise<number> {
	const { color, background } = await mark.evaluate((element) => {
		const style = getComputedStyle(element);
		return { color: style.color, background: style.backgroundColor };
	});
	const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
	expect(background, 'not the browser’s yellow').not.toBe('rgb(255, 255, 0)');
	expect(r! > g! && g! > b!, `${background} is a tint of the orange accent`).toBe(true);
	const [light, dark] = [luminance(color), luminance(background)].sort((x, y) => y - x);
	expect((light! + 0.05) / (dark! + 0.05), `${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
	return luminance(background);
}

// Every visited page, in every language, requests no search code before intent (visit.spec.ts).
test('search code loads on intent: focusing the search control fetches the interface, Enter opens the dialog and Pagefind', async ({
	page,
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	await page.goto('about/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((url) => SEARCH_REQUEST.test(url))).toEqual([]);

	// Intent: focusing the search control fetches the interface and Pagefind, ready for the first key.
	await page.getByRole('banner').getByRole('link', { name: 'Search' }).focus();
	await expect.poll(() => requested.some((url) => url.includes('search-ui'))).toBe(true);
	await page.keyboard.press('Enter');
	await expect(searchBox(page)).toBeFocused();
	await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test(
	'results show sub-results that jump to the matching heading, with the terms highlighted there',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.goto('about/');
		await openSearch(page);
		await search(page, 'IT budget');
		const subResult = dialogOf(page).getByRole('link', { name: 'Managing IT Infrastructure and Budgets' });
		await expect(subResult).toHaveAttribute(
			'href',
			/\/roles\/cio\/\?.*pagefind-highlight=budget.*#managing-it-infrastructure-and-budgets$/,
		);
		await subResult.click();
		await expect(page).toHaveURL(/\/roles\/cio\/\?.*#managing-it-infrastructure-and-budgets$/);
		const marks = page.locator('main mark.pagefind-highlight');
		await expect(marks.first()).toBeVisible();
		expect((await marks.allInnerTexts()).map((text) => text.toLowerCase())).toContain('budget');
		// Navigation and the table of contents stay unmarked: only the article body is searched.
		await expect(page.getByRole('navigation', { name: 'On this page' }).locator('mark')).toHaveCount(0);
		assertNoErrors();
	},
);

test('a heading that answers the question is the first result, its page the breadcrumb, the words marked in an accent tint in both themes', async ({
	page,
}) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('about/');
	await openSearch(page);
	await search(page, 'who owns the IT budget');
	const first = dialogOf(page).locator('[data-search-results] > li').first();
	const title = first.locator('> a');
	await expect(title).toHaveText(/^Who owns the IT budget\?/);
	await expect(title).toHaveAttribute('href', /\/faq\/\?.*pagefind-highlight=budget.*#who-owns-the-it-budget$/);
	await expect(first.locator('[data-search-page]')).toHaveText('Questions readers bring ›');
	await expectTint(first.locator('mark').first());

	await title.click();
	await expect(page).toHaveURL(/\/faq\/\?.*#who-owns-the-it-budget$/);
	const mark = page.locator('main mark.pagefind-highlight').first();
	await expect(mark).toBeVisible();
	// Whole words that start with a search word: "budgets", but not the "it" in "with".
	const marked = await page.locator('main mark.pagefind-highlight').evaluateAll((marks) =>
		marks.map((element) => ({
			text: (element.textContent ?? '').toLowerCase(),
			before: element.previousSibling?.textContent?.slice(-1) ?? '',
			after: element.nextSibling?.textContent?.charAt(0) ?? '',
		})),
	);
	expect(marked.map(({ text }) => text)).toContain('budgets');
	for (const { text, before, after } of marked) {
		expect(text).toMatch(/^(owns|it|budget)/);
		expect(`${before}${after}`, `“${text}” is a whole word`).not.toMatch(/\p{L}/u);
	}
	const light = await expectTint(mark);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await expectTint(mark), 'a darker tint in the dark theme').toBeLessThan(light);
	assertNoErrors();
});

test('a misspelt word is corrected from the word list, which loads only then, and the search as typed is offered', async ({
	page,
}) => {
	const assertNoErrors = watchForErrors(page);
	const lists: string[] = [];
	page.on('request', (request) => {
		if (/\/pagefind\/words-/.test(request.url())) lists.push(request.url());
	});
	await page.goto('./');
	await openSearch(page);
	await search(page, 'budget');
	expect(lists, 'a word the index has needs no word list').toEqual([]);

	await searchBox(page).fill('buget');
	const status = dialogOf(page).getByRole('status');
	await expect(status).toHaveText(/^Showing \d+ results for budget$/);
	await expect(status.locator('em strong')).toHaveText('budget');
	expect(lists).toEqual([expect.stringMatching(/\/pagefind\/words-en\.json$/)]);
	expect(await topPaths(page, 3)).toContain('/faq/');
	await expect(resultLinks(dialogOf(page)).first()).toHaveAttribute('href', /pagefind-highlight=budget/);

	await dialogOf(page).getByRole('button', { name: 'Search instead for “buget”' }).click();
	await expect(status).toHaveText('No results for “buget”.');
	await expect(searchBox(page)).toBeFocused();
	await expect(dialogOf(page).getByRole('button', { name: /Search instead/ })).toBeHidden();

	// A new query is corrected again, from the list already loaded.
	await searchBox(page).fill('inovation');
	await expect(status).toHaveText(/results for innovation$/);
	expect(lists).toHaveLength(1);
	assertNoErrors();
});

test('search works from the keyboard alone: shortcut, arrows, Enter, Escape', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('differences/');
	const guideLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' });
	await guideLink.focus();

	// Escape closes and returns focus to where the reader was.
	await page.keyboard.press('Control+k');
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveAccessibleDescription(/Escape closes\.$/);
	await page.keyboard.type('startup');
	await page.keyboard.press('Escape');
	await expect(dialogOf(page)).toBeHidden();
	await expect(guideLink).toBeFocused();

	// Meta+K (Cmd+K) opens it too; arrows move through the results and back to the box.
	await page.keyboard.press('Meta+k');
	await expect(searchBox(page)).toBeFocused();
	await page.keyboard.type('emerging technologies');
	await expect(dialogOf(page).getByRole('status')).toContainText('results for “emerging technologies”');
	const links = dialogOf(page).locator('[data-search-results] a');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(searchBox(page)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	// The first result is the CTO page's section whose heading holds both words.
	await expect(page).toHaveURL(
		/\/roles\/cto\/\?pagefind-highlight=emerging&pagefind-highlight=technologies#staying-ahead-with-emerging-technologies$/,
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chief Technology Officer (CTO)');
	await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
	assertNoErrors();
});

test('Enter in the search box shows every result on /search/', { tag: BASE_PATH_TAG }, async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('guide/');
	await openSearch(page);
	await search(page, 'budget');
	const inDialog = await dialogOf(page).getByRole('status').innerText();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=budget$/);
	await expect(page.getByRole('main').locator('[data-search-status]')).toHaveText(inDialog);
	assertNoErrors();
});

test('"/" does not open search, so it stays free for assistive technology', async ({ page }) => {
	await page.goto('./');
	await page.keyboard.press('/');
	await expect(dialogOf(page)).toBeHidden();
});

test('the kind filter narrows the results', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('./');
	await openSearch(page);
	await search(page, 'budget');
	const status = dialogOf(page).getByRole('status');
	const before = Number((await status.innerText()).match(/^\d+/)?.[0]);
	expect(before).toBeGreaterThan(1);
	// One control, not a row of chips: the results keep the screen.
	const filter = dialogOf(page).getByRole('combobox', { name: 'Show' });
	await expect(filter.getByRole('option', { name: 'Roles' })).toBeAttached();
	await expect(filter.getByRole('option', { name: 'Worked examples' })).toBeAttached();
	await filter.selectOption({ label: 'Guide' });
	await expect(status).toHaveText('1 result for “budget”');
	expect(await topPaths(page, 5)).toEqual(['/guide/']);
	await filter.selectOption({ label: 'All pages' });
	await expect(status).toHaveText(`${before} results for “budget”`);
	assertNoErrors();
});

test(
	'no results says so, says what the knowledge base covers, and offers the FAQ, the guide and the recommender',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto('./');
		await openSearch(page);
		await search(page, 'xylophone');
		await expect(dialogOf(page).getByRole('status')).toHaveText('No results for “xylophone”.');
		await expect(dialogOf(page).getByText(/This knowledge base covers the CIO and the CTO/)).toBeVisible();
		await expect(dialogOf(page).getByRole('link', { name: /Questions readers bring/ })).toHaveAttribute(
			'href',
			/\/faq\/$/,
		);
		await expect(dialogOf(page).getByRole('link', { name: /The guide/ })).toHaveAttribute('href', /\/guide\/$/);
		await expect(dialogOf(page).getByRole('link', { name: /The recommender/ })).toHaveAttribute(
			'href',
			/\/recommend\/$/,
		);
		await expect(resultLinks(dialogOf(page))).toHaveCount(0);
	},
);

test('a question no page answers word for word shows the pages with most of its words, and says so', async ({
	page,
}) => {
	await page.goto('./');
	await openSearch(page);
	await search(page, 'budget xylophone');
	await expect(dialogOf(page).getByRole('status')).toHaveText(
		'No page has every word of “budget xylophone”. These pages have some of them:',
	);
	await expect(resultLinks(dialogOf(page)).first()).toBeVisible();
	await expect(dialogOf(page).getByText(/This knowledge base covers the CIO and the CTO/)).toBeVisible();
});

test(
	'before anything is typed, the dialog offers common questions, which give way to results',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto('./');
		await openSearch(page);
		const common = dialogOf(page).getByRole('group', { name: 'Common questions' });
		await expect(common.getByRole('link')).toHaveCount(5);
		await expect(common.getByRole('link', { name: 'Can one person be CIO and CTO?' })).toHaveAttribute(
			'href',
			/\/faq\/#one-executive-both-roles$/,
		);
		await searchBox(page).press('ArrowDown');
		await expect(common.getByRole('link').first()).toBeFocused();
		await searchBox(page).fill('budget');
		await expect(common).toBeHidden();
		await searchBox(page).fill('');
		await expect(common).toBeVisible();
	},
);

test('the not-found page and navigation are not in the index', async ({ page }) => {
	await page.goto('./');
	await openSearch(page);
	// A word only the 404 page uses, and one only the previous/next navigation uses.
	for (const query of ['mistyped', 'previous']) {
		await search(page, query);
		await expect(dialogOf(page).getByRole('status')).toHaveText(`No results for “${query}”.`);
	}
});

const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'"><script>window.pwned=1</script>',
	'budget '.repeat(715).slice(0, 5000),
	'.*+?^${}()|[]\\/ (budget',
	'🚀 CTO 👩‍💻',
	'מנהל טכנולוגיה CTO',
];

test('hostile queries leave no error and inject nothing', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected ${dialog.type()}: ${dialog.message()}`);
	});
	await page.goto('./');
	await openSearch(page);
	for (const query of HOSTILE) {
		await searchBox(page).fill(query);
		await expect(dialogOf(page).getByRole('status')).toHaveText(/results? for|No results|No page has every word/);
		await expect(page.locator('img, script:not([src]):not([type])').filter({ hasText: 'pwned' })).toHaveCount(0);
		await expect(dialogOf(page).locator('img')).toHaveCount(0);
	}
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	assertNoErrors();
});

test('the CSP lets Pagefind compile its WebAssembly, even when it falls back from its worker', async ({
	page,
	baseURL,
}) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('./');
	// Pagefind normally compiles in a web worker; its main-thread fallback needs 'wasm-unsafe-eval'.
	const count = await page.evaluate(async (bundle) => {
		type Instance = { search(term: string): Promise<{ results: unknown[] }> };
		const pagefind = (await import(bundle)) as { createInstance(options: object): Instance };
		const instance = pagefind.createInstance({ noWorker: true });
		return (await instance.search('budget')).results.length;
	}, new URL('pagefind/pagefind.js', baseURL).href);
	expect(count).toBeGreaterThan(0);
	assertNoErrors();
});

test(
	'/search/?q= is a real page that shows results for its query, and keeps the URL in step',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		await page.goto('search/?q=startup');
		const main = page.getByRole('main');
		await expect(main.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('startup');
		// The key hint fits the page: nothing here closes with Escape, unlike the dialog.
		await expect(main.getByRole('searchbox', { name: 'Search terms' })).toHaveAccessibleDescription(
			'Type to search. Up and down arrows move through the results, Enter opens one.',
		);
		await expect(main.locator('[data-search-status]')).toContainText('for “startup”');
		const first = resultLinks(main).first();
		await expect(first).toHaveAttribute('href', /\/guide\/(scenarios\/[a-z-]+\/)?\?pagefind-highlight=startup$/);
		await main.getByRole('searchbox', { name: 'Search terms' }).fill('emerging technologies');
		await main.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Roles' });
		await expect(page).toHaveURL(/\/search\/\?q=emerging\+technologies&kind=role$/);
		await expect(main.locator('[data-search-status]')).toContainText('for “emerging technologies”');
		assertNoErrors();
	},
);

test('words typed on /search/ before its script arrives are kept and searched', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/search-ui-[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('search/', { waitUntil: 'domcontentloaded' });
	const box = page.getByRole('main').getByRole('searchbox', { name: 'Search terms' });
	await box.fill('budget');
	release();
	await expect(page.getByRole('main').locator('[data-search-status]')).toContainText('for “budget”');
	await expect(box).toHaveValue('budget');
	await expect(page).toHaveURL(/\/search\/\?q=budget$/);
	assertNoErrors();
});

test('when the search script cannot load, /search/ says so instead of showing a dead form', async ({ page }) => {
	// Not watchForErrors: the blocked script is logged as a failed request.
	await page.route(/search-ui-[^/]*\.js$/, (route) => route.abort());
	await page.goto('search/?q=budget');
	const main = page.getByRole('main');
	await expect(main.getByText(/needs JavaScript, which is switched off or did not load/)).toBeVisible();
	await expect(main.getByRole('searchbox')).toHaveCount(0);
	await expect(main.getByRole('link', { name: 'Guide', exact: true })).toBeVisible();
});

test('/search/ echoes a hostile query only as text', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected ${dialog.type()}`);
	});
	await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&kind=<b>`);
	const main = page.getByRole('main');
	await expect(main.locator('[data-search-status]')).toContainText('“<img src=x onerror=alert(1)>”');
	await expect(main.locator('img')).toHaveCount(0);
	assertNoErrors();
});

test(
	'the 404 page offers search pre-filled with words from the missing address',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		// Not watchForErrors: the browser rightly logs the 404 response itself as a console error.
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('roles/chief-technology-officer/');
		const box = page.getByRole('searchbox', { name: 'Search for what you were looking for' });
		await expect(box).toHaveValue('roles chief technology officer');
		await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=roles\+chief\+technology\+officer$/);
		await expect(resultLinks(page.getByRole('main')).first()).toHaveAttribute('href', /\/roles\/cto\//);

		await page.goto(`${encodeURIComponent('<img src=x onerror=alert(1)>')}/`);
		await expect(box).toHaveValue('img src onerror alert');
		await expect(page.getByRole('main').locator('img')).toHaveCount(0);
		expect(errors).toEqual([]);
	},
);

test(
	'the site publishes an OpenSearch description for its search page',
	{ tag: BASE_PATH_TAG },
	async ({ page, request, baseURL }) => {
		await page.goto('./');
		const link = page.locator('link[rel="search"][type="application/opensearchdescription+xml"]');
		const href = await link.getAttribute('href');
		expect(href).toMatch(/opensearch\.xml$/);
		const response = await request.get(new URL(href!, baseURL).href);
		expect(response.status()).toBe(200);
		const xml = await response.text();
		const basePath = new URL(baseURL!).pathname;
		expect(xml).toContain('<ShortName>CIO vs CTO</ShortName>');
		expect(xml).toMatch(new RegExp(`template="https?://[^"]+${basePath}search/\\?q=\\{searchTerms\\}"`));
	},
);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test(
		'the search control is a link to a page that explains and lists every page',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			await page.goto('roles/cio/');
			await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
			await expect(page).toHaveURL(/\/search\/$/);
			const main = page.getByRole('main');
			await expect(main).toContainText('needs JavaScript');
			await expect(main.getByRole('searchbox')).toBeHidden();
			for (const name of ['CIO', 'CTO', 'Differences', 'Guide']) {
				await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
			}
		},
	);

	test('the 404 page links to search', { tag: BASE_PATH_TAG }, async ({ page }) => {
		await page.goto('no/such/page/');
		await expect(page.getByRole('main').getByRole('link', { name: 'Search the knowledge base' })).toBeVisible();
	});
});

/** A misspelling in each language, and what the search corrects it to. */
const MISSPELT: Record<string, [string, string]> = {
	en: ['inovation', 'innovation'],
	de: ['Infrastucktur', 'Infrastruktur'],
};

// What differs by language: the dialog's words, the index it searches, the help and the common
// questions, typo correction, and whether three results still fit on a phone with the longer
// German strings.
for (const { lang, t, path } of LANGUAGES) {
	test.describe(`in ${lang}`, () => {
		const dialog = (page: Page) => page.getByRole('dialog', { name: t('search.dialogLabel') });
		const box = (page: Page) => dialog(page).getByRole('searchbox', { name: t('search.inputLabel') });
		const open = async (page: Page) => {
			await page.goto(path('home'));
			await page
				.getByRole('banner')
				.getByRole('link', { name: t('search.open') })
				.click();
			await expect(box(page)).toBeFocused();
		};
		const href = (target: string) =>
			new RegExp(`^${BASE}${path(target).replace(/^\.\//, '').replace(/[.?]/g, '\\$&')}$`);

		test(
			'the dialog offers common questions, searches this language, says what a miss means, and corrects a typo',
			{ tag: BASE_PATH_TAG },
			async ({ page }) => {
				const assertNoErrors = watchForErrors(page);
				await open(page);
				const common = dialog(page).getByRole('group', { name: t('search.suggest.label') });
				await expect(common.getByRole('link')).toHaveCount(5);
				for (const link of await common.getByRole('link').all())
					await expect(link).toHaveAttribute('href', new RegExp(`^${BASE}${path('faq')}#[a-z-]+$`));

				await box(page).fill('CIO');
				await expect(dialog(page).getByRole('status')).toContainText('CIO');
				const first = dialog(page).locator('[data-search-results] > li > a').first();
				await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}${lang === 'en' ? '(?!de/)' : `${lang}/`}`));
				await expect(common).toBeHidden();

				await box(page).fill('xylophone');
				await expect(dialog(page).getByRole('status')).toHaveText(t('search.status.none', { query: 'xylophone' }));
				await expect(dialog(page).getByText(t('search.none.hint'))).toBeVisible();
				for (const [label, target] of [
					['search.none.faq', 'faq'],
					['search.none.guide', 'guide'],
					['search.none.recommender', 'recommend'],
				] as const)
					await expect(dialog(page).getByRole('link', { name: t(label) })).toHaveAttribute('href', href(target));

				// The word list, under the base path too.
				const [typo, corrected] = MISSPELT[lang]!;
				await box(page).fill(typo);
				await expect(dialog(page).getByRole('status').locator('em')).toHaveText(corrected);
				await expect(
					dialog(page).getByRole('button', { name: t('search.correction.asTyped', { query: typo }) }),
				).toBeVisible();
				assertNoErrors();
			},
		);

		test.describe('on a phone', () => {
			test.use({ viewport: { width: 375, height: 812 } });

			test('the search box takes the full width, at least three results are visible under it, and Enter shows them all', async ({
				page,
			}) => {
				await open(page);
				await box(page).fill('CIO');
				const links = dialog(page).locator('[data-search-results] > li > a');
				await expect(links.nth(2)).toBeVisible();
				for (const index of [0, 1, 2]) {
					const result = (await links.nth(index).boundingBox())!;
					expect(result.y + result.height, `result ${index + 1} ends on the screen`).toBeLessThanOrEqual(812);
				}
				// No button beside the box: the keyboard's Enter (search) key replaces "All results".
				const form = (await dialog(page).locator('form').boundingBox())!;
				expect((await box(page).boundingBox())!.width).toBeGreaterThanOrEqual(form.width - 1);
				await expect(dialog(page).getByRole('button', { name: t('search.allResults') })).toBeHidden();
				// More results than the dialog lists: a link to all of them follows the list.
				await expect(dialog(page).locator('[data-search-more] a')).toHaveAttribute('href', /\?q=CIO$/);
				await box(page).press('Enter');
				await expect(page).toHaveURL(new RegExp(`${path('search').replace(/^\.\//, '')}\\?q=CIO$`));
			});
		});
	});
}
