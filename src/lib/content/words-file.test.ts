import { describe, expect, it } from 'vitest';
import { wordsOfFile } from './words-file';

describe('wordsOfFile', () => {
	it('gives what follows the frontmatter, trimmed, as Astro gives entry.body', () => {
		expect(wordsOfFile('---\ntitle: A\n---\n\nFirst line.\n\n## Two {#two}\n')).toBe('First line.\n\n## Two {#two}');
		expect(wordsOfFile('\uFEFF---\ntitle: A\n---\nText')).toBe('Text');
		expect(wordsOfFile('\n\n---\ntitle: A\n---\nText')).toBe('Text');
		expect(wordsOfFile('+++\ntitle = "A"\n+++\nText')).toBe('Text');
	});
	it('reads a file without frontmatter whole', () => {
		expect(wordsOfFile('  Text only.\n')).toBe('Text only.');
		expect(wordsOfFile('Text with --- inside\n---\nmore')).toBe('Text with --- inside\n---\nmore');
	});
	it('ends the frontmatter at its first closing fence', () => {
		expect(wordsOfFile('---\na: 1\n---\nText\n---\nb: 2\n---\n')).toBe('Text\n---\nb: 2\n---');
	});
});
