/**
 * The recommender, in every language: its interface strings by key (`t`), its pages by id (`path`)
 * and the words of its questions, answers and reasons from the content files. Only the test of
 * hostile addresses (mechanics that no language changes) runs in English alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp, LANGUAGES, languageOf, type Language } from './lang';
import { watchForErrors } from './site';
import { BASE_PATH_TAG } from './tags';

/** The recommender's result box, its live region and its reasons. */
const result = (page: Page) => page.locator('kb-recommender [data-result]');
const status = (page: Page) => page.locator('kb-recommender [data-status]');

/** Answers by clicking the labels, as a pointer user would. */
async function answer(page: Page, labels: string[]) {
	for (const label of labels) await page.locator('kb-recommender').getByText(label, { exact: true }).click();
}

/** An address that ends with `path` (a page's address relative to the base, as `path()` gives it). */
const endingWith = (path: string) => new RegExp(`/${escapeRegExp(path)}$`);

/** A radio's accessible name: its answer's label, then its hint. */
const radioName = (label: string) => new RegExp(`^${escapeRegExp(label)}(\\s|$)`);

/** A question's words in one language (`content/guide/<lang>/<file>.yaml`). */
interface QuestionWords {
	title: string;
	question: string;
	options: Record<string, { label: string; short: string; urlSlug?: string; reasons?: Record<string, string> }>;
}

/** The recommender's question files by param (`size` → `size.yaml`, `goal` → `goals.yaml`). */
const QUESTION_FILES = new Map(
	readdirSync('content/guide')
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => [(parseYaml(readFileSync(`content/guide/${file}`, 'utf8')) as { param: string }).param, file]),
);

/** The YAML front matter of a content file. */
function frontMatter(file: string): Record<string, string | undefined> {
	const [, yaml = ''] = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8')) ?? [];
	return parseYaml(yaml) as Record<string, string | undefined>;
}

/**
 * Helper of this spec: the words a reader of `lang` sees that come from the content files rather than
 * the interface strings (questions, answers, reasons, page names), read as the build reads them.
 */
function contentWords(lang: string) {
	const question = (param: string): QuestionWords => {
		const file = QUESTION_FILES.get(param);
		if (!file) throw new Error(`content/guide has no question "${param}"`);
		return parseYaml(readFileSync(`content/guide/${lang}/${file}`, 'utf8')) as QuestionWords;
	};
	const option = (param: string, id: string) => {
		const found = question(param).options[id];
		if (!found) throw new Error(`content/guide/${lang}: question "${param}" has no answer "${id}"`);
		return found;
	};
	const required = (value: string | undefined, what: string) => {
		if (!value) throw new Error(`${what} is missing`);
		return value;
	};
	return {
		/** A question as the form asks it ("How large is your organisation?"). */
		question: (param: string) => question(param).question,
		/** A question's name ("Company size"). */
		factor: (param: string) => question(param).title,
		/** An answer's label ("Large enterprise"). */
		label: (param: string, id: string) => option(param, id).label,
		/** An answer in a word or two ("Large"). */
		short: (param: string, id: string) => option(param, id).short,
		/**
		 * The answers an answer page's slug stands for (`klein-produkt-effizienz` → `small`, `tech`,
		 * `efficiency`): each answer's `urlSlug` in this language, else its id.
		 */
		answersBySlug: (): Record<string, Record<string, string>> => {
			const params = ['size', 'industry', 'goal'];
			const choices = (param: string) =>
				Object.entries(question(param).options).map(([id, words]) => ({ id, slug: words.urlSlug ?? id }));
			const combinations = params.reduce<Array<Array<{ param: string; id: string; slug: string }>>>(
				(sofar, param) => sofar.flatMap((chosen) => choices(param).map((choice) => [...chosen, { param, ...choice }])),
				[[]],
			);
			return Object.fromEntries(
				combinations.map((chosen) => [
					chosen.map(({ slug }) => slug).join('-'),
					Object.fromEntries(chosen.map(({ param, id }) => [param, id])),
				]),
			);
		},
		/** Why an answer led to a result, by reason key (`cio`, `both`, `toward`, ...). */
		reason: (param: string, id: string, key: string) =>
			required(option(param, id).reasons?.[key], `content/guide/${lang}: reason "${key}" of ${param}=${id}`),
		/** A prose page's name in the navigation and the breadcrumbs (`navLabel`, else its title). */
		navLabel: (id: string) => {
			const data = frontMatter(`content/pages/${lang}/${id}.mdx`);
			return required(data['navLabel'] ?? data['title'], `content/pages/${lang}/${id}.mdx: title`);
		},
		/** A worked example's title. */
		example: (id: string) =>
			required(
				frontMatter(`content/scenarios/${lang}/${id}.mdx`)['title'],
				`content/scenarios/${lang}/${id}.mdx: title`,
			),
		/** A role's name in links ("CIO"): its acronym, the same in every language. */
		role: (id: string) =>
			required(
				(parseYaml(readFileSync(`content/roles/${id}.yaml`, 'utf8')) as { acronym?: string }).acronym,
				`content/roles/${id}.yaml: acronym`,
			),
	};
}

