/**
 * A static host for the build: serves it under its base path with sirv and, when asked, sends the
 * headers `_headers` sets for each path, as Netlify and Cloudflare Pages would (no maintained
 * package replays that file, so `src/lib/build/headers.ts` reads it). Unknown addresses get the
 * nearest `404.html` up their folders with status 404, as Cloudflare Pages serves them: `/de/…`
 * the German `de/404.html`, anything else `404.html`. Used by the security, pages and
 * content-build specs and the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { joinBase, normalizeBase, stripBase } from '../src/lib/domain/base.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/build/headers.ts';

export type StaticServer = { origin: string; url: string; server: Server; close: () => Promise<void> };

/** Starts the server on a free port of 127.0.0.1. `url` is the site's home (origin + base). */
export async function serveDist({
	root = 'dist',
	base = '/',
	withHeaders = true,
	port = 0,
}: { root?: string; base?: string; withHeaders?: boolean; port?: number } = {}): Promise<StaticServer> {
	const siteBase = normalizeBase(base);
	const rules: HeaderRule[] = withHeaders
		? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''))
		: [];
	// The top-level page must exist; the others are looked up per address.
	await readFile(join(root, '404.html'));
	const files = sirv(root, { etag: false, dotfiles: false });
	/** The nearest `404.html` at or above a site path's folder, as a path under the root (`de/404.html`). */
	const nearestNotFound = async (sitePath: string): Promise<{ file: string; body: Buffer }> => {
		const folders = sitePath.split('/').slice(1, -1);
		for (let depth = folders.length; depth >= 0; depth--) {
			const file = [...folders.slice(0, depth), '404.html'].join('/');
			const body = await readFile(join(root, file)).catch(() => undefined);
			if (body) return { file, body };
		}
		throw new Error(`${root} has no 404.html`);
	};

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://host');
		for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
		const sitePath = stripBase(url.pathname, siteBase);
		// Outside the base path, the site's own not-found page answers.
		const sendNotFound = () =>
			void nearestNotFound(sitePath === url.pathname && siteBase !== '/' ? '/' : sitePath).then(
				({ file, body }) => {
					for (const [name, value] of headersFor(rules, joinBase(siteBase, file))) response.setHeader(name, value);
					response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
				},
				(error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
			);
		if (sitePath === url.pathname && siteBase !== '/') return sendNotFound();
		request.url = `${sitePath}${url.search}`;
		files(request, response, sendNotFound);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: origin + siteBase,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
