/**
 * `npm test` runs this first: the suite's browser (Debian's headless shell, see e2e/browser.ts)
 * is installed when it is missing, or the reason it cannot be is printed.
 */
import { HEADLESS_SHELL, ensureInstalled } from '../browser.ts';

try {
	ensureInstalled(HEADLESS_SHELL);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
