/**
 * What `astro:content` gives the code under unit test (vitest aliases it here): the collections of
 * `src/content.config.ts`, read from the content folder (`KB_CONTENT_DIR`, as in the build) and
 * validated by the real schemas, so broken-content cases run as unit tests in milliseconds rather
 * than as builds. An entry the schema rejects is left out and its problem kept
 * (`schemaProblems()`), where Astro would stop the build on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Problem } from '../lib/domain/problems';
import type { FileLoader, GlobLoader } from './astro-loaders';

/** A collection as `defineCollection` declares it. */
interface Collection {
	loader: GlobLoader | FileLoader;
	schema: z.ZodType;
}

/** An entry as Astro stores it. */
export interface Entry {
	id: string;
	collection: string;
	data: Record<string, unknown>;
	body?: string;
	filePath: string;
}

export const defineCollection = (collection: Collection) => collection;

/** `reference('roles')`: an id, stored as `{ collection, id }`. */
export const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));

/** The content folder the build reads, as `src/content.config.ts` names it. */
const contentDir = () => resolve((process.env['KB_CONTENT_DIR'] ?? './content').replace(/\/+$/, ''));

const loaded = new Map<string, Promise<Entry[]>>();
const problems: Problem[] = [];

/** Splits an MDX file into its frontmatter and its body. */
function frontmatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	return match ? { data: parse(match[1]!), body: text.slice(match[0].length) } : { data: {}, body: text };
}

/** The files a glob loader's pattern (`*.yaml`, or a folder level deeper) matches under its base, relative to it. */
function globFiles(base: string, pattern: string): string[] {
	const [folder, name] = pattern.includes('/') ? pattern.split('/') : ['', pattern];
	const extension = name!.slice(name!.lastIndexOf('.'));
	const list = (dir: string) => {
		try {
			return readdirSync(join(base, dir), { withFileTypes: true });
		} catch {
			return [];
		}
	};
	const dirs = folder
		? list('')
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name)
		: [''];
	return dirs.flatMap((dir) =>
		list(dir)
			.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
			.map((entry) => (dir ? `${dir}/${entry.name}` : entry.name)),
	);
}

/** Validates an entry's data by its collection's schema; keeps the problem of one it rejects. */
function validate(schema: z.ZodType, entry: Omit<Entry, 'data'> & { data: unknown }): Entry[] {
	const result = schema.safeParse(entry.data);
	if (result.success) return [{ ...entry, data: result.data as Record<string, unknown> }];
	for (const issue of result.error.issues) {
		problems.push({ file: entry.filePath, field: issue.path.join('.') || undefined, message: issue.message });
	}
	return [];
}

async function load(name: string): Promise<Entry[]> {
	const { collections } = (await import('../content.config')) as unknown as { collections: Record<string, Collection> };
	const collection = collections[name];
	if (!collection) throw new Error(`There is no collection "${name}" in src/content.config.ts.`);
	const { loader, schema } = collection;
	// The config names its folders under KB_CONTENT_DIR, as the build reads it.
	if (loader.kind === 'file') {
		const path = resolve(loader.path);
		return loader
			.parser(readFileSync(path, 'utf8'))
			.flatMap((data) =>
				validate(schema, { id: String(data['id']), collection: name, data, filePath: relative(process.cwd(), path) }),
			);
	}
	const base = resolve(loader.base);
	return globFiles(base, loader.pattern).flatMap((file) => {
		const path = join(base, file);
		const text = readFileSync(path, 'utf8');
		const { data, body } = file.endsWith('.mdx') ? frontmatter(text) : { data: parse(text), body: undefined };
		return validate(schema, {
			id: file.replace(/\.[^.]+$/, ''),
			collection: name,
			data,
			...(body === undefined ? {} : { body }),
			filePath: relative(process.cwd(), path),
		});
	});
}

/** A collection's entries, loaded once per content folder. */
export function getCollection(name: string): Promise<Entry[]> {
	const key = `${contentDir()}:${name}`;
	let entries = loaded.get(key);
	if (!entries) loaded.set(key, (entries = load(name)));
	return entries.then((list) => list.map((entry) => ({ ...entry })));
}

/** What the schemas rejected so far (Astro would have stopped the build at the first). */
export function schemaProblems(): Problem[] {
	return [...problems];
}

/** Rendering needs Astro's build; code under unit test never renders. */
export function render(): never {
	throw new Error('render() needs the Astro build; unit tests read MDX through src/lib/content/mdx.ts.');
}
