import { describe, expect, it } from 'vitest';
import { isNotFoundPage, notFoundFile } from './not-found';

describe('not-found pages in the build', () => {
	it('moves a language’s page from its folder to the file hosts look for', () => {
		expect(notFoundFile('de/404/index.html')).toBe('de/404.html');
		expect(notFoundFile('fr/introuvable/index.html')).toBe('fr/introuvable.html');
	});

	it('leaves the home page where it is', () => {
		expect(notFoundFile('index.html')).toBeUndefined();
	});

	it('knows a not-found page by its template, not by its address', () => {
		expect(isNotFoundPage('<html><body><main data-template="not-found"><h1>x</h1></main></body></html>')).toBe(true);
		expect(isNotFoundPage('<html><body><main data-template="prose"><h1>404</h1></main></body></html>')).toBe(false);
		expect(isNotFoundPage('<!doctype html><title>Redirecting</title>')).toBe(false);
	});
});
