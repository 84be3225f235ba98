import { describe, expect, it } from 'vitest';
import { blocks, demoteHeadings, llmsIndex, markdownTable } from './llms';

describe('llmsIndex', () => {
	it('follows the llms.txt layout: H1, summary quote, details, then link lists', () => {
		const text = llmsIndex({
			title: 'CIO vs CTO',
			summary: 'Two roles.',
			details: 'Based on an article.',
			pagesHeading: 'Pages',
			optionalHeading: 'Optional',
			pages: [{ title: 'CIO', url: 'https://x.org/roles/cio/', description: 'The CIO.' }],
			full: { title: 'Full text', url: 'https://x.org/llms-full.txt', description: 'Everything.' },
		});
		expect(text).toBe(
			'# CIO vs CTO\n\n> Two roles.\n\nBased on an article.\n\n## Pages\n\n- [CIO](https://x.org/roles/cio/): The CIO.\n\n' +
				'## Optional\n\n- [Full text](https://x.org/llms-full.txt): Everything.\n',
		);
	});
});

describe('markdown helpers', () => {
	it('escapes pipes in table cells', () => {
		expect(markdownTable(['A', 'B'], [['x | y', 'z']])).toBe('| A | B |\n| --- | --- |\n| x \\| y | z |');
	});

	it('demotes headings outside code fences only', () => {
		expect(demoteHeadings('## A\ntext\n```\n# not\n```\n### B', 1)).toBe('### A\ntext\n```\n# not\n```\n#### B');
	});

	it('joins non-empty blocks with blank lines', () => {
		expect(blocks('a', false, ' ', 'b\n')).toBe('a\n\nb\n');
	});
});
