import { expect, test } from '@playwright/test';
import { LANGUAGES } from './lang';
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
	test(`the worksheet ${worksheet.path} prints on one A4 page, portrait and landscape`, async ({ page }) => {
		await page.goto(worksheet.path);
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
