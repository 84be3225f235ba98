/**
 * Keyboard-only journeys: skip link, navigation, theme choice, a visible focus indicator on every
 * focus stop of every page, and reduced motion honoured. Search and recommender journeys live in
 * their own specs.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths, onePerTemplate } from './site-pages';
import { NOT_FOUND_STATUS, watchForErrors } from './site';

const pages = builtPagePaths();
/** Per-page browser checks run once per template; axe (a11y.spec.ts) still covers every page. */
const templatePages = onePerTemplate(pages);

/** What the focused element is and how its focus indicator looks. */
async function focusInfo(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		return {
			name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
			outlineStyle: style.outlineStyle,
			outlineWidth: parseFloat(style.outlineWidth),
			boxShadow: style.boxShadow,
			visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
			inMain: !!element.closest('main'),
			isMain: element.tagName === 'MAIN',
		};
	});
}

test('the skip link is the first focus stop, becomes visible and moves focus into the main content', async ({
	page,
}) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('roles/cio/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	const box = await skip.boundingBox();
	expect(box!.width).toBeGreaterThan(20);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	const info = await focusInfo(page);
	expect(info?.isMain || info?.inMain, 'focus is in <main> after the skip link').toBe(true);
	// The next Tab continues inside the main content, not back in the header.
	await page.keyboard.press('Tab');
	expect((await focusInfo(page))?.inMain).toBe(true);
	assertNoErrors();
});

test('the main navigation is reachable with Tab and followed with Enter', async ({ page }) => {
	const assertNoErrors = watchForErrors(page);
	await page.goto('./');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const target = nav.getByRole('link', { name: 'Differences', exact: true });
	for (let stops = 0; stops < 30; stops++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) break;
	}
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/differences\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key differences and overlaps');
	assertNoErrors();
});

test('the theme is chosen with the keyboard alone', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	const assertNoErrors = watchForErrors(page);
	await page.goto('./');
	const select = page.getByLabel('Theme');
	for (let stops = 0; stops < 30; stops++) {
		await page.keyboard.press('Tab');
		if (await select.evaluate((element) => element === document.activeElement)) break;
	}
	await expect(select).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(select).toHaveValue('dark');
	expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
	assertNoErrors();
	await context.close();
});

for (const path of templatePages) {
	test(`every focus stop on ${path} shows a visible focus indicator`, async ({ page }) => {
		const assertNoErrors = watchForErrors(page, { allow: path === 'no/such/page/' ? [NOT_FOUND_STATUS] : [] });
		await page.goto(path);
		const missing: string[] = [];
		let stops = 0;
		let first: string | undefined;
		for (; stops < 300; stops++) {
			await page.keyboard.press('Tab');
			const info = await focusInfo(page);
			// Past the last stop focus leaves the document, or wraps round to the first stop.
			if (!info || info.name === first) break;
			first ??= info.name;
			const outlined = info.outlineStyle !== 'none' && info.outlineWidth >= 2;
			const ringed = info.boxShadow !== 'none';
			if (!info.visible || !(outlined || ringed)) missing.push(`${info.name}: ${JSON.stringify(info)}`);
		}
		expect(stops, 'the page has focus stops').toBeGreaterThan(0);
		expect(missing, missing.join('\n')).toEqual([]);
		assertNoErrors();
	});
}

test('with reduced motion asked for, nothing animates or transitions', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	const assertNoErrors = watchForErrors(page);
	for (const path of templatePages.filter((path) => path !== 'no/such/page/')) {
		await page.goto(path);
		const moving = await page.evaluate(() => {
			const seconds = (value: string) =>
				Math.max(
					...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))),
				);
			const found: string[] = [];
			for (const element of [document.documentElement, ...document.querySelectorAll('*')]) {
				for (const pseudo of [null, '::before', '::after']) {
					const style = getComputedStyle(element, pseudo);
					const transition = style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
					const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
					if (transition > 0.001 || animation > 0.001) found.push(`${element.tagName}${pseudo ?? ''}`);
				}
			}
			if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
			return found;
		});
		expect(moving, `${path} moves despite reduced motion`).toEqual([]);
	}
	assertNoErrors();
	await context.close();
});
