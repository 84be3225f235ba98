import { describe, expect, it } from 'vitest';
import { isRedirectStub, readBuiltPage, redirectTarget } from './built-html';

/** Astro's redirect stub for a moved page, as it writes it. */
const STUB =
	'<!doctype html><title>Redirecting to: /de/empfehlung/klein-produkt-effizienz/</title><meta http-equiv="refresh" content="0;url=/de/empfehlung/klein-produkt-effizienz/"><meta name="robots" content="noindex"><body><a href="/de/empfehlung/klein-produkt-effizienz/">Redirecting</a></body>';

describe('redirect stubs', () => {
	it('reads where a stub sends the reader', () => {
		expect(redirectTarget(readBuiltPage(STUB))).toBe('/de/empfehlung/klein-produkt-effizienz/');
		expect(isRedirectStub(readBuiltPage(STUB))).toBe(true);
	});

	it('knows a page from a stub', () => {
		const page = readBuiltPage('<!doctype html><title>Page</title><main><h1>Page</h1></main>');
		expect(redirectTarget(page)).toBeUndefined();
		expect(isRedirectStub(page)).toBe(false);
	});

	it('does not take a refresh that runs script for a stub', () => {
		expect(isRedirectStub(readBuiltPage(STUB.replace('<body>', '<body><script>location.href="/"</script>')))).toBe(
			false,
		);
	});
});
