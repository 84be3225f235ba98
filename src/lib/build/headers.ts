/**
 * The static host's headers file (`_headers`, read by Netlify and Cloudflare Pages) and the
 * Content-Security-Policy it carries: path matching, and building the CSP and cache rules from the
 * built pages. Pure functions, used by the build integration and by the e2e test server that
 * replays the file. Policies are parsed by content-security-policy-parser; the `_headers` format
 * has no maintained parser, so its few lines are read here.
 */
import parseContentSecurityPolicy from 'content-security-policy-parser';

/** One `_headers` rule: a path pattern and the headers it sets, in file order. */
export type HeaderRule = {
	pattern: string;
	headers: [name: string, value: string][];
	/** Header names removed from earlier matching rules (`! Name`, Cloudflare Pages syntax). */
	detach: string[];
};

/** Parses a `_headers` file: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const indented = /^\s/.test(raw);
		const current = rules.at(-1);
		if (!indented) {
			rules.push({ pattern: line, headers: [], detach: [] });
		} else if (current && line.startsWith('!')) {
			current.detach.push(line.slice(1).trim().toLowerCase());
		} else if (current) {
			const colon = line.indexOf(':');
			if (colon > 0) current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

/** Whether a rule's path pattern matches a pathname: `*` matches anything, `:name` one segment. */
export function matchesPattern(pattern: string, pathname: string): boolean {
	return patternMatcher(pattern)(pathname);
}

/** A pattern's placeholders: `*` and `:name`. */
const PLACEHOLDER = /(\*|:[A-Za-z]\w*)/;

/** The path of a pattern: a full URL's scheme and host dropped. */
function patternPath(pattern: string): string {
	return pattern.replace(/^https?:\/\/[^/]+/, '');
}

/** A pattern as a test of pathnames: a comparison where it has no placeholder, else a regular expression. */
function patternMatcher(pattern: string): (pathname: string) => boolean {
	const path = patternPath(pattern);
	if (!PLACEHOLDER.test(path)) return (pathname) => pathname === path;
	const source = path
		.split(PLACEHOLDER)
		.map((part) => {
			if (part === '*') return '.*';
			if (part.startsWith(':')) return '[^/]+';
			return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	const expression = new RegExp(`^${source}$`);
	return (pathname) => expression.test(pathname);
}

/**
 * A file's rules made quick to look up: the rules for one exact path by that path, and those with
 * a placeholder as tests. A site of 10,000 articles a language has 20,000 rules, one per page;
 * testing each against every request took the test server 54 ms a request.
 */
type RuleIndex = {
	exact: Map<string, number[]>;
	patterns: Array<{ at: number; matches: (pathname: string) => boolean }>;
};

const indexes = new WeakMap<readonly HeaderRule[], RuleIndex>();

function ruleIndex(rules: readonly HeaderRule[]): RuleIndex {
	let index = indexes.get(rules);
	if (!index) {
		index = { exact: new Map(), patterns: [] };
		for (const [at, rule] of rules.entries()) {
			const path = patternPath(rule.pattern);
			if (PLACEHOLDER.test(path)) index.patterns.push({ at, matches: patternMatcher(rule.pattern) });
			else index.exact.set(path, [...(index.exact.get(path) ?? []), at]);
		}
		indexes.set(rules, index);
	}
	return index;
}

/**
 * The headers a host sends for a pathname: every matching rule applies in file order and a header
 * set by several rules is joined with a comma, as Netlify and Cloudflare Pages do. Names are lower case.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const result = new Map<string, string>();
	// Rules are read once per list (a list is not changed once parsed): file order is kept.
	const { exact, patterns } = ruleIndex(rules);
	const matching = [
		...(exact.get(pathname) ?? []),
		...patterns.filter((pattern) => pattern.matches(pathname)).map((pattern) => pattern.at),
	].sort((a, b) => a - b);
	for (const at of matching) {
		const rule = rules[at]!;
		for (const name of rule.detach) result.delete(name);
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const previous = result.get(key);
			result.set(key, previous === undefined ? value : `${previous}, ${value}`);
		}
	}
	return result;
}

/** A CSP as directive name -> sources, in the order they first appear. */
export type Csp = Map<string, string[]>;

/** Parses one serialised policy (`a 'self'; b x y`), as the CSP specification says. */
export function parseCsp(policy: string): Csp {
	return parseContentSecurityPolicy(policy);
}

/** Serialises a policy the way Astro does: `name sources;` joined with spaces. */
export function serializeCsp(csp: Csp): string {
	return [...csp].map(([name, sources]) => [name, ...sources].join(' ') + ';').join(' ');
}

/** The union of several policies: every directive, with every source any of them allows. */
export function mergeCsp(policies: readonly string[]): Csp {
	const merged: Csp = new Map();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			const existing = merged.get(name) ?? [];
			merged.set(name, [...existing, ...sources.filter((source) => !existing.includes(source))]);
		}
	}
	return merged;
}