/** The result's headline ("One executive covering both roles, leaning towards the CTO side."). */
function headline({ t }: Language, recommendation: 'cio' | 'cto' | 'both' | 'combined', lean?: string): string {
	return recommendation === 'combined'
		? t('recommend.headline.combined', { lean: t(`recommend.lean.${lean}`) })
		: t(`recommend.headline.${recommendation}`);
}

for (const language of LANGUAGES) {
	const { lang, t, path } = language;
	const words = contentWords(lang);
	const { label } = words;

	test.describe(`in ${lang}`, () => {
		test.describe('the recommender at /recommend/', () => {
			const cases = [
				{ kind: 'cio', options: [2, 1, 0], headline: headline(language, 'cio') },
				{ kind: 'cto', options: [2, 0, 1], headline: headline(language, 'cto') },
				{ kind: 'both', options: [2, 2, 2], headline: headline(language, 'both') },
				{ kind: 'combined', options: [0, 0, 1], headline: headline(language, 'combined', 'cto') },
			] as const;

			for (const { kind, options, headline } of cases) {
				test(`keyboard only: reaching a "${kind}" answer`, async ({ page }) => {
					const assertNoErrors = watchForErrors(page);
					await page.goto(path('recommend'));
					// Tab from the top of the page until the first question's radio group has focus.
					const focusedName = () =>
						page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
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
					await expect(page.getByRole('button', { name: t('recommend.reset') })).toBeFocused();
					await page.keyboard.press('Enter');
					await expect(result(page)).not.toHaveAttribute('data-recommendation');
					await expect(page.locator('kb-recommender input:checked')).toHaveCount(0);
					assertNoErrors();
				});
			}

			test('questions are radio groups with legends, and the result is a live region', async ({ page }) => {
				await page.goto(path('recommend'));
				for (const param of ['size', 'industry', 'goal']) {
					const group = page.getByRole('group', { name: words.question(param) });
					await expect(group).toBeVisible();
					expect(await group.getByRole('radio').count()).toBe(3);
				}
				await expect(page.getByRole('radio', { name: radioName(label('size', 'large')) })).toBeVisible();
				await expect(status(page)).toHaveAttribute('role', 'status');
				await expect(status(page)).toHaveAttribute('aria-live', 'polite');
				await expect(status(page)).toHaveText(t('recommend.prompt'));
			});

			test(
				'updates as the reader answers, with reasons written for the result and linking to the guide',
				{ tag: BASE_PATH_TAG },
				async ({ page, baseURL }) => {
					await page.goto(path('recommend'));
					await answer(page, [label('size', 'large'), label('industry', 'service')]);
					await expect(result(page)).not.toHaveAttribute('data-recommendation');
					await answer(page, [label('goal', 'efficiency')]);
					await expect(result(page)).toHaveAttribute('data-recommendation', 'cio');
					const rows = result(page).locator('[data-row]');
					// One row per answer and one for all together, each with its weight in words.
					await expect(rows).toHaveCount(4);
					await expect(rows.nth(0)).toContainText(label('size', 'large'));
					// The size's reason written for a CIO: the other answers weigh towards the CIO's side only.
					await expect(rows.nth(0)).toContainText(words.reason('size', 'large', 'cio'));
					await expect(rows.nth(1)).toContainText(t('guide.pull.cio'));
					await expect(rows.nth(1)).toContainText(t('recommend.relation.toward'));
					await expect(rows.nth(3)).toContainText(t('recommend.total'));

					await answer(page, [label('goal', 'innovation')]);
					await expect(result(page)).toHaveAttribute('data-recommendation', 'both');
					await expect(status(page)).toContainText(t('recommend.detail.both'));
					// The size's reason changed with the result: it now speaks of both roles.
					await expect(rows.nth(0)).toContainText(words.reason('size', 'large', 'both'));
					await expect(rows.nth(0)).not.toContainText(words.reason('size', 'large', 'cio'));

					const links = result(page).locator('ol').getByRole('link');
					await expect(links).toHaveText([words.factor('size'), words.factor('industry'), words.factor('goal')]);
					await links.nth(1).click();
					await expect(page).toHaveURL(new URL(path('guide#industry'), baseURL).href);
					await expect(page.locator('#industry')).toBeInViewport();
				},
			);

			test(
				'says what to read next: the role pages, the closest worked example, the deciding answer’s guide section and the answer’s own page',
				{ tag: BASE_PATH_TAG },
				async ({ page }) => {
					await page.goto(path('recommend?size=growing&industry=service&goal=efficiency'));
					const next = result(page).locator('ul');
					const readAbout = (role: string) => t('role.readMore', { role: words.role(role) });
					await expect(next.getByRole('link', { name: readAbout('cio') })).toBeVisible();
					await expect(next.getByRole('link', { name: readAbout('cto') })).toBeHidden();
					await expect(
						next.getByRole('link', {
							name: t('recommend.next.example', { title: words.example('logistics-company') }),
						}),
					).toHaveAttribute('href', endingWith(path('scenarios/logistics-company')));
					await expect(
						next.getByRole('link', { name: t('recommend.next.guide', { factor: words.factor('industry') }) }),
					).toHaveAttribute('href', endingWith(path('guide#industry')));
					await expect(next.getByRole('link', { name: t('recommend.share') })).toHaveAttribute(
						'href',
						endingWith(path('answers/growing-service-efficiency')),
					);
					// One executive covering both roles: both role pages.
					await answer(page, [label('industry', 'tech')]);
					await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
					await expect(next.getByRole('link', { name: readAbout('cto') })).toBeVisible();
					await expect(next.getByRole('link', { name: readAbout('cio') })).toBeVisible();
				},
			);

			test(
				'copies the address of the answer’s own page',
				{ tag: BASE_PATH_TAG },
				async ({ page, context, baseURL }) => {
					await context.grantPermissions(['clipboard-read', 'clipboard-write']);
					await page.goto(path('recommend?size=large&industry=mixed&goal=innovation'));
					await result(page)
						.getByRole('button', { name: t('recommend.copy') })
						.click();
					await expect(result(page).locator('[data-copied]')).toHaveText(t('recommend.copied'));
					expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
						new URL(path('answers/large-mixed-innovation'), baseURL).href,
					);
					// The status belongs to that address: a new answer clears it.
					await answer(page, [label('goal', 'both')]);
					await expect(result(page).locator('[data-copied]')).toHaveText('');
				},
			);

			test(
				'the answer lives in the URL: answer, reload, same result',
				{ tag: BASE_PATH_TAG },
				async ({ page, baseURL }) => {
					await page.goto(path('recommend'));
					await answer(page, [label('size', 'growing'), label('industry', 'tech'), label('goal', 'innovation')]);
					await expect(page).toHaveURL(
						new URL(path('recommend?size=growing&industry=tech&goal=innovation'), baseURL).href,
					);
					await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
					await page.reload();
					await expect(page.getByRole('radio', { name: radioName(label('size', 'growing')) })).toBeChecked();
					await expect(page.getByRole('radio', { name: radioName(label('industry', 'tech')) })).toBeChecked();
					await expect(page.getByRole('radio', { name: radioName(label('goal', 'innovation')) })).toBeChecked();
					await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
					// The shareable link is the answer's own page; the query string still works as before.
					await expect(result(page).getByRole('link', { name: t('recommend.share') })).toHaveAttribute(
						'href',
						endingWith(path('answers/growing-tech-innovation')),
					);

					await page.getByRole('button', { name: t('recommend.reset') }).click();
					await expect(page).toHaveURL(new URL(path('recommend'), baseURL).href);
					await expect(page.getByRole('radio', { name: radioName(label('size', 'growing')) })).not.toBeChecked();
					await expect(page.getByRole('radio', { name: radioName(label('size', 'small')) })).toBeFocused();
					// Nothing is answered any more, so there is nothing to start again.
					await expect(page.getByRole('button', { name: t('recommend.reset') })).toBeHidden();
				},
			);

			test(
				'a pre-filled link from a blog post shows its answer, campaign tags and all',
				{ tag: BASE_PATH_TAG },
				async ({ page }) => {
					await page.goto(path('recommend?size=small&industry=service&goal=efficiency&utm_source=blog&ref=nxtyou'));
					await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
					await expect(status(page).locator('strong')).toHaveText(headline(language, 'combined', 'cio'));
					await expect(page.locator('kb-recommender [data-note]')).toBeHidden();
				},
			);

			test('agrees with the grid of all answers for every combination, and marks the reader’s own cell', async ({
				page,
			}) => {
				await page.goto(path('recommend'));
				// The recommender's words load with the first answer.
				await answer(page, [label('size', 'large'), label('industry', 'service'), label('goal', 'efficiency')]);
				await expect(result(page)).toHaveAttribute('data-recommendation', 'cio');
				// Each live headline in the grid's short form (one word list per result), from this
				// language's strings: six results, six different headlines and six different cells.
				const leans = ['cio', 'cto', 'balanced'];
				const short: Record<string, string> = {
					[headline(language, 'cio')]: t('recommend.cell.cio'),
					[headline(language, 'cto')]: t('recommend.cell.cto'),
					[headline(language, 'both')]: t('recommend.cell.both'),
					...Object.fromEntries(
						leans.map((lean) => [
							headline(language, 'combined', lean),
							t('recommend.cell.combined', { lean: t(`recommend.cellLean.${lean}`) }),
						]),
					),
				};
				expect(Object.keys(short)).toHaveLength(6);
				expect(new Set(Object.values(short)).size).toBe(6);
				// For every cell of the build-time grid, choose its answers in the live form and compare the
				// live answer in the grid's short form with the cell's words.
				const mismatches = await page.evaluate(
					async ({ short, answersBySlug }) => {
						const problems: string[] = [];
						const cells = [...document.querySelectorAll<HTMLAnchorElement>('[data-grid] a')];
						const idOf = (cell: HTMLAnchorElement) => cell.pathname.split('/').at(-2)!;
						for (const cell of cells) {
							const answers = answersBySlug[idOf(cell)];
							if (!answers) {
								problems.push(`${idOf(cell)}: no answers of this language have this address`);
								continue;
							}
							for (const [name, value] of Object.entries(answers)) {
								document
									.querySelector<HTMLInputElement>(`kb-recommender input[name="${name}"][value="${value}"]`)!
									.click();
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
					},
					{ short, answersBySlug: words.answersBySlug() },
				);
				expect(mismatches).toEqual({ count: 27, problems: [] });
				await page.getByRole('button', { name: t('recommend.reset') }).click();
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
				await page.goto(path('recommend'));
				// Reading the page costs no request for the recommender's words.
				await page.waitForLoadState('networkidle');
				expect(requested).toEqual([]);
				await answer(page, [label('size', 'large')]);
				await expect.poll(() => requested.length).toBe(1);
				// No dead form: the no-script way to an answer comes back.
				await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0);
				await expect(page.getByRole('link', { name: t('recommend.noScriptLink') })).toBeVisible();
			});

			test('works at 320 px wide', async ({ page }) => {
				await page.setViewportSize({ width: 320, height: 640 });
				await page.goto(path('recommend?size=large&industry=mixed&goal=both'));
				await expect(result(page)).toHaveAttribute('data-recommendation', 'both');
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				await answer(page, [label('size', 'small')]);
				await expect(result(page)).toHaveAttribute('data-recommendation', 'combined');
				const reset = page.getByRole('button', { name: t('recommend.reset') });
				const box = (await reset.boundingBox())!;
				expect(box.x + box.width).toBeLessThanOrEqual(320);
				await reset.click();
				await expect(result(page)).not.toHaveAttribute('data-recommendation');
			});
		});

		test.describe('the recommender on a phone (375 × 812)', () => {
			test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

			test('the home page’s main action lands on the first question, on the first screen; the home page asks it too, and its first tap is an answer', async ({
				page,
				baseURL,
			}) => {
				const assertNoErrors = watchForErrors(page);
				const firstQuestion = page.getByRole('group', { name: words.question('size') });
				await page.goto(path('home'));
				await page.getByRole('link', { name: t('start.recommend') }).click();
				await expect(page).toHaveURL(new URL(path('recommend'), baseURL).href);
				await expect(firstQuestion.getByRole('radio')).toHaveCount(3);
				await expect(firstQuestion).toBeInViewport({ ratio: 1 });
				// The home page asks the same question; its answers lead to the recommender with it given.
				await page.goBack();
				await firstQuestion.getByRole('link', { name: radioName(label('size', 'growing')) }).click();
				await expect(page).toHaveURL(new URL(path('recommend?size=growing'), baseURL).href);
				await expect(page.getByRole('radio', { name: radioName(label('size', 'growing')) })).toBeChecked();
				await expect(firstQuestion).toBeInViewport({ ratio: 1 });
				assertNoErrors();
			});

			for (const motion of ['no-preference', 'reduce'] as const) {
				test(`the answer comes into view after the third answer and is announced (reduced motion: ${motion})`, async ({
					page,
				}) => {
					await page.emulateMedia({ reducedMotion: motion });
					await page.goto(path('recommend'));
					const headlineText = result(page).locator('[data-headline]');
					// "Start again" only once something is answered.
					await expect(page.getByRole('button', { name: t('recommend.reset') })).toBeHidden();
					await answer(page, [label('size', 'growing')]);
					await expect(page.getByRole('button', { name: t('recommend.reset') })).toBeVisible();
					await answer(page, [label('industry', 'tech')]);
					await expect(headlineText).not.toBeInViewport();
					await answer(page, [label('goal', 'innovation')]);
					// The live region holds the answer, so a screen reader says it; the page brings it into view.
					await expect(status(page)).toContainText(headline(language, 'cto'));
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
					await expect(headlineText).toBeInViewport();
					// Changing an answer afterwards does not move the page under the reader's finger. Where
					// a smooth scroll brought the answer into view, it may still be moving: measure from
					// where it came to rest (no change for 150 ms), so only the change itself is judged.
					const scrolled = await page.evaluate(
						() =>
							new Promise<number>((resolve) => {
								let last = Number.NaN;
								const check = () => {
									if (scrollY === last) return resolve(scrollY);
									last = scrollY;
									setTimeout(check, 150);
								};
								check();
							}),
					);
					// Clicked from script: a pointer click would first scroll the label into view.
					await page.evaluate(() =>
						document.querySelector<HTMLInputElement>('input[name="goal"][value="both"]')!.click(),
					);
					await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
					expect(await page.evaluate(() => scrollY)).toBe(scrolled);
				});
			}
		});

		test.describe('the recommender on a desk (1280 × 800)', () => {
			test.use({ viewport: { width: 1280, height: 800 } });

			test('the answer stands beside the questions and stays in view with the last one; a changed answer shows its effect at once', async ({
				page,
			}) => {
				const assertNoErrors = watchForErrors(page);
				await page.goto(path('recommend'));
				await answer(page, [label('size', 'growing'), label('industry', 'tech'), label('goal', 'both')]);
				await expect(status(page)).toContainText(headline(language, 'cto'));
				const lastQuestion = page.getByRole('group', { name: words.question('goal') });
				await expect(lastQuestion).toBeInViewport({ ratio: 1 });
				await expect(status(page)).toBeInViewport({ ratio: 1 });
				// Beside, not below: the answer starts right of the questions.
				const form = (await page.locator('kb-recommender [data-form]').boundingBox())!;
				const card = (await result(page).boundingBox())!;
				expect(card.x).toBeGreaterThanOrEqual(form.x + form.width);
				// The page does not move; the answer changes where the reader sees it.
				const scrolled = await page.evaluate(() => scrollY);
				await page.evaluate(() =>
					document.querySelector<HTMLInputElement>('input[name="industry"][value="service"]')!.click(),
				);
				await expect(status(page)).toContainText(headline(language, 'both'));
				await expect(status(page)).toBeInViewport({ ratio: 1 });
				expect(await page.evaluate(() => scrollY)).toBe(scrolled);
				assertNoErrors();
			});
		});

		test.describe('the guide', () => {
			test(
				'invites to the recommender rather than carrying a second copy, and lists the worked examples',
				{ tag: BASE_PATH_TAG },
				async ({ page }) => {
					await page.goto(path('guide'));
					await expect(page.locator('kb-recommender')).toHaveCount(0);
					const invitation = page
						.getByRole('main')
						.getByRole('link', { name: new RegExp(`^${escapeRegExp(words.navLabel('recommend'))}`) });
					await expect(invitation).toHaveAttribute('href', endingWith(path('recommend')));
					const examples = page.locator('#worked-examples ~ ul').first();
					expect(await examples.getByRole('link').count()).toBeGreaterThanOrEqual(6);
				},
			);
		});

		test.describe('worked scenarios', () => {
			test('each scenario page states the engine answer and opens it pre-filled in the recommender', async ({
				page,
			}) => {
				test.setTimeout(120_000);
				await page.goto(path('guide'));
				const hrefs = await page
					.locator('#worked-examples ~ ul')
					.first()
					.getByRole('link')
					.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
				expect(hrefs.length).toBeGreaterThanOrEqual(6);
				const prefilled = new RegExp(`/${escapeRegExp(path('recommend'))}\\?size=\\w+&industry=\\w+&goal=\\w+$`);
				for (const href of hrefs) {
					await page.goto(href);
					const crumbs = page.getByRole('navigation', { name: t('breadcrumbs.label') });
					await expect(crumbs.getByRole('link')).toHaveText([words.navLabel('home'), words.navLabel('guide')]);
					const stated = page.locator('main [data-recommendation]');
					const kind = await stated.getAttribute('data-recommendation');
					const statedHeadline = await stated.locator('strong').first().innerText();
					await page.getByRole('link', { name: t('scenario.open') }).click();
					await expect(page).toHaveURL(prefilled);
					await expect(result(page)).toHaveAttribute('data-recommendation', kind!);
					await expect(status(page).locator('strong')).toHaveText(statedHeadline);
				}
			});
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test(
				'the reader still gets an answer: the grid of all answers leads to the answer’s own page',
				{ tag: BASE_PATH_TAG },
				async ({ page, baseURL }) => {
					await page.goto(path('recommend?size=large&industry=service&goal=efficiency'));
					// The form needs script, so it is not offered as a dead control.
					await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0);
					const reset = { name: t('recommend.reset') };
					await expect(page.getByRole('button', { ...reset, includeHidden: true })).toHaveCount(1);
					await expect(page.getByRole('button', reset)).toBeHidden();
					await page.getByRole('link', { name: t('recommend.noScriptLink') }).click();
					await expect(page).toHaveURL(new URL(path('recommend#all-answers-at-a-glance'), baseURL).href);
					await expect(page.getByRole('heading', { name: t('recommend.page.all') })).toBeInViewport();
					const grid = page.getByRole('table', { name: t('recommend.grid.caption', { count: 27 }) });
					await expect(grid).toBeVisible();
					await expect(grid.getByRole('link')).toHaveCount(27);
					const cell = t('recommend.grid.cell', {
						answers: [
							words.short('size', 'large'),
							words.short('industry', 'service'),
							words.short('goal', 'efficiency'),
						].join(' · '),
						answer: t('recommend.cell.cio'),
					});
					await grid.getByRole('link', { name: cell }).click();
					await expect(page).toHaveURL(new URL(path('answers/large-service-efficiency'), baseURL).href);
					// The answer page's heading is the answer in words; its card gives the reasons.
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(language, 'cio'));
					const card = page.locator('main [data-card]:not([data-result])');
					await expect(card.locator('[data-headline]')).toHaveText(headline(language, 'cio'));
					await expect(card.locator('[data-row]').nth(1)).toContainText(t('recommend.relation.toward'));
				},
			);
		});
	});
}

