import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './site';

/** The recommender's result box, its live region and its reasons. */
const result = (page: Page) => page.locator('kb-recommender [data-result]');
const status = (page: Page) => page.locator('kb-recommender').getByRole('status');

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
			headline: 'One executive covering both roles, leaning toward the CTO side.',
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
		await expect(status(page)).toHaveAttribute('aria-live', 'polite');
		await expect(status(page)).toHaveText('Answer the three questions to see which role fits your organisation.');
	});

	test('updates as the reader answers, with reasons linking to the guide', async ({ page }) => {
		await page.goto('recommend/');
		await answer(page, ['Large enterprise', 'Service-based or operations-heavy']);
		await expect(result(page)).not.toHaveAttribute('data-recommendation');
		await answer(page, ['Operational efficiency']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cio');
		await answer(page, ['Product innovation']);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'both');
		await expect(status(page)).toContainText('the CIO focusing on internal IT management');

		const reasons = result(page).getByRole('listitem');
		await expect(reasons).toHaveCount(3);
		await expect(reasons.nth(0)).toContainText('A large enterprise usually has the scope');
		const links = result(page).getByRole('list').getByRole('link');
		await expect(links).toHaveText(['Company size', 'Industry', 'Goals']);
		await links.nth(1).click();
		await expect(page).toHaveURL(/\/guide\/#industry$/);
		await expect(page.locator('#industry')).toBeInViewport();
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
		await expect(result(page).getByRole('link', { name: 'Link to this answer' })).toHaveAttribute(
			'href',
			/\/recommend\/\?size=growing&industry=tech&goal=innovation$/,
		);

		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(page).toHaveURL(/\/recommend\/$/);
		await expect(page.getByRole('radio', { name: /Growing company/ })).not.toBeChecked();
		await expect(page.getByRole('radio', { name: /Start-up or small company/ })).toBeFocused();
	});

	test('a pre-filled link from a blog post shows its answer, campaign tags and all', async ({ page }) => {
		await page.goto('recommend/?size=small&industry=service&goal=efficiency&utm_source=blog&ref=nxtyou');
		await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
		await expect(status(page)).toContainText('leaning toward the CIO side');
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

	test('agrees with the table of all answers for every combination', async ({ page }) => {
		await page.goto('recommend/');
		// For every cell of the build-time table, choose its answers in the live form and compare.
		const mismatches = await page.evaluate(() => {
			const problems: string[] = [];
			const radio = (label: string) =>
				[...document.querySelectorAll<HTMLInputElement>('kb-recommender input')].find(
					(input) => input.labels?.[0]?.firstElementChild?.textContent?.trim() === label,
				);
			const cells = [...document.querySelectorAll<HTMLElement>('table[id^="all-answers-"] td[data-recommendation]')];
			for (const td of cells) {
				const table = td.closest('table')!;
				const row = td.parentElement!;
				const labels = [
					table.querySelector('caption')!.textContent!.replace('Company size: ', '').trim(),
					row.querySelector('th')!.textContent!.trim(),
					table.querySelectorAll('thead > tr > *')[[...row.children].indexOf(td)]!.textContent!.trim(),
				];
				for (const label of labels) radio(label)!.click();
				const live = document.querySelector<HTMLElement>('kb-recommender [data-result]')!.dataset['recommendation'];
				if (live !== td.dataset['recommendation'])
					problems.push(`${labels.join(' / ')}: table ${td.dataset['recommendation']}, live ${live}`);
			}
			return { count: cells.length, problems };
		});
		expect(mismatches).toEqual({ count: 27, problems: [] });
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

	test('the reader still gets an answer from the table of all answers', async ({ page }) => {
		await page.goto('recommend/?size=large&industry=service&goal=efficiency');
		// The form needs script, so it is not offered as a dead control.
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
		await page.getByRole('link', { name: 'table of all answers' }).click();
		await expect(page).toHaveURL(/#all-answers-at-a-glance$/);
		await expect(page.getByRole('heading', { name: 'All answers at a glance' })).toBeInViewport();
		const table = page.getByRole('table', { name: 'Company size: Large enterprise' });
		await expect(table).toBeVisible();
		const row = table.getByRole('row', { name: /Service-based or operations-heavy/ });
		await expect(row.getByRole('cell')).toHaveText(['CIO', 'CIO and CTO', 'CIO']);
		const small = page.getByRole('table', { name: 'Company size: Start-up or small company' });
		await expect(
			small
				.getByRole('row', { name: /Tech-centric/ })
				.getByRole('cell')
				.nth(1),
		).toHaveText('One person, leaning CTO');
	});
});