/**
 * Sources that would let injected script run; a strict policy has none of them for scripts.
 * `'wasm-unsafe-eval'` is not among them: it only allows compiling WebAssembly (Pagefind needs it),
 * not evaluating strings as JavaScript.
 */
export const UNSAFE_SCRIPT_SOURCES = [
	"'unsafe-inline'",
	"'unsafe-eval'",
	"'unsafe-hashes'",
	'*',
	'data:',
	'http:',
	'https:',
];

/** The unsafe sources a policy allows for scripts (`script-src`, or `default-src` without it). */
export function unsafeScriptSources(policy: string): string[] {
	const csp = parseCsp(policy);
	const scripts = [
		...(csp.get('script-src') ?? csp.get('default-src') ?? ['*']),
		...(csp.get('script-src-elem') ?? []),
		...(csp.get('script-src-attr') ?? []),
	];
	return [...new Set(scripts.filter((source) => UNSAFE_SCRIPT_SOURCES.includes(source.toLowerCase())))];
}

/** HTML and the machine-readable files: revalidate on every visit (cheap with ETags), so a new build is live at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Rules for the assets, base path applied: hashed scripts and styles cached for a year (a changed
 * file gets a new name); preview images and the icon, whose names stay, for a day. The data files
 * (the oEmbed responses, the recommender's words) may be read from any origin
 * (`Access-Control-Allow-Origin: *`), for an editor that reads oEmbed in the browser. The embed
 * needs no such header: it runs with its script and words inline (docs/embedding.md).
 */
export function assetCacheRules(base: string): string {
	const anyOrigin = 'Access-Control-Allow-Origin: *';
	return [
		[`${base}_astro/*`, 'Cache-Control: public, max-age=31536000, immutable'],
		[`${base}og/*`, 'Cache-Control: public, max-age=86400, must-revalidate'],
		[`${base}favicon.svg`, 'Cache-Control: public, max-age=86400, must-revalidate'],
		[`${base}*.json`, anyOrigin],
	]
		.map(([pattern, ...headers]) => [pattern, ...headers].join('\n  '))
		.join('\n');
}

/**
 * Cache rules for the files that are not pages but change with every build (`llms.txt`,
 * `sitemap-index.xml`, `de/opensearch.xml`): one exact rule each. Paths carry the base.
 */
export function fileCacheRules(paths: readonly string[]): string {
	return [...paths]
		.sort()
		.map((path) => `${path}\n  Cache-Control: ${REVALIDATE}`)
		.join('\n');
}

/** One built page: its URL path (with base) and the policy of its CSP meta element. */
export type PagePolicy = { path: string; policy: string };

/**
 * The `_headers` rules that send each page's policy as a header, with `frame-ancestors` added:
 * `'none'` everywhere except on pages below a framable path, which any site may frame. Each rule
 * also tells caches to revalidate the page on every visit.
 *
 * Rules are per top-level folder (`/kb/roles/*`) plus exact rules for the base itself and for
 * top-level files, so no two CSP rules ever match the same path: hosts join repeated headers and
 * both policies are then enforced, so an overlapping `/*` rule would forbid framing the embed page.
 * A folder holding framable and other pages gets one exact rule per page instead. Each rule
 * carries the union of the policies of the pages it covers.
 */
