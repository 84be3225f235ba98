/**
 * Drops Tailwind's fallback for browsers without `@property`: an `@layer properties { @supports
 * (…) { *, ::before, … { --tw-…: initial } } }` block that only Safari before 16.4 and Firefox
 * before 128 apply. Every browser Baseline calls widely available reads the `@property` rules that
 * Tailwind also writes, so the block is dead weight on every page (about 1 KB brotli of a 14 KB
 * first-render budget). Tailwind has no option to leave it out, so the built CSS is trimmed.
 */

/** The CSS without its `@layer properties { … }` blocks (a bare `@layer properties;` order statement stays). */
export function dropPropertyFallbacks(css: string): string {
	let out = '';
	let from = 0;
	const opener = /@layer\s+properties\s*\{/g;
	for (let match = opener.exec(css); match; match = opener.exec(css)) {
		let depth = 1;
		let at = match.index + match[0].length;
		for (; at < css.length && depth > 0; at++) {
			if (css[at] === '{') depth++;
			else if (css[at] === '}') depth--;
		}
		// An unbalanced block is left as it is: better a heavier file than a broken one.
		if (depth !== 0) break;
		out += css.slice(from, match.index);
		from = at;
		opener.lastIndex = at;
	}
	return out + css.slice(from);
}
