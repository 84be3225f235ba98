import { describe, expect, it } from 'vitest';
import { blocks, demoteHeadings, llmsIndex, markdownTable, replaceComponents } from './llms';

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

describe('replaceComponents', () => {
	it('replaces component tags with their Markdown and keeps the prose', () => {
		expect(replaceComponents('Intro\n\n<Table />\n\nEnd', { Table: () => '| a |\n' }, 'x.mdx')).toBe(
			'Intro\n\n| a |\n\nEnd',
		);
	});

	it('passes attributes and inner text to the renderer', () => {
		const renderers = {
			SiteLink: (attributes: Readonly<Record<string, string>>, children: string) =>
				`[${children}](${attributes['to']})`,
			Tool: (attributes: Readonly<Record<string, string>>) => `tool ${JSON.stringify(attributes)}`,
		};
		expect(
			replaceComponents(
				'See the <SiteLink to="/guide/">guide</SiteLink>.\n\n<Tool syncUrl id="x" />',
				renderers,
				'x.mdx',
			),
		).toBe('See the [guide](/guide/).\n\ntool {"syncUrl":"true","id":"x"}');
	});

	it('fails naming the page and the component it cannot render', () => {
		expect(() => replaceComponents('<Unknown />', {}, 'content/pages/home.mdx')).toThrow(
			'content/pages/home.mdx: no Markdown for <Unknown />',
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
