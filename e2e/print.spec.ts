import { expect, test } from '@playwright/test';
import { LANGUAGES, languageOf } from './lang';
import { builtPages } from './site';

for (const { lang, t, path } of LANGUAGES) {
	test.describe(`in ${lang}`, () => {
		test('printing drops the site chrome and prints dark text on white, even in the dark theme', async ({
			browser,
		}) => {
			const context = await browser.newContext({ colorScheme: 'dark' });
			const page = await context.newPage();
			await page.goto(path('roles/cio'));
			// The chrome is there on screen, so its being hidden in print is print's doing.
			const chrome = [t('nav.label'), t('toc.label'), t('pagination.label')].map((name) =>
				page.getByRole('navigation', { name }),
			);
			for (const navigation of chrome) await expect(navigation).toHaveCount(1);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			for (const navigation of chrome) await expect(navigation).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const colours = await page.evaluate(() => ({
				background: getComputedStyle(document.documentElement).backgroundColor,
				text: getComputedStyle(document.body).color,
			}));
			expect(colours.background).toBe('rgb(255, 255, 255)');
			// Near-black text: every channel dark.
			expect(Math.max(...(colours.text.match(/\d+/g) ?? []).map(Number))).toBeLessThan(40);
			// The credit stays, so a printout still names its source.
			await expect(page.getByRole('contentinfo')).toContainText('Marin Delija');
			await context.close();
		});
	});
}

/** The number of pages of a PDF, from its page objects. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

for (const worksheet of builtPages().filter((page) => page.html.root.querySelector('main table.worksheet'))) {
	test(`the worksheet ${worksheet.path} fits a phone, its button prints it, and it prints on one A4 page, portrait and landscape`, async ({
		page,
	}) => {
		const { t } = languageOf(worksheet.lang);
		// The print dialog cannot be driven: the button's call to print() is counted instead.
		await page.addInitScript(() => {
			window.print = () => {
				(window as unknown as { printed: number }).printed =
					((window as unknown as { printed?: number }).printed ?? 0) + 1;
			};
		});
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(worksheet.path);
		// On a phone the reader's own column, the worksheet's reason to exist, is on screen in every row.
		const ours = await page.locator('main table.worksheet tbody td:last-child').evaluateAll((cells) =>
			cells.map((cell) => {
				const box = cell.getBoundingClientRect();
				return { left: box.left, right: box.right, width: box.width };
			}),
		);
		expect(ours.length).toBeGreaterThan(5);
		for (const cell of ours) {
			expect(cell.left).toBeGreaterThanOrEqual(0);
			expect(cell.right).toBeLessThanOrEqual(375);
			expect(cell.width).toBeGreaterThan(200);
		}
		await page.getByRole('button', { name: t('worksheet.print') }).click();
		expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
		await page.setViewportSize({ width: 1280, height: 900 });
		for (const landscape of [false, true]) {
			// Margins as a browser's print dialog sets them by default (about 10 mm).
			const pdf = await page.pdf({
				format: 'A4',
				landscape,
				margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' },
			});
			expect(pdfPageCount(pdf), landscape ? 'landscape' : 'portrait').toBe(1);
		}
	});
}
