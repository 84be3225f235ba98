/**
 * Builds a copy of the project in a temporary folder, as a second checkout would: its sources
 * copied, each installed package linked (so the copy's caches in node_modules/.astro and .vite stay
 * its own), and nothing of the working tree written to. For the specs that build edited or
 * repeated copies (content-builds.spec.ts, deterministic.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a build of the project reads: its configuration and sources. */
const SOURCES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'permalinks.txt', 'src', 'public', 'content'];

export interface CopyBuild {
	/** The copy's folder; its build is in `dist/`. Remove it with `removeCopy`. */
	dir: string;
	status: number | null;
	output: string;
}

/** How long a copy's build may take: generous, since it shares two cores with the rest of the suite. */
const BUILD_TIMEOUT_MS = 240_000;

/** Copies the project, lets `edit` change the copy's `content/` folder, and builds it at the root path. */
export function buildCopy(name: string, edit: (content: string) => void = () => undefined): CopyBuild {
	const dir = mkdtempSync(join(tmpdir(), `kb-${name}-`));
	for (const entry of SOURCES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	edit(join(dir, 'content'));
	mkdirSync(join(dir, 'node_modules'));
	for (const pkg of readdirSync(join(ROOT, 'node_modules'))) {
		if (pkg === '.astro' || pkg === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
	}
	return { dir, ...build(dir) };
}

/**
 * Builds the copy again, as a second build of the same checkout: its caches (Astro's, with the
 * preview images, in its own node_modules/.astro) are those the first build left.
 */
export function rebuildCopy(copy: CopyBuild): CopyBuild {
	return { dir: copy.dir, ...build(copy.dir) };
}

function build(dir: string): Omit<CopyBuild, 'dir'> {
	const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			OUT_DIR: './dist',
			BASE_PATH: '/',
		},
		timeout: BUILD_TIMEOUT_MS,
	});
	const stopped = result.error
		? `\nthe build could not run or finish: ${result.error.message}${result.signal ? ` (${result.signal})` : ''}`
		: '';
	return { status: result.status, output: `${result.stdout}\n${result.stderr}${stopped}` };
}

export function removeCopy(copy: CopyBuild): void {
	rmSync(copy.dir, { recursive: true, force: true });
}
