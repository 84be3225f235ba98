/**
 * Reading a built page (`dist/**.html`) for the checks that need no browser: its CSP meta policy,
 * its inline and external scripts and styles, its head tags, ids, links and visible text. Node
 * only (node-html-parser); the build integrations, the benchmark and the e2e suite share it, so
 * HTML is scanned one way everywhere.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** A script element: its `src` or its inline body, and its `type`. */
export interface BuiltScript {
	src?: string | undefined;
	body: string;
	type: string;
	/** Whether the browser runs it as script (classic or module), not as data such as JSON-LD. */
	executable: boolean;
}

/** What the checks read from one built page. */
export interface BuiltPage {
	root: HTMLElement;
	/** The policy of the CSP meta element, entities decoded; undefined without one. */
	csp: string | undefined;
	scripts: BuiltScript[];
	/** Bodies of the inline `<style>` elements. */
	styles: string[];
	/** `href`s of the stylesheet links. */
	stylesheets: string[];
	/** `<meta name|property>` content by name. */
	meta: Record<string, string>;
	/** Every element id, in document order. */
	ids: string[];
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Parses a built page. */
export function readBuiltPage(html: string): BuiltPage {
	const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
	const scripts = root.querySelectorAll('script').map((element) => {
		const type = (element.getAttribute('type') ?? '').toLowerCase();
		return { src: element.getAttribute('src'), body: element.rawText, type, executable: EXECUTABLE.has(type) };
	});
	const meta: Record<string, string> = {};
	for (const element of root.querySelectorAll('meta')) {
		const name = element.getAttribute('name') ?? element.getAttribute('property');
		if (name) meta[name] = element.getAttribute('content') ?? '';
	}
	return {
		root,
		csp: root
			.querySelectorAll('meta')
			.find((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
			?.getAttribute('content'),
		scripts,
		styles: root.querySelectorAll('style').map((element) => element.rawText),
		stylesheets: root
			.querySelectorAll('link')
			.filter((element) => (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
			.map((element) => element.getAttribute('href') ?? ''),
		meta,
		ids: root.querySelectorAll('[id]').map((element) => element.id),
	};
}

/** The inline executable scripts and the inline styles of a page: what a CSP must hash. */
export function inlineBlocks(page: BuiltPage): { scripts: string[]; styles: string[] } {
	return {
		scripts: page.scripts.filter((script) => script.executable && !script.src).map((script) => script.body),
		styles: page.styles,
	};
}

/**
 * The address a redirect stub sends the reader to (Astro writes one per moved page: a
 * `<meta http-equiv="refresh">` and a link), or undefined for any other page.
 */
export function redirectTarget(page: BuiltPage): string | undefined {
	const refresh = page.root
		.querySelectorAll('meta')
		.find((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
	return /^\s*\d+\s*;\s*url=(.+)$/i.exec(refresh?.getAttribute('content') ?? '')?.[1]?.trim();
}

/** Whether a built page is a redirect stub: a refresh to another address and nothing that runs. */
export function isRedirectStub(page: BuiltPage): boolean {
	return redirectTarget(page) !== undefined && page.scripts.length === 0;
}
