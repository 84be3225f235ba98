/**
 * `import code from '../lib/browser/embed.ts?inline-script'`: the module bundled with everything it
 * imports into one minified classic script, as a string, for a page to carry inline.
 *
 * Why: Astro inlines a page's script only when its chunk imports nothing, and a module the site's
 * own pages share (the recommender) always ends up in a chunk of its own. A page that must run
 * without fetching a script (the embed: a frame sandboxed by a blog has an opaque origin, so every
 * module script it loads is a cross-origin request that needs `Access-Control-Allow-Origin`) gets
 * its own bundle of the same modules this way, built by Vite's bundler (rolldown), and allowed by
 * its hash in the page's policy (`Astro.csp.insertScriptHash`).
 */
import { createHash } from 'node:crypto';
import { build, type Plugin } from 'rolldown';

const SUFFIX = '?inline-script';

/** The Vite plugin that answers `?inline-script` imports (before Vite's own resolver sees the query). */
export function inlineScripts(): Plugin & { enforce: 'pre' } {
	return {
		name: 'kb-inline-script',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return undefined;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return resolved ? `${resolved.id}${SUFFIX}` : undefined;
		},
		async load(id) {
			if (!id.endsWith(SUFFIX)) return undefined;
			const code = await bundleScript(id.slice(0, -SUFFIX.length), (file) => this.addWatchFile(file));
			return `export default ${JSON.stringify(code)};`;
		},
	};
}

/**
 * The module at `file` and its imports as one minified script (an IIFE, so its names stay its
 * own). Throws when the result could not stand inside a `<script>` element.
 */
export async function bundleScript(file: string, watch: (file: string) => void = () => {}): Promise<string> {
	const { output } = await build({
		input: file,
		write: false,
		platform: 'browser',
		logLevel: 'warn',
		output: { format: 'iife', minify: true, comments: false },
	});
	const [chunk, ...rest] = output;
	if (!chunk || chunk.type !== 'chunk' || rest.some((other) => other.type === 'chunk')) {
		throw new Error(`${file}: an inline script must bundle into exactly one chunk.`);
	}
	for (const module of chunk.moduleIds) if (!module.startsWith('\0')) watch(module);
	const code = chunk.code.trim();
	if (/<\/script|<!--/i.test(code))
		throw new Error(`${file}: the bundle contains "</script" or "<!--", which would end it early.`);
	return code;
}

/** The CSP source that allows an inline script: `'sha256-…'` without the quotes, as Astro takes it. */
export function scriptHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
