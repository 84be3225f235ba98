/**
 * Reading a words file's MDX through the syntax tree the MDX compiler builds (Sätteri's mdast,
 * the processor `astro.config.mjs` names, with the same heading ids), never with regular
 * expressions: its `##` and `###` headings with their ids, and every element and component it
 * uses, with their attributes, in document order, nested as they are written. The contents
 * column, the checks, the structured data and the Markdown of each page read this tree.
 */
import { parseExpressionAt, type Expression } from 'acorn';
import { mdxToMdast } from 'satteri';
import type { Problem } from '../domain/problems';

/** An attribute's value: text, `true` for a bare attribute, or a literal written as an expression (`{["a", 1]}`). */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };

/** Where a node stands in the source: offsets of the whole node and of what it wraps. */
interface Span {
	/** 1-based line, for messages. */
	line: number;
	start: number;
	end: number;
	/** What the node wraps (its children), or an empty range at its end when it wraps nothing. */
	inner: { start: number; end: number };
}

/** A heading; `##` and `###` ones are the page's sections and must have an id. */
export interface MdxHeading extends Span {
	kind: 'heading';
	depth: 1 | 2 | 3 | 4 | 5 | 6;
	/** Its explicit id (`{#id}`), which section links use. */
	id: string | undefined;
	/** Its text, as the contents column shows it. */
	text: string;
	children: MdxNode[];
}

/** An element (`<q>`, `<div>`) or a component (`<FaqList group="…" />`) written in the MDX. */
export interface MdxElement extends Span {
	kind: 'element';
	name: string;
	/** Whether it stands within a paragraph (`<SiteLink>` in a sentence) rather than as a block. */
	inline: boolean;
	attributes: Record<string, AttributeValue>;
	/** Attributes that could not be read (a problem names each); left out of `attributes`. */
	unreadable: string[];
	/** Its text content, plain. */
	text: string;
	/** The headings and elements inside it. */
	children: MdxNode[];
}

/** What the reader keeps of a body: headings and elements, nested as written. */
export type MdxNode = MdxHeading | MdxElement;

/** A words file's body, read. */
export interface MdxBody {
	source: string;
	/** The headings and elements at the top, each with what it holds. */
	nodes: MdxNode[];
	/** What cannot be read: a syntax error, an attribute that is not a literal, a heading without an id. */
	problems: Array<Omit<Problem, 'file'>>;
}

/** The mdast nodes the reader looks at (Sätteri's shapes, which are unified's). */
type Mdast = {
	type: string;
	name?: string | null;
	depth?: number;
	value?: unknown;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	data?: { hProperties?: { id?: unknown } };
	children?: Mdast[];
	position?: { start: { line: number; offset?: number }; end: { offset?: number } };
};

/** A component's name starts with a capital letter; anything else is an HTML element. */
export const isComponent = (node: MdxNode): node is MdxElement => node.kind === 'element' && /^[A-Z]/.test(node.name);

/** The literal value of an expression (`"spectrum"`, `["a", 1]`, `{ a: true }`, `-1`), or an error. */
function literal(node: Expression): AttributeValue {
	switch (node.type) {
		case 'Literal':
			if (node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value)) {
				return node.value as string | number | boolean | null;
			}
			break;
		case 'TemplateLiteral':
			if (node.expressions.length === 0) return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
			break;
		case 'UnaryExpression':
			if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
				return -node.argument.value;
			}
			break;
		case 'ArrayExpression':
			return node.elements.map((element) => {
				if (!element || element.type === 'SpreadElement') throw new Error('a list with a gap or a spread');
				return literal(element);
			});
		case 'ObjectExpression':
			return Object.fromEntries(
				node.properties.map((property) => {
					if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) {
						throw new Error('an object with computed, spread or method properties');
					}
					const key = property.key.type === 'Identifier' ? property.key.name : literal(property.key as Expression);
					return [String(key), literal(property.value as Expression)];
				}),
			);
	}
	throw new Error(`"${node.type}" is not a literal value`);
}

/** Reads `{…}`'s JavaScript as a literal value, or says why it cannot. */
function evaluate(source: string): { value: AttributeValue } | { error: string } {
	try {
		const expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
		if (source.slice(expression.end).trim() !== '') return { error: `"{${source}}" is more than one value` };
		return { value: literal(expression) };
	} catch {
		return { error: `"{${source}}" is not a literal value (write text, a number, true or false, a list or an object)` };
	}
}

