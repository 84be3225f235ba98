import { defineConfig, devices } from '@playwright/test';
import { configuredBase } from './src/lib/domain/base.ts';
import { HEADLESS_SHELL, launchOptions } from './e2e/browser.ts';
import { BASE_PATH_TAG } from './e2e/tags.ts';

/** Deployment sub-path under test, e.g. `/kb/`; the site must be built with the same BASE_PATH. */
const base = configuredBase();
/**
 * A run under a sub-path has its own port and result folders (`test-results-kb/`), so `npm test`
 * runs it beside the run at the root.
 */
const suffix = base === '/' ? '' : `-${base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
/** Port of the preview server the tests run against (E2E_PORT at the root, the next one under a sub-path). */
const PORT = Number(process.env['E2E_PORT'] ?? 4321) + (base === '/' ? 0 : 1);

export default defineConfig({
	testDir: './e2e',
	// Under a sub-path, run the tests tagged as what the base path can break (e2e/tags.ts); the rest
	// does not depend on it and ran at the root. Every link on every page is still checked there.
	...(base === '/' ? {} : { grep: new RegExp(BASE_PATH_TAG) }),
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	// One retry in CI, so a machine hiccup cannot block a landing; Playwright still reports the test as flaky.
	retries: process.env['CI'] ? 1 : 0,
	// Generous limits: the suite shares two cores with the build; no test asserts a duration.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: 2,
	outputDir: `test-results${suffix}`,
	reporter: process.env['CI']
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: `playwright-report${suffix}` }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}${base}`,
		// A trace only when a test is retried (CI): recording every test costs a third of the suite's time.
		trace: 'on-first-retry',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// Debian's headless shell, or CHROMIUM_PATH (see e2e/browser.ts).
				launchOptions: launchOptions(HEADLESS_SHELL),
			},
		},
	],
	webServer: {
		// --ignore-lock keeps the preview server in the foreground without a lock file.
		command: `npm run preview -- --ignore-lock --port ${PORT} --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}${base}`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
