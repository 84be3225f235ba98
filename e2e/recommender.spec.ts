import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './site';

/** The recommender's result box, its live region and its reasons. */
const result = (page: Page) => page.locator('kb-recommender [data-result]');
const status = (page: Page) => page.locator('kb-recommender [data-status]');

/** Answers by clicking the labels, as a pointer user would. */
async function answer(page: Page, labels: string[]) {
	for (const label of labels) await page.locator('kb-recommender').getByText(label, { exact: true }).click();
}

test.describe('the recommender at /recommend/', () => {
	const cases = [
		{ kind: 'cio', options: [2, 1, 0], headline: 'A CIO.' },
		{ kind: 'cto', options: [2, 0, 1], headline: 'A CTO.' },
		{ kind: 'both', options: [2, 2, 2], headline: 'Both a CIO and a CTO.' },
		{
			kind: 'combined',
			options: [0, 0, 1],
			headline: 'One executive covering both roles, leaning towards the CTO side.',
		},
	] as const;

	for (const { kind, options, headline } of cases) {
		test(`keyboard only: reaching a "${kind}" answer`, async ({ page }) => {
			const assertNoErrors = watchForErrors(page);
			await page.goto('recommend/');
			// Tab from the top of the page until the first question's radio group has focus.
			const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
			for (let presses = 0; presses < 80 && (await focusedName()) !== 'size'; presses++)
				await page.keyboard.press('Tab');
			expect(await focusedName()).toBe('size');
			for (const [group, index] of options.entries()) {
				if (group > 0) await page.keyboard.press('Tab');
				expect(await focusedName()).toBe(['size', 'industry', 'goal'][group]);
				await page.keyboard.press('Space');
				for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
			}
			await expect(result(page)).toHaveAttribute('data-recommendation', kind);
			await expect(status(page).locator('strong')).toHaveText(headline);
			// The reset is the next stop and clears everything.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: 'Start again' })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(result(page)).not.toHaveAttribute('data-recommendation');
			await expect(page.locator('kb-recommender input:checked')).toHaveCount(0);
			assertNoErrors();
		});
	}

	test('questions are radio groups with legends, and the result is a live region', async ({ page }) => {
		await page.goto('recommend/');
		for (const legend of [
			'How large is your organisation?',
			'What kind of business are you?',
			'What should technology achieve for you first?',
		]) {
			const group = page.getByRole('group', { name: legend });
			await expect(group).toBeVisible();
			expect(await group.getByRole('radio').count()).toBe(3);
		}
		await expect(page.getByRole('radio', { name: /Large enterprise/ })).toBeVisible();
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toHaveAttribute('aria-live', 'polite');
		await expect(status(page)).toHaveText('Answer the three questions to see which role fits your organisation.');
	});

	test('updates as the reader answers, with reasons written for the result and linking to the guide', async ({
		page,
	}) => {
		await page.goto('recommend/');
		await answer(page, ['Large enterprise', 'Service-based or operations-heavy']);
		await expect(result(page)).not.toHaveAttribute('data-recommendation');
		await answer(page, ['Operational efficiency']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cio');
		const rows = result(page).locator('[data-row]');
		// One row per answer and one for all together, each with its weight in words.
		await expect(rows).toHaveCount(4);
		await expect(rows.nth(0)).toContainText('Large enterprise');
		await expect(rows.nth(0)).toContainText("your other answers weigh towards the CIO's side only");
		await expect(rows.nth(1)).toContainText('Favours a CIO');
		await expect(rows.nth(1)).toContainText('Pointed towards this answer.');
		await expect(rows.nth(3)).toContainText('All answers together');

		await answer(page, ['Product innovation']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'both');
		await expect(status(page)).toContainText('the CIO focusing on internal IT management');
		// The size's reason changed with the result: it now speaks of both roles.
		await expect(rows.nth(0)).toContainText('keep a CIO and a CTO busy');

		const links = result(page).locator('ol').getByRole('link');
		await expect(links).toHaveText(['Company size', 'Industry', 'Goals']);
		await links.nth(1).click();
		await expect(page).toHaveURL(/\/guide\/#industry$/);
		await expect(page.locator('#industry')).toBeInViewport();
	});

	test('says what to read next: the role pages, the closest worked example, the deciding answer’s guide section and the answer’s own page', async ({
		page,
	}) => {
		await page.goto('recommend/?size=growing&industry=service&goal=efficiency');
		const next = result(page).locator('ul');
		await expect(next.getByRole('link', { name: 'Read about the CIO' })).toBeVisible();
		await expect(next.getByRole('link', { name: 'Read about the CTO' })).toBeHidden();
		await expect(
			next.getByRole('link', { name: /A worked example like yours: A 300-person logistics company/ }),
		).toHaveAttribute('href', /\/guide\/scenarios\/logistics-company\/$/);
		await expect(next.getByRole('link', { name: 'What the guide says about Industry' })).toHaveAttribute(
			'href',
			/\/guide\/#industry$/,
		);
		await expect(next.getByRole('link', { name: 'Link to this answer' })).toHaveAttribute(
			'href',
			/\/recommend\/growing-service-efficiency\/$/,
		);
		// One executive covering both roles: both role pages.
		await answer(page, ['Tech-centric or product-based']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
		await expect(next.getByRole('link', { name: 'Read about the CTO' })).toBeVisible();
		await expect(next.getByRole('link', { name: 'Read about the CIO' })).toBeVisible();
	});

	test('copies the address of the answer’s own page', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('recommend/?size=large&industry=mixed&goal=innovation');
		await result(page).getByRole('button', { name: 'Copy link' }).click();
		await expect(result(page).locator('[data-copied]')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			new URL('recommend/large-mixed-innovation/', baseURL).href,
		);
		// The status belongs to that address: a new answer clears it.
		await answer(page, ['Both equally']);
		await expect(result(page).locator('[data-copied]')).toHaveText('');
	});

	test('the answer lives in the URL: answer, reload, same result', async ({ page }) => {
		await page.goto('recommend/');
		await answer(page, ['Growing company', 'Tech-centric or product-based', 'Product innovation']);
		await expect(page).toHaveURL(/\/recommend\/\?size=growing&industry=tech&goal=innovation$/);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
		await page.reload();
		await expect(page.getByRole('radio', { name: /Growing company/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Tech-centric/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Product innovation/ })).toBeChecked();
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
		// The shareable link is the answer's own page; the query string still works as before.
		await expect(result(page).getByRole('link', { name: 'Link to this answer' })).toHaveAttribute(
			'href',
			/\/recommend\/growing-tech-innovation\/$/,
		);

		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(page).toHaveURL(/\/recommend\/$/);
		await expect(page.getByRole('radio', { name: /Growing company/ })).not.toBeChecked();
		await expect(page.getByRole('radio', { name: /Start-up or small company/ })).toBeFocused();
		// Nothing is answered any more, so there is nothing to start again.
		await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
	});

	test('a pre-filled link from a blog post shows its answer, campaign tags and all', async ({ page }) => {
		await page.goto('recommend/?size=small&industry=service&goal=efficiency&utm_source=blog&ref=nxtyou');
		await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
		await expect(status(page)).toContainText('leaning towards the CIO side');
		await expect(page.locator('kb-recommender [data-note]')).toBeHidden();
	});

	test('hostile parameters leave the page working, with a quiet note and nothing injected', async ({ page }) => {
		const assertNoErrors = watchForErrors(page);
		page.on('dialog', (dialog) => {
			throw new Error(`dialog opened: ${dialog.message()}`);
		});
		await page.goto('recommend/');
		const cleanCounts = await page.evaluate(() => [document.querySelectorAll('*').length, document.scripts.length]);

		const long = 'x'.repeat(5000);
		const query = [
			`size=${encodeURIComponent('<script>window.pwned=1</script>')}`,
			`industry=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`,
			`goal=${long}`,
			`${long}=${long}`,
			'goal=innovation',
			'goal=efficiency',
			'size=large',
			'size=small',
			`${encodeURIComponent('größe')}=${encodeURIComponent('groß 💥 ✓')}`,
			'%E0%A4%A=%',
		].join('&');
		await page.goto(`recommend/?${query}`);
		const note = page.locator('kb-recommender [data-note]');
		await expect(note).toBeVisible();
		await expect(note).toHaveText('Part of the address you followed was not understood and has been ignored.');
		// The first valid value of each parameter counts: large and innovation; industry is unanswered.
		await expect(page.getByRole('radio', { name: /Large enterprise/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Product innovation/ })).toBeChecked();
		await expect(result(page)).not.toHaveAttribute('data-recommendation');

		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		const text = await page.locator('body').innerText();
		expect(text).not.toContain('pwned');
		expect(text).not.toContain('xxxxxxxxxx');
		expect(text).not.toContain('💥');
		// Same page structure as a clean load, apart from the note (which existed, hidden, already).
		expect(await page.evaluate(() => [document.querySelectorAll('*').length, document.scripts.length])).toEqual(
			cleanCounts,
		);

		// Still working: answer the remaining question.
		await answer(page, ['Tech-centric or product-based']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
		await expect(page).toHaveURL(/\/recommend\/\?size=large&industry=tech&goal=innovation$/);
		assertNoErrors();
	});

	test('agrees with the grid of all answers for every combination, and marks the reader’s own cell', async ({
		page,
	}) => {
		await page.goto('recommend/');
		// The recommender's words load with the first answer.
		await answer(page, ['Large enterprise', 'Service-based or operations-heavy', 'Operational efficiency']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cio');
		// For every cell of the build-time grid, choose its answers in the live form and compare the
		// live answer in the grid's short form (one word list per result) with the cell's words.
		const mismatches = await page.evaluate(async () => {
			const problems: string[] = [];
			const short: Record<string, string> = {
				'A CIO.': 'CIO',
				'A CTO.': 'CTO',
				'Both a CIO and a CTO.': 'CIO and CTO',
				'One executive covering both roles, leaning towards the CIO side.': 'One executive, leaning CIO',
				'One executive covering both roles, leaning towards the CTO side.': 'One executive, leaning CTO',
				'One executive covering both roles, giving both sides equal weight.': 'One executive, balanced',
			};
			const cells = [...document.querySelectorAll<HTMLAnchorElement>('[data-grid] a')];
			const idOf = (cell: HTMLAnchorElement) => cell.pathname.split('/').at(-2)!;
			for (const cell of cells) {
				const [size, industry, goal] = idOf(cell).split('-');
				for (const [name, value] of Object.entries({ size, industry, goal })) {
					document.querySelector<HTMLInputElement>(`kb-recommender input[name="${name}"][value="${value}"]`)!.click();
				}
				// The card updates once the (loaded) words' promise settles: a task later.
				await new Promise((resolve) => setTimeout(resolve));
				const live = document.querySelector('kb-recommender [data-headline]')!.textContent!.trim();
				const words = [...cell.childNodes]
					.filter((node) => !(node instanceof Element && node.matches('.sr-only, svg')))
					.map((node) => node.textContent)
					.join('')
					.trim();
				if (short[live] !== words) problems.push(`${idOf(cell)}: grid "${words}", live "${live}"`);
				const current = document.querySelectorAll('[data-grid] [aria-current]');
				if (current.length !== 1 || current[0] !== cell) problems.push(`${idOf(cell)}: not the one marked`);
			}
			return { count: cells.length, problems };
		});
		expect(mismatches).toEqual({ count: 27, problems: [] });
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(page.locator('[data-grid] [aria-current]')).toHaveCount(0);
	});

	test('loads its words with the first answer, and gives way to the grid of all answers when they cannot load', async ({
		page,
	}) => {
		const requested: string[] = [];
		await page.route('**/words.json', (route) => {
			requested.push(route.request().url());
			return route.abort();
		});
		await page.goto('recommend/');
		// Reading the page costs no request for the recommender's words.
		await page.waitForLoadState('networkidle');
		expect(requested).toEqual([]);
		await answer(page, ['Large enterprise']);
		await expect.poll(() => requested.length).toBe(1);
		// No dead form: the no-script way to an answer comes back.
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'grid of all answers' })).toBeVisible();
	});

	test('works at 320 px wide', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('recommend/?size=large&industry=mixed&goal=both');
		await expect(result(page)).toHaveAttribute('data-recommendation', 'both');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await answer(page, ['Start-up or small company']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
		const reset = page.getByRole('button', { name: 'Start again' });
		const box = (await reset.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		await reset.click();
		await expect(result(page)).not.toHaveAttribute('data-recommendation');
	});
});

test.describe('the recommender on a phone (375 × 812)', () => {
	test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

	for (const motion of ['no-preference', 'reduce'] as const) {
		test(`the answer comes into view after the third answer and is announced (reduced motion: ${motion})`, async ({
			page,
		}) => {
			await page.emulateMedia({ reducedMotion: motion });
			await page.goto('recommend/');
			const headline = result(page).locator('[data-headline]');
			// "Start again" only once something is answered.
			await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
			await answer(page, ['Growing company']);
			await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
			await answer(page, ['Tech-centric or product-based']);
			await expect(headline).not.toBeInViewport();
			await answer(page, ['Product innovation']);
			// The live region holds the answer, so a screen reader says it; the page brings it into view.
			await expect(status(page)).toContainText('A CTO.');
			await expect(status(page)).toHaveAttribute('aria-live', 'polite');
			if (motion === 'reduce') {
				// No smooth scrolling: the answer is in view at the next frame already.
				const top = await page.evaluate(
					() =>
						new Promise<number>((resolve) =>
							requestAnimationFrame(() =>
								resolve(document.querySelector('kb-recommender [data-card]')!.getBoundingClientRect().top),
							),
						),
				);
				expect(top).toBeLessThan(812 / 2);
			}
			await expect(headline).toBeInViewport();
			// Changing an answer afterwards does not move the page under the reader's finger.
			const scrolled = await page.evaluate(() => scrollY);
			// Clicked from script: a pointer click would first scroll the label into view.
			await page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="goal"][value="both"]')!.click());
			await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
			expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		});
	}
});

test.describe('the guide', () => {
	test('invites to the recommender rather than carrying a second copy, and lists the worked examples', async ({
		page,
	}) => {
		await page.goto('guide/');
		await expect(page.locator('kb-recommender')).toHaveCount(0);
		const invitation = page.getByRole('main').getByRole('link', { name: /^Recommender/ });
		await expect(invitation).toHaveAttribute('href', /\/recommend\/$/);
		const examples = page.locator('#worked-examples ~ ul').first();
		expect(await examples.getByRole('link').count()).toBeGreaterThanOrEqual(6);
	});
});

test.describe('worked scenarios', () => {
	test('each scenario page states the engine answer and opens it pre-filled in the recommender', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('guide/');
		const hrefs = await page
			.locator('#worked-examples ~ ul')
			.first()
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThanOrEqual(6);
		for (const href of hrefs) {
			await page.goto(href);
			const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
			await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Guide']);
			const stated = page.locator('main [data-recommendation]');
			const kind = await stated.getAttribute('data-recommendation');
			const headline = await stated.locator('strong').first().innerText();
			await page.getByRole('link', { name: 'Open these answers in the recommender' }).click();
			await expect(page).toHaveURL(/\/recommend\/\?size=\w+&industry=\w+&goal=\w+$/);
			await expect(result(page)).toHaveAttribute('data-recommendation', kind!);
			await expect(status(page).locator('strong')).toHaveText(headline);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the reader still gets an answer: the grid of all answers leads to the answer’s own page', async ({ page }) => {
		await page.goto('recommend/?size=large&industry=service&goal=efficiency');
		// The form needs script, so it is not offered as a dead control.
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
		await page.getByRole('link', { name: 'grid of all answers' }).click();
		await expect(page).toHaveURL(/#all-answers-at-a-glance$/);
		await expect(page.getByRole('heading', { name: 'All answers at a glance' })).toBeInViewport();
		const grid = page.getByRole('table', { name: 'All 27 answers at a glance' });
		await expect(grid).toBeVisible();
		await expect(grid.getByRole('link')).toHaveCount(27);
		await grid.getByRole('link', { name: 'Large · Service · Efficiency: CIO' }).click();
		await expect(page).toHaveURL(/\/recommend\/large-service-efficiency\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Large · Service · Efficiency: CIO');
		await expect(page.locator('main [data-card] [data-headline]')).toHaveText('A CIO.');
		await expect(page.locator('main [data-card] [data-row]').nth(1)).toContainText('Pointed towards this answer.');
	});
});
