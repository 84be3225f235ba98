import { describe, expect, it } from 'vitest';
import { allNodes, readMdx, rewriteMdx, usesOf, type MdxNode } from './mdx';

const names = (nodes: readonly MdxNode[]) =>
	nodes.map((node) => (node.kind === 'heading' ? `h${node.depth}#${node.id}` : node.name));

describe('readMdx', () => {
	it('lists headings with their ids and components with their attributes, in document order', () => {
		const body = readMdx(
			'## The two roles {#roles}\n\nText with <SiteLink to="guide#goals">the guide</SiteLink>.\n\n<FaqList group="who-does-what" />\n\n### Why <q>it</q> matters {#why}\n\n<Recommender syncUrl />\n',
		);
		expect(body.problems).toEqual([]);
		expect(names(allNodes(body))).toEqual(['h2#roles', 'SiteLink', 'FaqList', 'h3#why', 'q', 'Recommender']);
		const [heading] = body.nodes;
		expect(heading).toMatchObject({ kind: 'heading', text: 'The two roles', line: 1 });
		expect(usesOf(body, 'SiteLink')[0]).toMatchObject({
			attributes: { to: 'guide#goals' },
			text: 'the guide',
			inline: true,
		});
		expect(usesOf(body, 'FaqList')[0]).toMatchObject({
			attributes: { group: 'who-does-what' },
			inline: false,
			line: 5,
		});
		expect(usesOf(body, 'Recommender')[0]!.attributes).toEqual({ syncUrl: true });
		expect(allNodes(body).find((node) => node.kind === 'heading' && node.depth === 3)).toMatchObject({
			text: 'Why it matters',
		});
	});

	it('reads attribute expressions as the values they are written as', () => {
		const body = readMdx('<Picture of={"spectrum"} sizes={[1, -2, \'x\']} options={{ wide: true, "a-b": `c` }} />\n');
		expect(body.problems).toEqual([]);
		expect(usesOf(body, 'Picture')[0]!.attributes).toEqual({
			of: 'spectrum',
			sizes: [1, -2, 'x'],
			options: { wide: true, 'a-b': 'c' },
		});
	});

	it('finds components wherever they are nested, a wrapper on one line included', () => {
		const body = readMdx(
			'<div data-pagefind-ignore><GlossaryList /></div>\n\nA <q>quote with <SiteLink to="faq">a link</SiteLink></q>.\n',
		);
		expect(names(allNodes(body))).toEqual(['div', 'GlossaryList', 'q', 'SiteLink']);
		expect(usesOf(body, 'GlossaryList')).toHaveLength(1);
	});

	it('names what it cannot read, with the line: code in an attribute, a spread, a heading without an id, bad MDX', () => {
		expect(readMdx('\n<Picture of={name} />\n').problems).toEqual([
			{
				field: '<Picture> on line 2',
				message: expect.stringContaining('attribute "of": "{name}" is not a literal value'),
			},
		]);
		expect(readMdx('<Picture {...props} />\n').problems[0]!.message).toContain('spread attribute');
		expect(readMdx('## No id here\n').problems).toEqual([
			{ field: 'line 1', message: expect.stringContaining('"## No id here {#an-id}"') },
		]);
		expect(readMdx('<Open>\n\ntext\n').problems[0]!.message).toMatch(/^is not valid MDX/);
		expect(readMdx('# Title without id\n\n#### Deep\n').problems).toEqual([]);
	});
});

describe('rewriteMdx', () => {
	it('replaces what it is given and keeps everything else as written, nested replacements included', async () => {
		const body = readMdx(
			'## Hello <q>you</q> {#hi}\n\nSee <SiteLink to="faq">the <q>FAQ</q></SiteLink>.\n\n<PageList />\n\n*Kept* as is.\n',
		);
		const out = await rewriteMdx(body, (node, inner) => {
			if (node.kind === 'heading') return `${'#'.repeat(node.depth)} ${inner}`;
			if (node.name === 'q') return `“${inner}”`;
			if (node.name === 'SiteLink') return `[${inner}](/${String(node.attributes['to'])}/)`;
			if (node.name === 'PageList') return '- a page';
			return undefined;
		});
		expect(out).toBe('## Hello “you”\n\nSee [the “FAQ”](/faq/).\n\n- a page\n\n*Kept* as is.\n');
	});

	it('gives back the source unchanged when nothing is replaced', async () => {
		const source = '## A {#a}\n\n<div>\n\n<FaqList group="x" />\n\n</div>\n\nText.\n';
		expect(await rewriteMdx(readMdx(source), () => undefined)).toBe(source);
	});
});
