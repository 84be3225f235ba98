import { brotliCompressSync, constants } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** The recommender's JavaScript on its page must stay small: 3 KB after brotli compression. */
const BUDGET = 3 * 1024;

test('the recommender page loads at most 3 KB (brotli) of recommender JavaScript', async ({ request, baseURL }) => {
	const pageUrl = new URL('recommend/', baseURL).href;
	const html = await (await request.get(pageUrl)).text();
	const sources: Array<{ name: string; code: string }> = [];
	const seen = new Set<string>();

	/** Adds a module and, recursively, the modules it imports (static and dynamic). */
	async function addModule(moduleUrl: string) {
		if (seen.has(moduleUrl)) return;
		seen.add(moduleUrl);
		const response = await request.get(moduleUrl);
		expect(response.status(), moduleUrl).toBe(200);
		const code = await response.text();
		sources.push({ name: moduleUrl, code });
		await addImports(code, moduleUrl);
	}
	async function addImports(code: string, from: string) {
		for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
			await addModule(new URL(match[1]!, from).href);
		}
	}

	// Every script the page runs: inline ones and external ones, with their imports.
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
		if (src) await addModule(new URL(src, pageUrl).href);
		else {
			sources.push({ name: 'inline', code: match[2]! });
			await addImports(match[2]!, pageUrl);
		}
	}
	// The recommender's share: the scripts that define it, and everything they import.
	const own = sources.filter(({ code }) => code.includes('kb-recommender'));
	expect(own.length, 'the script that defines <kb-recommender> was not found').toBeGreaterThan(0);
	const counted = [...own];
	for (let index = 0; index < counted.length; index++) {
		const { code, name } = counted[index]!;
		for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
			const imported = sources.find(
				(source) => source.name === new URL(match[1]!, name === 'inline' ? pageUrl : name).href,
			);
			if (imported && !counted.includes(imported)) counted.push(imported);
		}
	}
	const code = counted.map((source) => source.code).join('\n');
	const size = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
	console.log(`recommender JavaScript: ${code.length} bytes, ${size} bytes brotli (budget ${BUDGET})`);
	expect(size).toBeGreaterThan(500); // the measurement found real code
	expect(size).toBeLessThanOrEqual(BUDGET);
});
