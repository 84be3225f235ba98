/**
 * Writes the Content-Security-Policy of every built page into the host headers file
 * (`dist/_headers`), so the host sends the same policy as the page's meta element, plus
 * `frame-ancestors`, which only works as a header. Astro hashes the inline scripts and styles of
 * each page at build time, so the rules can only be made after the build.
 *
 * Inline scripts that Astro does not hash (`is:inline`, which runs before the meta element) get
 * their hash added to the header policy; the meta policy cannot reach them anyway.
 *
 * `public/_headers` holds the hand-written rules; the generated ones replace its marker line
 * (`# kb:csp-rules`) or are appended when the marker is missing.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHeaderRules, inlineBlocks, withHashes, type PagePolicy } from '../lib/headers';

/** The marker line in `public/_headers` that the generated rules replace. */
export const CSP_MARKER = '# kb:csp-rules';

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Decodes the few entities Astro uses inside an attribute value. */
function decodeAttribute(value: string): string {
	return value
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

type Options = {
	/** Site paths (without base) below which pages may be framed by other sites. */
	framable?: string[];
};

export default function securityHeaders({ framable = ['/embed/'] }: Options = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages: PagePolicy[] = [];
				for (const file of await htmlFiles(root)) {
					const html = await readFile(file, 'utf8');
					const match = META.exec(html);
					if (!match) continue;
					const { scripts, styles } = inlineBlocks(html);
					const hash = (body: string) => createHash('sha256').update(body).digest('base64');
					const rel = relative(root, file).split(sep).join('/');
					const path = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
					pages.push({ path, policy: withHashes(decodeAttribute(match[1]!), scripts.map(hash), styles.map(hash)) });
				}
				const rules = cspHeaderRules(
					pages,
					base,
					framable.map((prefix) => base + prefix.replace(/^\//, '')),
				);
				const target = join(root, '_headers');
				const existing = await readFile(target, 'utf8').catch(() => '');
				const block = `# Content-Security-Policy per folder, generated at build time from the pages' meta policies.\n${rules}\n`;
				const text = existing.includes(CSP_MARKER)
					? existing.replace(CSP_MARKER, block.trimEnd())
					: `${existing}\n${block}`;
				await writeFile(target, text);
				logger.info(`CSP header rules for ${pages.length} pages written to _headers`);
			},
		},
	};
}