/** Hostile addresses are mechanics no language changes: English only, to keep the suite fast. */
test.describe('the recommender at /recommend/', () => {
	const english = languageOf('en');
	const { t, path } = english;
	const { label } = contentWords(english.lang);

	test('hostile parameters leave the page working, with a quiet note and nothing injected', async ({
		page,
		baseURL,
	}) => {
		const assertNoErrors = watchForErrors(page);
		page.on('dialog', (dialog) => {
			throw new Error(`dialog opened: ${dialog.message()}`);
		});
		await page.goto(path('recommend'));
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
		await page.goto(path(`recommend?${query}`));
		const note = page.locator('kb-recommender [data-note]');
		await expect(note).toBeVisible();
		await expect(note).toHaveText(t('recommend.ignored'));
		// The first valid value of each parameter counts: large and innovation; industry is unanswered.
		await expect(page.getByRole('radio', { name: radioName(label('size', 'large')) })).toBeChecked();
		await expect(page.getByRole('radio', { name: radioName(label('goal', 'innovation')) })).toBeChecked();
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
		await answer(page, [label('industry', 'tech')]);
		await expect(result(page)).toHaveAttribute('data-recommendation', 'cto');
		await expect(page).toHaveURL(new URL(path('recommend?size=large&industry=tech&goal=innovation'), baseURL).href);
		assertNoErrors();
	});
});
