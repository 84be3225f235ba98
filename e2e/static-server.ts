/**
 * A tiny static host for `dist/`: serves the built site under its base path and, when asked,
 * sends the headers `dist/_headers` sets for each path, as Netlify and Cloudflare Pages would.
 * Used by the security spec (the site under its real headers) and by the benchmark.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export type StaticServer = { origin: string; url: string; server: Server; close: () => Promise<void> };

async function isFile(path: string): Promise<boolean> {
	return stat(path).then(
		(info) => info.isFile(),
		() => false,
	);
}

/** Starts the server on a free port of 127.0.0.1. `url` is the site's home (origin + base). */
export async function serveDist({
	root = 'dist',
	base = process.env['BASE_PATH'] ?? '/',
	withHeaders = true,
	port = 0,
}: { root?: string; base?: string; withHeaders?: boolean; port?: number } = {}): Promise<StaticServer> {
	const normalizedBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const rules: HeaderRule[] = withHeaders
		? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''))
		: [];

	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file: string | undefined;
		let status = 200;
		if (pathname.startsWith(normalizedBase)) {
			const rest = normalize(pathname.slice(normalizedBase.length)).replace(/^(\.\.[/\\])+/, '');
			const candidates = pathname.endsWith('/') ? [join(root, rest, 'index.html')] : [join(root, rest)];
			for (const candidate of candidates) if (await isFile(candidate)) file = candidate;
			if (!file && !pathname.endsWith('/') && !extname(pathname) && (await isFile(join(root, rest, 'index.html')))) {
				response.writeHead(301, { location: `${pathname}/` }).end();
				return;
			}
		}
		if (!file) {
			status = 404;
			file = join(root, '404.html');
		}
		const body = await readFile(file).catch(() => Buffer.from('Not found'));
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': String(body.length),
		};
		for (const [name, value] of headersFor(rules, pathname)) headers[name] = value;
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: origin + normalizedBase,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
