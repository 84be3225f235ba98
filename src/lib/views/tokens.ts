/**
 * The colour tokens of src/styles/tokens.css as data, for what is drawn outside the stylesheet
 * (the preview images). Reading the stylesheet keeps one place for every colour.
 */

/** One colour in both themes. */
export interface Token {
	light: string;
	dark: string;
}

/** The `--kb-*` tokens of a stylesheet, by name without the prefix (`bg`, `cio-tint`). */
export function parseTokens(css: string): Record<string, Token> {
	const tokens: Record<string, Token> = {};
	for (const [, name, light, dark] of css.matchAll(
		/--kb-([a-z-]+):\s*light-dark\((#[0-9a-f]{3,8}),\s*(#[0-9a-f]{3,8})\)/gi,
	)) {
		tokens[name!] = { light: light!, dark: dark! };
	}
	return tokens;
}
