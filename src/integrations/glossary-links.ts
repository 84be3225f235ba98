/**
 * Links the glossary's terms on their first use on a page, at build time: a hast plugin for the
 * Markdown processor that turns the first use of each term in a words file's prose into
 * `<SiteLink to="glossary#<term>" term>`, a quiet link. Only terms whose facts say `link: true`:
 * those a reader could not be expected to know (docs/glossary.md). Never inside headings, links, code or components; not for a
 * term on the page that explains it (its first `usedOn` page), and not on the glossary itself.
 * Which text may be linked, and where, is decided in `src/lib/build/term-links.ts` (unit-tested).
 *
 * It reads the glossary's files itself: the processor runs before Astro's content collections
 * exist. `src/lib/content/collections.ts` validates the same files and fails the build when they are wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { linkFirstUses, mayLink, termMatcher, type LinkableTerm, type TermMatcher } from '../lib/build/term-links.ts';

/** The page a words file gives its words to: `pages/en/guide.mdx` is `guide`, `roles/en/cio.mdx` is `roles/cio`. */
export function pageOfWordsFile(path: string): { locale: string; page: string } | undefined {
	const match = /^(pages|roles|scenarios)\/([a-z]{2})\/([a-z0-9-]+)\.mdx$/.exec(path);
	if (!match) return undefined;
	const [, folder, locale, id] = match;
	return { locale: locale!, page: folder === 'pages' ? id! : `${folder}/${id}` };
}

/** A glossary term with what the linker needs: its forms in one language and the page that explains it. */
export interface LinkedTerm extends LinkableTerm {
	/** The page id of its first `usedOn` entry. */
	home: string;
}

/** The glossary's terms in one language that prose links (`link: true`), read from `<contentDir>/glossary/`. */
export function readGlossaryTerms(contentDir: string, locale: string): LinkedTerm[] {
	const folder = join(contentDir, 'glossary');
	let files: string[];
	try {
		files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
	} catch {
		return [];
	}
	return files.flatMap((name) => {
		const id = name.slice(0, -'.yaml'.length);
		const facts = parse(readFileSync(join(folder, name), 'utf8')) as { usedOn?: string[]; link?: boolean } | null;
		if (facts?.link !== true) return [];
		let words: { term?: string; aliases?: string[] } | null;
		try {
			words = parse(readFileSync(join(folder, locale, name), 'utf8')) as typeof words;
		} catch {
			return [];
		}
		if (!words?.term) return [];
		return [
			{
				id,
				forms: [words.term, ...(words.aliases ?? [])],
				home: (facts?.usedOn?.[0] ?? '').replace(/[#?].*$/, ''),
			},
		];
	});
}

/** The page whose terms are never linked: the glossary itself. */
const GLOSSARY_PAGE = 'glossary';

/** The name of an ancestor: an element's tag, or a component's name. */
type Ancestor = { type: string; tagName?: string; name?: string | null };
const nameOf = (node: Ancestor) => (node.type === 'element' ? node.tagName : (node.name ?? node.type)) ?? node.type;

/** The plugin, for `satteri({ hastPlugins: [glossaryLinks()] })`. */
export function glossaryLinks({ contentDir = './content' }: { contentDir?: string } = {}): HastPluginEntry {
	const terms = new Map<string, { matcher: TermMatcher; list: LinkedTerm[] }>();
	const termsOf = (locale: string) => {
		let entry = terms.get(locale);
		if (!entry) {
			const list = readGlossaryTerms(contentDir, locale);
			entry = { matcher: termMatcher(list), list };
			terms.set(locale, entry);
		}
		return entry;
	};
	return (context) => {
		if (context.sourceFormat !== 'mdx' || !context.fileURL) return null;
		const file = relative(contentDir, fileURLToPath(context.fileURL)).split(sep).join('/');
		const words = pageOfWordsFile(file);
		if (!words || words.page === GLOSSARY_PAGE) return null;
		const { matcher, list } = termsOf(words.locale);
		// A term is not linked on the page that explains it; each other term once per page.
		const skip = new Set(list.filter((term) => term.home === words.page).map((term) => term.id));
		const linked = new Set<string>();
		return {
			name: 'kb-glossary-links',
			text(node, ctx) {
				const ancestors: string[] = [];
				let parent: Readonly<Parameters<typeof ctx.parent>[0]> | undefined = ctx.parent(node);
				while (parent) {
					ancestors.push(nameOf(parent as Ancestor));
					parent = ctx.parent(parent);
				}
				if (!mayLink(ancestors)) return;
				const parts = linkFirstUses(node.value, matcher, linked, skip);
				if (parts.length === 1 && typeof parts[0] === 'string') return;
				ctx.replaceNode(
					node,
					parts.map((part) =>
						typeof part === 'string'
							? { type: 'text', value: part }
							: {
									type: 'mdxJsxTextElement',
									name: 'SiteLink',
									attributes: [
										{ type: 'mdxJsxAttribute', name: 'to', value: `${GLOSSARY_PAGE}#${part.id}` },
										{ type: 'mdxJsxAttribute', name: 'term', value: null },
									],
									children: [{ type: 'text', value: part.text }],
								},
					),
				);
			},
		};
	};
}
