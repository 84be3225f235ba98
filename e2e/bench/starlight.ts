/**
 * The Starlight comparison of the scale mode: the same synthetic articles built by Astro Starlight,
 * as its documentation sets a project up, in a temporary folder. Starlight is installed there from
 * the npm registry at bench time (nothing of it is committed), with the Astro version this project
 * uses, and built with the same Node.
 *
 * Starlight 0.42 is the line that supports Astro 7 (its peer dependency is `astro ^7.2.10`).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_LANGUAGE, languagesOf } from './synthetic.ts';

/** The Starlight release line compared with (npm range). */
export const STARLIGHT = '~0.42.9';

export interface StarlightProject {
	dir: string;
	versions: { starlight: string; astro: string };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code} in ${cwd}`)),
		);
	});
}

async function versionOf(dir: string, name: string): Promise<string> {
	return (JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
		.version;
}

/**
 * A Starlight project in a new temporary folder holding the synthetic articles of `content` (the
 * `bench-*.mdx` words files of every language): English at the root, every other language under
 * its code, as this site has them. The caller removes `dir`, also when this fails part-way
 * (`onFolder` hands it over as soon as it exists).
 */
export async function starlightProject(content: string, onFolder: (dir: string) => void): Promise<StarlightProject> {
	const dir = await mkdtemp(join(tmpdir(), 'kb-bench-starlight-'));
	onFolder(dir);
	const astro = await versionOf(process.cwd(), 'astro');
	await writeFile(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'kb-bench-starlight', private: true, type: 'module' }, null, 2)}\n`,
	);
	// npm as `npm run bench` runs it (npm_execpath), else the one on the PATH.
	const npm = process.env['npm_execpath'];
	const install = [
		'install',
		'--no-audit',
		'--no-fund',
		'--loglevel=error',
		`@astrojs/starlight@${STARLIGHT}`,
		`astro@${astro}`,
	];
	console.log(`Installing Starlight ${STARLIGHT} with Astro ${astro} from the npm registry…`);
	if (npm) await run(process.execPath, [npm, ...install], dir);
	else await run('npm', install, dir);

	const languages = await languagesOf(content);
	const locales = Object.fromEntries(
		languages.map((lang) => [lang === ROOT_LANGUAGE ? 'root' : lang, { label: lang, lang }]),
	);
	await writeFile(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'export default defineConfig({',
			`\tintegrations: [starlight({ title: 'Benchmark', defaultLocale: 'root', locales: ${JSON.stringify(locales)} })],`,
			'});',
			'',
		].join('\n'),
	);
	await mkdir(join(dir, 'src'), { recursive: true });
	await writeFile(
		join(dir, 'src', 'content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	for (const lang of languages) {
		const docs = join(dir, 'src', 'content', 'docs', ...(lang === ROOT_LANGUAGE ? [] : [lang]));
		await mkdir(join(docs, 'bench'), { recursive: true });
		await writeFile(join(docs, 'index.mdx'), `---\ntitle: Benchmark (${lang})\n---\n\nThe synthetic articles.\n`);
		const words = join(content, 'pages', lang);
		for (const file of (await readdir(words)).filter((name) => /^bench-\d+\.mdx$/.test(name))) {
			// The same words; only the headings' `{#id}`, this site's syntax for an explicit id, goes:
			// Starlight makes ids from the heading's words and would read the braces as an expression.
			const mdx = await readFile(join(words, file), 'utf8');
			await writeFile(join(docs, 'bench', file), mdx.replace(/^(#{1,6} .*?) \{#[a-z0-9-]+\}$/gm, '$1'));
		}
	}
	return {
		dir,
		versions: { starlight: await versionOf(dir, '@astrojs/starlight'), astro: await versionOf(dir, 'astro') },
	};
}
