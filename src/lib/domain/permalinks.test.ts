import { describe, expect, it } from 'vitest';
import { astroRedirects, parsePermalinks } from './permalinks';

describe('parsePermalinks', () => {
	it('reads pages, anchors and redirects, skipping comments and blank lines', () => {
		const registry = parsePermalinks(
			[
				'# header',
				'',
				'/',
				'/roles/cio/',
				'/roles/cio/#focus   # trailing note',
				'/old/ -> /guide/',
				'/roles/cio/',
			].join('\n'),
		);
		expect(registry).toEqual({
			pages: ['/', '/roles/cio/'],
			anchors: [{ path: '/roles/cio/', anchor: 'focus' }],
			redirects: [{ from: '/old/', to: '/guide/' }],
		});
	});

	it('accepts files such as /llms.txt as pages', () => {
		expect(parsePermalinks('/llms.txt\n/og/roles/cio.png').pages).toEqual(['/llms.txt', '/og/roles/cio.png']);
	});

	it('keeps an anchor on a redirect target', () => {
		expect(parsePermalinks('/cio/ -> /roles/cio/#focus').redirects).toEqual([
			{ from: '/cio/', to: '/roles/cio/#focus' },
		]);
	});

	it.each([
		['roles/cio/', 'line 1'],
		['/roles/cio', 'line 1'],
		['/Roles/', 'line 1'],
		['/a/#Focus', 'heading id'],
		['/a/ -> /b/ -> /c/', 'one "->"'],
		['/a/#x -> /b/', 'only pages redirect'],
		['/a/ -> /b/\n/a/ -> /c/', 'redirects twice'],
		['/a/\n/a/ -> /b/', 'both a page and a redirect'],
		['/a/ -> /b/\n/b/ -> /c/', 'redirects again'],
	])('rejects %j naming the problem', (text, message) => {
		expect(() => parsePermalinks(text)).toThrow(message);
	});
});

describe('astroRedirects', () => {
	const registry = parsePermalinks('/old/ -> /guide/#company-size\n/gone/ -> /');

	it('maps old paths to new ones at the root', () => {
		expect(astroRedirects(registry)).toEqual({ '/old/': '/guide/#company-size', '/gone/': '/' });
	});

	it('puts the base path in front of the destination only (Astro adds it to the key)', () => {
		expect(astroRedirects(registry, '/kb/')).toEqual({ '/old/': '/kb/guide/#company-size', '/gone/': '/kb/' });
		expect(astroRedirects(registry, 'kb')).toEqual({ '/old/': '/kb/guide/#company-size', '/gone/': '/kb/' });
	});
});
