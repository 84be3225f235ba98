import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryLinks, pageOfWordsFile, readGlossaryTerms } from './glossary-links';

/** The content folders the tests made, removed at the end. */
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A content folder with three glossary terms: two that prose links, the second explained on the
 * CIO's page, and an everyday word that it does not.
 */
function contentWithGlossary(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-glossary-'));
	made.push(dir);
	mkdirSync(join(dir, 'glossary', 'en'), { recursive: true });
	writeFileSync(
		join(dir, 'glossary', 'tech-strategy.yaml'),
		'usedOn:\n  - differences#where-the-roles-overlap\nlink: true\n',
	);
	writeFileSync(
		join(dir, 'glossary', 'en', 'tech-strategy.yaml'),
		'term: tech strategy\naliases: [technology strategy]\n',
	);
	writeFileSync(
		join(dir, 'glossary', 'it-budget.yaml'),
		'usedOn:\n  - roles/cio#managing-it-infrastructure-and-budgets\nlink: true\n',
	);
	writeFileSync(join(dir, 'glossary', 'en', 'it-budget.yaml'), 'term: IT budget\naliases: [IT budgets]\n');
	writeFileSync(join(dir, 'glossary', 'overlap.yaml'), 'usedOn:\n  - differences\n');
	writeFileSync(join(dir, 'glossary', 'en', 'overlap.yaml'), 'term: overlap\n');
	return dir;
}

/** Compiles an MDX words file as the site does, with the glossary plugin, and returns the code. */
async function compile(dir: string, file: string, source: string): Promise<string> {
	const { code } = await mdxToJs(source, {
		hastPlugins: [glossaryLinks({ contentDir: dir })],
		fileURL: pathToFileURL(join(dir, file)),
		jsxImportSource: 'astro',
		features: { headingAttributes: true },
	});
	return code;
}

/** The targets of the term links in compiled code, in order (each marked as a term's link). */
const termLinks = (code: string) =>
	[...code.matchAll(/to: "(glossary#[a-z-]+)",\s*term: true,\s*children: "([^"]*)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe('glossaryLinks', () => {
	const dir = contentWithGlossary();
	const source = `## Tech strategy {#x}

An overlap: <q>the IT budget and tech strategy</q>. Both shape the tech strategy; the IT budget too.

- <SiteLink to="guide">technology strategy</SiteLink> and the IT budgets.
`;

	it('links the first use of each term flagged for linking, outside headings, links and quotations', async () => {
		const code = await compile(dir, 'pages/en/guide.mdx', source);
		expect(termLinks(code)).toEqual(['glossary#tech-strategy tech strategy', 'glossary#it-budget IT budget']);
		expect(code).not.toContain('glossary#overlap');
	});

	it('does not link a term on the page that explains it, nor anything on the glossary', async () => {
		expect(termLinks(await compile(dir, 'roles/en/cio.mdx', source))).toEqual(['glossary#tech-strategy tech strategy']);
		expect(termLinks(await compile(dir, 'pages/en/differences.mdx', source))).toEqual(['glossary#it-budget IT budget']);
		expect(termLinks(await compile(dir, 'pages/en/glossary.mdx', source))).toEqual([]);
	});

	it('reads the terms of one language, and knows which page a words file belongs to', () => {
		expect(readGlossaryTerms(dir, 'en').map((term) => [term.id, term.home])).toEqual(
			expect.arrayContaining([
				['tech-strategy', 'differences'],
				['it-budget', 'roles/cio'],
			]),
		);
		expect(readGlossaryTerms(dir, 'en').map((term) => term.id)).not.toContain('overlap');
		expect(readGlossaryTerms(dir, 'de')).toEqual([]);
		expect(pageOfWordsFile('pages/en/guide.mdx')).toEqual({ locale: 'en', page: 'guide' });
		expect(pageOfWordsFile('scenarios/de/bank.mdx')).toEqual({ locale: 'de', page: 'scenarios/bank' });
		expect(pageOfWordsFile('guide/en/size.yaml')).toBeUndefined();
	});
});
