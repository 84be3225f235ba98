import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../content/ui/en.json' with { type: 'json' };
import { LOCALES, localeOfPath, stringProblems, translator, uiStrings } from './i18n';

/** Every source file of the site, tests left out. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

describe('interface strings', () => {
	it('every language has every string, with the same placeholders as English', () => {
		for (const locale of LOCALES) expect(stringProblems(locale, uiStrings(locale)), locale).toEqual([]);
	});

	it('names a missing, an extra or a mistranslated placeholder', () => {
		const reference = { a: 'One {count}', b: 'Two' };
		expect(stringProblems('xx', { a: 'Eins {anzahl}', c: 'Drei' }, reference)).toEqual([
			'content/ui/xx.json: "a" has placeholders {anzahl}, expected {count}',
			'content/ui/xx.json: "b" is missing',
			'content/ui/xx.json: "c" is not a key of content/ui/en.json',
		]);
	});

	it('every string is used by the code (a key nobody reads is a translator’s wasted work)', () => {
		const code = sources(new URL('../..', import.meta.url).pathname).join('\n');
		const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
		expect(unused).toEqual([]);
	});

	it('fills placeholders and refuses to leave one empty', () => {
		const t = translator('en');
		expect(t('search.status.one', { query: 'budget' })).toBe('1 result for “budget”');
		expect(() => t('search.status.one')).toThrow(/No value for \{query\}/);
	});
});

describe('localeOfPath', () => {
	it('gives the default language for every path outside a language folder', () => {
		expect(localeOfPath('/')).toBe('en');
		expect(localeOfPath('/roles/cio/')).toBe('en');
		expect(localeOfPath('/xx/roles/')).toBe('en');
	});
});