export function cspHeaderRules(pages: readonly PagePolicy[], base: string, framable: readonly string[]): string {
	type Group = { patterns: string[]; pages: PagePolicy[] };
	const groups = new Map<string, Group>();
	for (const page of pages) {
		const rest = page.path.startsWith(base) ? page.path.slice(base.length) : page.path.replace(/^\//, '');
		const slash = rest.indexOf('/');
		const patterns =
			rest === '' || rest === 'index.html'
				? [base, `${base}index.html`]
				: slash === -1
					? [`${base}${rest}`]
					: [`${base}${rest.slice(0, slash)}/*`];
		const key = patterns[0]!;
		const group = groups.get(key) ?? { patterns, pages: [] };
		group.pages.push(page);
		groups.set(key, group);
	}
	const isFramable = (page: PagePolicy) => framable.some((prefix) => page.path.startsWith(prefix));
	const rule = (patterns: string[], policies: string[], canFrame: boolean) => {
		const csp = mergeCsp(policies);
		csp.delete('frame-ancestors');
		csp.set('frame-ancestors', [canFrame ? '*' : "'none'"]);
		const policy = serializeCsp(csp);
		return patterns.map(
			(pattern) => `${pattern}\n  Content-Security-Policy: ${policy}\n  Cache-Control: ${REVALIDATE}`,
		);
	};
	const blocks: string[] = [];
	for (const [, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		const framed = group.pages.filter(isFramable).length;
		if (framed === 0 || framed === group.pages.length) {
			blocks.push(
				...rule(
					group.patterns,
					group.pages.map((page) => page.policy),
					framed > 0,
				),
			);
			continue;
		}
		for (const page of [...group.pages].sort((a, b) => a.path.localeCompare(b.path))) {
			const patterns = page.path.endsWith('/') ? [page.path, `${page.path}index.html`] : [page.path];
			blocks.push(...rule(patterns, [page.policy], isFramable(page)));
		}
	}
	return blocks.join('\n');
}

/**
 * Keeps, of a policy's hash sources in `script-src` and `style-src`, only those of the page's own
 * inline scripts and styles. Astro lists the hash of every inline script of the whole site on
 * every page; each is 50 bytes no compression can shrink, so a page's first render carries only
 * its own.
 */
export function onlyHashesOf(policy: string, scriptHashes: readonly string[], styleHashes: readonly string[]): string {
	const csp = parseCsp(policy);
	for (const [directive, hashes] of [
		['script-src', scriptHashes],
		['style-src', styleHashes],
	] as const) {
		const sources = csp.get(directive);
		if (!sources) continue;
		const kept = new Set(hashes.map((hash) => `'sha256-${hash}'`));
		csp.set(
			directive,
			sources.filter((source) => !/^'sha(256|384|512)-/i.test(source) || kept.has(source)),
		);
	}
	return serializeCsp(csp);
}

/**
 * Adds hash sources to a policy's `script-src` and `style-src` where they are missing. Astro
 * leaves `is:inline` scripts out of its hashes (such as the theme script that must run before
 * the meta element exists); a header policy applies to them, so it must list them.
 */
export function withHashes(policy: string, scriptHashes: readonly string[], styleHashes: readonly string[]): string {
	const csp = parseCsp(policy);
	for (const [directive, hashes] of [
		['script-src', scriptHashes],
		['style-src', styleHashes],
	] as const) {
		const sources = csp.get(directive) ?? csp.get('default-src')?.slice() ?? ["'self'"];
		for (const hash of hashes) {
			const source = `'sha256-${hash}'`;
			if (!sources.includes(source)) sources.push(source);
		}
		if (hashes.length > 0 || csp.has(directive)) csp.set(directive, sources);
	}
	return serializeCsp(csp);
}