/** The plain text of a node's content. */
function textOf(node: Mdast): string {
	if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** Where a node stands, with the range of its children. */
function spanOf(node: Mdast, source: string, firstLine: number): Span {
	const start = node.position?.start.offset ?? 0;
	const end = node.position?.end.offset ?? source.length;
	const children = node.children ?? [];
	const first = children[0]?.position?.start.offset;
	const last = children.at(-1)?.position?.end.offset;
	return {
		line: (node.position?.start.line ?? 1) + firstLine - 1,
		start,
		end,
		inner: first !== undefined && last !== undefined ? { start: first, end: last } : { start: end, end },
	};
}

/**
 * Reads an MDX body. Never throws: what cannot be read is a problem, with its line. `firstLine` is
 * the line of the file the body starts on (after the frontmatter), so lines are the file's.
 */
export function readMdx(source: string, firstLine = 1): MdxBody {
	const problems: MdxBody['problems'] = [];
	let root: Mdast;
	try {
		root = mdxToMdast(source, { features: { headingAttributes: true } }) as unknown as Mdast;
	} catch (error) {
		return { source, nodes: [], problems: [{ message: `is not valid MDX: ${(error as Error).message}` }] };
	}
	const walk = (nodes: readonly Mdast[]): MdxNode[] =>
		nodes.flatMap((node): MdxNode[] => {
			const span = spanOf(node, source, firstLine);
			if (node.type === 'heading' && node.depth !== undefined && node.depth >= 1 && node.depth <= 6) {
				const id = node.data?.hProperties?.id;
				const text = textOf(node).trim();
				if ((node.depth === 2 || node.depth === 3) && (typeof id !== 'string' || id === '')) {
					problems.push({
						field: `line ${span.line}`,
						message: `the heading "${text}" has no id: write it as "${'#'.repeat(node.depth)} ${text} {#an-id}" (section links use it)`,
					});
				}
				return [
					{
						kind: 'heading',
						depth: node.depth as MdxHeading['depth'],
						id: typeof id === 'string' ? id : undefined,
						text,
						...span,
						children: walk(node.children ?? []),
					},
				];
			}
			if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
				const name = node.name;
				const attributes: Record<string, AttributeValue> = {};
				const unreadable: string[] = [];
				for (const attribute of node.attributes ?? []) {
					const where = { field: `<${name}> on line ${span.line}` };
					if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
						problems.push({ ...where, message: 'has a spread attribute ({...}); write each attribute out' });
						unreadable.push('...');
						continue;
					}
					const value = attribute.value;
					if (value === null || value === undefined) attributes[attribute.name] = true;
					else if (typeof value === 'string') attributes[attribute.name] = value;
					else {
						const result = evaluate(String((value as { value?: unknown }).value ?? ''));
						if ('error' in result) {
							problems.push({ ...where, message: `attribute "${attribute.name}": ${result.error}` });
							unreadable.push(attribute.name);
						} else attributes[attribute.name] = result.value;
					}
				}
				return [
					{
						kind: 'element',
						name,
						inline: node.type === 'mdxJsxTextElement',
						attributes,
						unreadable,
						text: textOf(node).trim(),
						...span,
						children: walk(node.children ?? []),
					},
				];
			}
			return walk(node.children ?? []);
		});
	return { source, nodes: walk(root.children ?? []), problems };
}

/** Every node of a body, depth first, in document order. */
export function allNodes(body: Pick<MdxBody, 'nodes'>): MdxNode[] {
	const flat = (nodes: readonly MdxNode[]): MdxNode[] => nodes.flatMap((node) => [node, ...flat(node.children)]);
	return flat(body.nodes);
}

/** Every use of the named component in a body, in document order. */
export function usesOf(body: Pick<MdxBody, 'nodes'>, name: string): MdxElement[] {
	return allNodes(body).filter((node): node is MdxElement => node.kind === 'element' && node.name === name);
}

/**
 * The body rewritten: each heading and element for which `replace` gives a string is replaced by
 * it, everything else is kept as written. `replace` receives the node and what it wraps, already
 * rewritten; heading ids (`{#id}`) are part of a heading's source, not of what it wraps.
 */
export async function rewriteMdx(
	body: MdxBody,
	replace: (node: MdxNode, inner: string) => string | undefined | Promise<string | undefined>,
): Promise<string> {
	const rewrite = async (nodes: readonly MdxNode[], start: number, end: number): Promise<string> => {
		let out = '';
		let at = start;
		for (const node of nodes) {
			if (node.start < at || node.end > end) continue;
			out += body.source.slice(at, node.start);
			const inner = await rewrite(node.children, node.inner.start, node.inner.end);
			const replaced = await replace(node, inner);
			out +=
				replaced ??
				body.source.slice(node.start, node.inner.start) + inner + body.source.slice(node.inner.end, node.end);
			at = node.end;
		}
		return out + body.source.slice(at, end);
	};
	return rewrite(body.nodes, 0, body.source.length);
}
