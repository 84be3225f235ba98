import { describe, expect, it } from 'vitest';
import { inlineBlocks, readBuiltPage } from './built-html';
import {
	assetCacheRules,
	cspHeaderRules,
	headersFor,
	matchesPattern,
	mergeCsp,
	parseCsp,
	parseHeadersFile,
	onlyHashesOf,
	serializeCsp,
	withHashes,
	unsafeScriptSources,
} from './headers';

const FILE = `# security
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/embed/*
  ! Referrer-Policy
  Referrer-Policy: no-referrer
  X-Extra: a
/embed/:name/
  X-Extra: b
`;

describe('parseHeadersFile', () => {
	it('reads rules, headers, detaches and skips comments', () => {
		const rules = parseHeadersFile(FILE);
		expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/embed/*', '/embed/:name/']);
		expect(rules[0]!.headers).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'strict-origin-when-cross-origin'],
		]);
		expect(rules[2]!.detach).toEqual(['referrer-policy']);
	});
});

describe('matchesPattern', () => {
	it.each([
		['/*', '/', true],
		['/*', '/roles/cio/', true],
		['/', '/', true],
		['/', '/about/', false],
		['/roles/*', '/roles/cio/', true],
		['/roles/*', '/rolesx/', false],
		['/embed/:name/', '/embed/recommender/', true],
		['/embed/:name/', '/embed/a/b/', false],
		['/a.b', '/axb', false],
		['/a.b', '/a.b', true],
		['https://example.org/roles/*', '/roles/cio/', true],
	])('%s ~ %s = %s', (pattern, path, expected) => {
		expect(matchesPattern(pattern, path)).toBe(expected);
	});
});

describe('headersFor', () => {
	const rules = parseHeadersFile(FILE);
	it('applies every matching rule and joins repeated headers', () => {
		const headers = headersFor(rules, '/embed/recommender/');
		expect(headers.get('x-extra')).toBe('a, b');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
	});
	it('lets a later rule detach a header', () => {
		expect(headersFor(rules, '/embed/x').get('referrer-policy')).toBe('no-referrer');
		expect(headersFor(rules, '/about/').get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});
	it('sends nothing extra where no rule matches', () => {
		expect(headersFor(rules, '/about/').has('cache-control')).toBe(false);
	});
	it('keeps file order between rules for one path and rules with a placeholder', () => {
		const mixed = parseHeadersFile(
			['/*', '  X-Order: 1', '/a/', '  X-Order: 2', '/*', '  ! X-Order', '  X-Order: 3', '/a/', '  X-Order: 4'].join(
				'\n',
			),
		);
		expect(headersFor(mixed, '/a/').get('x-order')).toBe('3, 4');
		expect(headersFor(mixed, '/b/').get('x-order')).toBe('3');
	});
});

describe('CSP helpers', () => {
	const astro = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s=';";
	it('parses and serialises a policy', () => {
		const csp = parseCsp(astro);
		expect(csp.get('script-src')).toEqual(["'self'", "'sha256-a='"]);
		expect(serializeCsp(csp)).toBe(
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s=';",
		);
	});
	it('merges policies into the union of their sources', () => {
		const merged = mergeCsp([astro, "script-src 'self' 'sha256-b='; connect-src 'self'"]);
		expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
		expect(merged.get('connect-src')).toEqual(["'self'"]);
	});
	it('finds unsafe script sources, falling back to default-src', () => {
		expect(unsafeScriptSources(astro)).toEqual([]);
		expect(unsafeScriptSources("script-src 'self' 'unsafe-inline' 'unsafe-eval'")).toEqual([
			"'unsafe-inline'",
			"'unsafe-eval'",
		]);
		expect(unsafeScriptSources("default-src 'self' 'unsafe-inline'")).toEqual(["'unsafe-inline'"]);
		expect(unsafeScriptSources("img-src 'self'")).toEqual(['*']);
		expect(unsafeScriptSources("script-src 'self' 'wasm-unsafe-eval'")).toEqual([]);
	});
});

describe('cspHeaderRules', () => {
	const policy = "default-src 'self'; script-src 'self' 'sha256-a=';";
	const pages = [
		{ path: '/kb/', policy },
		{ path: '/kb/404.html', policy },
		{ path: '/kb/roles/cio/', policy },
		{ path: '/kb/roles/cto/', policy: "default-src 'self'; script-src 'self' 'sha256-b=';" },
		{ path: '/kb/embed/recommender/', policy },
	];
	const text = cspHeaderRules(pages, '/kb/', ['/kb/embed/']);
	const rules = parseHeadersFile(text);
	const cspOf = (path: string) => headersFor(rules, path).get('content-security-policy') ?? '';

	it('forbids framing everywhere but below the framable paths', () => {
		expect(cspOf('/kb/')).toContain("frame-ancestors 'none'");
		expect(cspOf('/kb/roles/cio/')).toContain("frame-ancestors 'none'");
		expect(cspOf('/kb/404.html')).toContain("frame-ancestors 'none'");
		expect(cspOf('/kb/embed/recommender/')).toContain('frame-ancestors *');
		expect(cspOf('/kb/embed/recommender/')).not.toContain("'none'");
	});
	it('never lets two CSP rules match one path', () => {
		for (const page of pages) {
			expect(
				rules.filter((rule) => matchesPattern(rule.pattern, page.path)),
				page.path,
			).toHaveLength(1);
		}
	});
	it('carries the union of the hashes of the pages a rule covers', () => {
		expect(cspOf('/kb/roles/cto/')).toContain("'sha256-a=' 'sha256-b='");
	});
	it('gives each page its own rule when a folder mixes framable and other pages', () => {
		const mixed = parseHeadersFile(
			cspHeaderRules(
				[
					{ path: '/embed/recommender/', policy },
					{ path: '/embed/other/', policy },
				],
				'/',
				['/embed/recommender/'],
			),
		);
		expect(headersFor(mixed, '/embed/recommender/').get('content-security-policy')).toContain('frame-ancestors *');
		expect(headersFor(mixed, '/embed/other/').get('content-security-policy')).toContain("frame-ancestors 'none'");
	});
});

describe('inline hashes', () => {
	it('finds inline executable scripts and styles, not external or data scripts', () => {
		const html =
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
			'<script type="application/ld+json">{}</script><style>p{}</style>';
		expect(inlineBlocks(readBuiltPage(html))).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
	});

	it('reads the CSP meta policy with its entities decoded', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src &#39;self&#39;">`;
		expect(readBuiltPage(html).csp).toBe("default-src 'self'; script-src 'self'");
	});
	it('adds missing hashes once', () => {
		const policy = withHashes("default-src 'self'; script-src 'self' 'sha256-a=';", ['a=', 'b='], ['s=']);
		expect(parseCsp(policy).get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
		expect(parseCsp(policy).get('style-src')).toEqual(["'self'", "'sha256-s='"]);
	});
	it("keeps only the page's own hashes, and every other source", () => {
		const policy = onlyHashesOf(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s=';",
			['b='],
			[],
		);
		expect(parseCsp(policy).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-b='"]);
		expect(parseCsp(policy).get('style-src')).toEqual(["'self'"]);
		expect(parseCsp(policy).get('default-src')).toEqual(["'self'"]);
	});
});

describe('assetCacheRules', () => {
	it('caches hashed assets for a year and the rest for a day, under the base', () => {
		const rules = parseHeadersFile(assetCacheRules('/kb/'));
		expect(headersFor(rules, '/kb/_astro/x.1a2b.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/kb/og/guide.png').get('cache-control')).toBe('public, max-age=86400, must-revalidate');
		expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBeUndefined();
		// The data files may be read from any origin (an editor reading oEmbed in the browser); the
		// scripts need not be: the embed, in a frame with an opaque origin, loads none.
		expect(headersFor(rules, '/kb/_astro/x.1a2b.js').get('access-control-allow-origin')).toBeUndefined();
		expect(headersFor(rules, '/kb/recommend/words.json').get('access-control-allow-origin')).toBe('*');
		expect(headersFor(rules, '/kb/recommend/words.json').get('cache-control')).toBeUndefined();
		expect(headersFor(rules, '/kb/og/guide.png').get('access-control-allow-origin')).toBeUndefined();
	});
});
