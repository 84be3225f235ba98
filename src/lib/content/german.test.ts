/**
 * The German reads as German (docs/german.md): the words its table keeps out of German files stay
 * out, and the German rendering of the article keeps every hedge of the original in German form.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A word or phrase kept out of German files, as `docs/german.md` lists it. */
interface Flagged {
	words: string;
	anyCase: boolean;
	instead: string;
}

/** The rows of the table under "Words kept out of German files" in docs/german.md. */
function flaggedWords(): Flagged[] {
	const doc = read('docs/german.md');
	const section = doc.slice(doc.indexOf('## Words kept out of German files'));
	return section
		.split('\n')
		.filter((line) => line.startsWith('| `'))
		.flatMap((line) => {
			const [first = '', , instead = ''] = line
				.split('|')
				.slice(1)
				.map((cell) => cell.trim());
			const anyCase = first.includes('any case');
			return [...first.matchAll(/`([^`]+)`/g)].map((match) => ({ words: match[1]!, anyCase, instead }));
		});
}

/** A flagged entry as a pattern: the whole word or phrase, not a part of a longer word. */
const patternOf = ({ words, anyCase }: Flagged) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
		anyCase ? 'iu' : 'u',
	);

/** Every German words file, the German interface strings and the German rendering of the article. */
function germanFiles(): string[] {
	const content = join(ROOT, 'content');
	const files = readdirSync(content, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && relative(content, entry.parentPath).split('/').at(-1) === 'de')
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
	return [...files, 'content/ui/de.json', 'e2e/fixtures/source-article.de.txt'].sort();
}

/** A file's lines that a reader can see: the search stop words are a list for the index, not prose. */
function linesOf(file: string): Array<{ line: number; text: string }> {
	return read(file)
		.split('\n')
		.map((text, index) => ({ line: index + 1, text }))
		.filter(({ text }) => !text.trimStart().startsWith('"search.stopWords"') && !text.startsWith('#'));
}

describe('German words', () => {
	const flagged = flaggedWords();

	it('reads the list of words kept out from docs/german.md', () => {
		expect(flagged.map((entry) => entry.words)).toEqual(
			expect.arrayContaining(['Empfehlungstool', 'Lesart dieser', 'Service', 'könnte', 'wortgetreu']),
		);
		expect(flagged.length).toBeGreaterThan(15);
	});

	it('finds a flagged word as a whole word only', () => {
		const service = patternOf({ words: 'Service', anyCase: false, instead: '' });
		expect(service.test('short: Service')).toBe(true);
		expect(service.test('Lager und Kundenservice')).toBe(false);
		expect(patternOf({ words: 'könnte', anyCase: true, instead: '' }).test('Beide Könnte')).toBe(true);
		expect(patternOf({ words: 'könnte', anyCase: true, instead: '' }).test('Beide könnten')).toBe(false);
	});

	it('keeps the flagged words out of every German file', () => {
		const files = germanFiles();
		expect(files).toContain('content/pages/de/guide.mdx');
		const found: string[] = [];
		for (const file of files) {
			for (const { line, text } of linesOf(file)) {
				for (const entry of flagged) {
					if (patternOf(entry).test(text)) found.push(`${file}:${line}: „${entry.words}“ (${entry.instead})`);
				}
			}
		}
		expect(found, 'see docs/german.md').toEqual([]);
	});
});

describe('the German rendering of the article', () => {
	/** The article's sentences in order, as e2e/article.spec.ts reads them (bullet labels aside). */
	function englishSentences(): string[] {
		const headings = new Set([
			'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
			'The Role of the CIO',
			'The Role of the CTO',
			'Key Differences and Overlaps',
			'Choosing the Right Role for Your Organization',
		]);
		return read('e2e/fixtures/source-article.txt')
			.split('\n')
			.map((line) => line.replace(/^\s*•\s*/, '').trim())
			.filter((line) => line !== '' && !headings.has(line))
			.flatMap((line) => line.replace(/^[A-Z][A-Za-z ]{2,60}: /, '').split(/(?<=[.!?])\s+(?=[A-Z])/));
	}
	const german = read('e2e/fixtures/source-article.de.txt')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'));

	it('renders each sentence of the article in one line, in order', () => {
		expect(german).toHaveLength(englishSentences().length);
	});

	it('keeps every hedge of the original, in German form', () => {
		const hedges = /\b(might|may|can|could)\b/i;
		const german_hedges = /\b(womöglich|unter Umständen|kann|können|lässt|lassen)\b/iu;
		const lost = englishSentences().flatMap((sentence, index) =>
			hedges.test(sentence) && !german_hedges.test(german[index]!) ? [`${sentence}\n  → ${german[index]}`] : [],
		);
		expect(lost).toEqual([]);
	});
});
