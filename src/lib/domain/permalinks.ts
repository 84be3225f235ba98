/**
 * The permalink registry: `permalinks.txt` records every published URL, so a page cannot move or
 * vanish by accident. Format, one entry per line:
 *
 *   # a comment; blank lines are ignored
 *   /roles/cio/                     a page that must be served (200)
 *   /roles/cio/#focus               a heading anchor that must exist on that page
 *   /llms.txt                       a file that must be served
 *   /old-path/ -> /new-path/        a moved page: Astro's `redirects` serves the redirect
 *
 * Paths are site paths (without the deployment's base path); page paths end in a slash.
 */
import { normalizeBase } from './base';

/** A page path and, for an anchor line, the id that must exist on it. */
export interface PermalinkEntry {
	path: string;
	anchor?: string;
}

/** A moved page: `from` must redirect to `to`. */
export interface PermalinkRedirect {
	from: string;
	to: string;
}

/** The registry's content, read into lists. */
export interface PermalinkRegistry {
	/** Page paths that must answer 200, in file order, without duplicates. */
	pages: string[];
	/** `path#id` lines: the page must hold an element with that id. */
	anchors: Required<PermalinkEntry>[];
	/** Old paths and where they now lead. */
	redirects: PermalinkRedirect[];
}

const PATH = /^\/(?:[a-z0-9._~-]+\/)*(?:[a-z0-9_~-]+\.[a-z0-9]+)?$/;
const ANCHOR = /^[a-z0-9][a-z0-9_-]*$/;

function parsePath(text: string, lineNo: number): PermalinkEntry {
	const [path = '', anchor, ...rest] = text.split('#');
	if (!PATH.test(path) || rest.length > 0) {
		throw new Error(
			`permalinks.txt line ${lineNo}: "${text}" is not a site path such as /roles/cio/, /roles/cio/#focus or /llms.txt`,
		);
	}
	if (anchor === undefined) return { path };
	if (!ANCHOR.test(anchor)) throw new Error(`permalinks.txt line ${lineNo}: "#${anchor}" is not a heading id`);
	return { path, anchor };
}

/** Reads the registry's text; throws naming the line for anything it does not understand. */
export function parsePermalinks(text: string): PermalinkRegistry {
	const registry: PermalinkRegistry = { pages: [], anchors: [], redirects: [] };
	const redirected = new Set<string>();
	text.split(/\r?\n/).forEach((raw, index) => {
		const lineNo = index + 1;
		const line = raw.replace(/\s+#\s.*$/, '').trim();
		if (line === '' || line.startsWith('#')) return;
		const parts = line.split(/\s*->\s*/);
		if (parts.length === 2) {
			const from = parsePath(parts[0]!, lineNo);
			const to = parsePath(parts[1]!, lineNo);
			if (from.anchor !== undefined) throw new Error(`permalinks.txt line ${lineNo}: only pages redirect, not anchors`);
			if (redirected.has(from.path)) throw new Error(`permalinks.txt line ${lineNo}: ${from.path} redirects twice`);
			redirected.add(from.path);
			registry.redirects.push({ from: from.path, to: to.anchor ? `${to.path}#${to.anchor}` : to.path });
			return;
		}
		if (parts.length > 2) throw new Error(`permalinks.txt line ${lineNo}: one "->" per line`);
		const entry = parsePath(line, lineNo);
		if (entry.anchor !== undefined) registry.anchors.push({ path: entry.path, anchor: entry.anchor });
		else if (!registry.pages.includes(entry.path)) registry.pages.push(entry.path);
	});
	for (const { from, to } of registry.redirects) {
		if (registry.pages.includes(from)) throw new Error(`permalinks.txt: ${from} is both a page and a redirect`);
		const target = to.split('#')[0]!;
		if (redirected.has(target))
			throw new Error(`permalinks.txt: ${from} redirects to ${target}, which redirects again`);
	}
	return registry;
}

/**
 * The registry's redirects in the shape of Astro's `redirects` option. Astro puts the base path in
 * front of the old path but not of the destination, so the destination gets it here.
 */
export function astroRedirects(registry: PermalinkRegistry, base = '/'): Record<string, string> {
	const prefix = normalizeBase(base);
	return Object.fromEntries(registry.redirects.map(({ from, to }) => [from, `${prefix}${to.slice(1)}`]));
}
