import { describe, expect, it } from 'vitest';
import { configuredBase, joinBase, normalizeBase, stripBase } from './base';

describe('normalizeBase', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['kb', '/kb/'],
		['/kb', '/kb/'],
		['/kb/', '/kb/'],
		['//docs/kb//', '/docs/kb/'],
		['/docs//kb/', '/docs/kb/'],
	])('%s -> %s', (input, expected) => {
		expect(normalizeBase(input)).toBe(expected);
	});
});

describe('joinBase', () => {
	it('puts page paths under the base with a trailing slash', () => {
		expect(joinBase('/', '/roles/cio')).toBe('/roles/cio/');
		expect(joinBase('/kb/', '/roles/cio/')).toBe('/kb/roles/cio/');
		expect(joinBase('/kb', 'guide')).toBe('/kb/guide/');
	});

	it('keeps the home page at the base itself', () => {
		expect(joinBase('/', '/')).toBe('/');
		expect(joinBase('/kb/', '/')).toBe('/kb/');
		expect(joinBase('/kb/', '')).toBe('/kb/');
	});

	it('keeps anchors and query strings after the slash', () => {
		expect(joinBase('/kb/', '/roles/cio#focus')).toBe('/kb/roles/cio/#focus');
		expect(joinBase('/', '/recommend/?size=small')).toBe('/recommend/?size=small');
		expect(joinBase('/kb/', '#top')).toBe('/kb/#top');
	});

	it('does not add a slash to file paths', () => {
		expect(joinBase('/kb/', '/favicon.svg')).toBe('/kb/favicon.svg');
		expect(joinBase('/', 'robots.txt')).toBe('/robots.txt');
	});
});

describe('stripBase', () => {
	it('removes the base from a pathname', () => {
		expect(stripBase('/kb/roles/cio/', '/kb/')).toBe('/roles/cio/');
		expect(stripBase('/kb/', '/kb/')).toBe('/');
		expect(stripBase('/kb', '/kb/')).toBe('/');
	});

	it('leaves other pathnames alone', () => {
		expect(stripBase('/roles/cio/', '/')).toBe('/roles/cio/');
		expect(stripBase('/other/roles/', '/kb/')).toBe('/other/roles/');
	});
});

describe('configuredBase', () => {
	it('reads BASE_PATH from the environment, normalised', () => {
		expect(configuredBase({})).toBe('/');
		expect(configuredBase({ BASE_PATH: 'kb' })).toBe('/kb/');
		expect(configuredBase({ BASE_PATH: '/kb/' })).toBe('/kb/');
	});
});
