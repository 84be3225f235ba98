import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * Bad content must fail the build with a message that names the file and the field. Each case
 * builds a copy of the project whose content has one broken file from fixtures/broken-content/.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'e2e/fixtures/broken-content');

function buildWithFixture(fixture: string): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), `kb-${fixture}-`));
	try {
		for (const entry of [
			'package.json',
			'astro.config.mjs',
			'tsconfig.json',
			'permalinks.txt',
			'src',
			'public',
			'content',
		]) {
			cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		}
		cpSync(join(FIXTURES, fixture), join(dir, 'content'), { recursive: true });
		// Link each package rather than the folder, so caches in node_modules/.astro and .vite stay private.
		mkdirSync(join(dir, 'node_modules'));
		for (const name of readdirSync(join(ROOT, 'node_modules'))) {
			if (name === '.astro' || name === '.vite') continue;
			symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
		}
		const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			timeout: 120_000,
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

test.describe('a broken content file fails the build with a clear message', () => {
	test.setTimeout(150_000);

	test('a missing required field names the file and the field', () => {
		const { status, output } = buildWithFixture('missing-field');
		expect(status, output).not.toBe(0);
		expect(output).toContain('cio.mdx');
		expect(output).toMatch(/title\W+title: Required/);
	});

	test('a field of the wrong type names the file, the field and what was expected', () => {
		const { status, output } = buildWithFixture('wrong-type');
		expect(status, output).not.toBe(0);
		expect(output).toContain('focus.yaml');
		expect(output).toMatch(/order/);
		expect(output).toMatch(/expected type\W+number/i);
	});

	test('a reference to a missing entry names the file, the field and the target', () => {
		const { status, output } = buildWithFixture('broken-reference');
		expect(status, output).not.toBe(0);
		expect(output).toContain('content/roles/cto.mdx: field "counterpart" refers to "cfo"');
	});
});
