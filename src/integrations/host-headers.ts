/**
 * Writes the path rules of the host headers file (`dist/_headers`), base path applied: each page's
 * Content-Security-Policy, the same as its meta element plus `frame-ancestors` (which only works
 * as a header), and the cache rules for the assets, the pages and the files that change with every
 * build.
 * Astro hashes each page's inline scripts and styles at build time, so the rules can only be made
 * after the build, from `dist/` itself: a new page or language is covered the moment it is built.
 *
 * Inline scripts that Astro does not hash (`is:inline`, which runs before the meta element) get
 * their hash added to the header policy; the meta policy cannot reach them anyway. Astro's meta
 * policy lists the hashes of every inline script of the site; each page keeps only its own.
 *
 * `public/_headers` holds the rules for every path; the generated ones replace its marker line
 * (`# kb:page-rules`) or are appended when the marker is missing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase, normalizeBase } from '../lib/domain/base';
import { inlineBlocks, isRedirectStub, readBuiltPage } from '../lib/build/built-html';
import { codeDigest } from '../lib/build/code-digest';
import {
	assetCacheRules,
	cspHeaderRules,
	fileCacheRules,
	onlyHashesOf,
	withHashes,
	type PagePolicy,
} from '../lib/build/headers';

/** The marker line in `public/_headers` that the generated rules replace. */
export const MARKER = '# kb:page-rules';

/** Top-level files that get no rule of their own here (the icon is an asset; see assetCacheRules). */
const HAND_WRITTEN = new Set(['_headers', 'favicon.svg']);

/** What the rules need of one built page. */
interface PageReading {
	/** Its CSP meta policy as built (entities decoded); undefined without one. */
	csp?: string | undefined;
	/** The meta policy with only the hashes of the page's own inline scripts and styles. */
	own: string;
	/** The header policy: `own` with the hashes of the inline blocks the meta policy cannot reach. */
	header: string;
	/** An embed page, which other sites may frame. */
	framable: boolean;
	/** Astro's redirect stub for a moved page (a meta refresh, no script, no style), without a policy. */
	stub: boolean;
}

const hash = (body: string) => createHash('sha256').update(body).digest('base64');

/** Reads one built page (a full parse; see built-html.ts). */
function readPage(html: string): PageReading {
	const page = readBuiltPage(html);
	const framable = page.root.querySelector('main')?.getAttribute('data-template') === 'embed';
	if (page.csp === undefined) return { own: '', header: '', framable, stub: isRedirectStub(page) };
	// The meta policy keeps only the hashes of this page's own inline scripts and styles.
	const own = onlyHashesOf(
		page.csp,
		page.scripts.filter((script) => !script.src).map((script) => hash(script.body)),
		page.styles.map(hash),
	);
	const { scripts, styles } = inlineBlocks(page);
	return {
		csp: page.csp,
		own,
		header: withHashes(own, scripts.map(hash), styles.map(hash)),
		framable,
		stub: false,
	};
}

/**
 * What the cache file holds: the digest of the site's code (code-digest.ts), so what older code
 * read is never used, and the readings of the last build by each page's HTML digest.
 */
interface Cache {
	code: string;
	pages: Record<string, PageReading>;
}

/** The readings of the last build made by this code (none if there are none). */
async function readCache(file: string, code: string): Promise<Cache['pages']> {
	try {
		const cache = JSON.parse(await readFile(file, 'utf8')) as Cache;
		return cache.code === code ? cache.pages : {};
	} catch {
		return {};
	}
}

export default function hostHeaders(): AstroIntegration {
	let base = '/';
	let cacheFile = '';
	let projectRoot = '';
	return {
		name: 'kb-host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				cacheFile = fileURLToPath(new URL('kb-host-headers.json', config.cacheDir));
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = await readdir(root, { withFileTypes: true, recursive: true });
				const htmlFiles = entries
					.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
					.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
					.sort();
				const pages: PagePolicy[] = [];
				// Other sites may frame the embed pages (`<main data-template="embed">`), in every language.
				const framable: string[] = [];
				// Astro's redirect stubs for moved pages (a meta refresh, no script, no style) carry no
				// policy of their own: they get the site's, without any page's hashes.
				const stubs: string[] = [];
				// What was read of each page before, by the digest of its HTML: a page built or restored
				// as in the last build is not parsed again (issue 25: 2,000 pages took seconds to parse).
				const code = await codeDigest(projectRoot);
				const previous = await readCache(cacheFile, code);
				const next: Cache['pages'] = {};
				for (const file of htmlFiles) {
					const html = await readFile(join(root, file), 'utf8');
					const digest = createHash('sha256').update(html).digest('base64');
					const reading = previous[digest] ?? readPage(html);
					next[digest] = reading;
					const path = joinBase(base, file.replace(/(^|\/)index\.html$/, '$1'));
					if (reading.csp === undefined) {
						if (reading.stub) stubs.push(path);
						continue;
					}
					if (reading.own !== reading.csp) {
						const meta = `content="${reading.csp}"`;
						if (!html.includes(meta)) throw new Error(`${file}: its CSP meta element is not where it was read.`);
						await writeFile(join(root, file), html.replace(meta, `content="${reading.own}"`));
					}
					pages.push({ path, policy: reading.header });
					if (reading.framable) framable.push(path);
				}
				const sitePolicy = pages[0] && onlyHashesOf(pages[0].policy, [], []);
				if (sitePolicy) pages.push(...stubs.map((path) => ({ path, policy: sitePolicy })));
				await mkdir(dirname(cacheFile), { recursive: true });
				await writeFile(cacheFile, JSON.stringify({ code, pages: next } satisfies Cache));
				const files = (await readdir(root, { withFileTypes: true }))
					.filter((entry) => entry.isFile())
					.map((entry) => entry.name)
					.filter((name) => !name.endsWith('.html') && !HAND_WRITTEN.has(name))
					.map((name) => joinBase(base, name));
				const rules = [assetCacheRules(base), cspHeaderRules(pages, base, framable), fileCacheRules(files)].join('\n');
				const target = join(root, '_headers');
				const existing = await readFile(target, 'utf8').catch(() => '');
				const block = `# Generated at build time from dist/ (src/integrations/host-headers.ts).\n${rules}\n`;
				const text = existing.includes(MARKER) ? existing.replace(MARKER, block.trimEnd()) : `${existing}\n${block}`;
				await writeFile(target, text);
				logger.info(`header rules for ${pages.length} pages and ${files.length} files written to _headers`);
			},
		},
	};
}
