/**
 * The Chromium the suite and the tools drive. Playwright cannot download its browsers here, so
 * they come from Debian:
 * - the suite and the screenshots use the headless shell (`chromium-headless-shell`, the build
 *   Playwright itself runs headless tests in): the same Blink, without the desktop browser around
 *   it, so a page costs a third of the time. Where it cannot be installed, they fall back to the
 *   full browser, slower but the same pages;
 * - the benchmark uses the full browser (`chromium`), in which its figures and Lighthouse's were
 *   measured.
 * CHROMIUM_PATH overrides both: a binary, or an empty string for Playwright's own browsers.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** A Debian package, the binary it installs, and what to run when it is not there. */
export interface Browser {
	package: string;
	path: string;
	fallback?: Browser;
}

export const FULL_BROWSER: Browser = { package: 'chromium', path: '/usr/bin/chromium' };
export const HEADLESS_SHELL: Browser = {
	package: 'chromium-headless-shell',
	path: '/usr/bin/chromium-headless-shell',
	fallback: FULL_BROWSER,
};

const override = process.env['CHROMIUM_PATH'];

/** The executable to launch, or undefined for Playwright's own browser. */
export function executablePath(browser: Browser): string | undefined {
	if (override !== undefined) return override === '' ? undefined : override;
	if (!isExecutable(browser.path) && browser.fallback && isExecutable(browser.fallback.path)) {
		return browser.fallback.path;
	}
	return browser.path;
}

/** Launch options for `chromium.launch()` and Playwright's config. */
export function launchOptions(browser: Browser) {
	const path = executablePath(browser);
	// Root in a container has no sandbox to offer; the rest keeps Chromium from calling home.
	const args = [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	];
	return { ...(path ? { executablePath: path } : {}), args };
}

/**
 * Makes sure `browser` is there: as root on Debian it installs the package when its binary is
 * missing (`apt-get update` first). When that is impossible or fails, its fallback will do, with
 * a warning; without one, it explains what to do and throws.
 */
export function ensureInstalled(browser: Browser): void {
	if (override !== undefined) {
		if (override === '' || isExecutable(override)) return;
		throw new Error(
			`No browser at CHROMIUM_PATH=${override}: set it to a Chromium binary, or to '' for Playwright's own.`,
		);
	}
	if (isExecutable(browser.path)) return;
	let failure = `${browser.path} is missing`;
	if (process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get')) {
		console.error(`${browser.path} is missing: installing Debian's ${browser.package} package`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
			execFileSync('apt-get', ['install', '-y', browser.package], { stdio: 'inherit', env });
			if (isExecutable(browser.path)) return;
		} catch (error) {
			failure = `installing ${browser.package} failed (${(error as Error).message})`;
		}
	}
	const { fallback } = browser;
	if (fallback && isExecutable(fallback.path)) {
		console.error(`${failure}: using ${fallback.path} instead, which is slower.`);
		return;
	}
	throw new Error(
		`${failure}. Install Debian's ${browser.package} (sudo apt-get install -y ${browser.package}), ` +
			`or set CHROMIUM_PATH to a Chromium binary, or to '' to use Playwright's own browsers.`,
	);
}

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}
