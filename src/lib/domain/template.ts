/**
 * Whole-sentence templates with named placeholders (`"{count} results for “{query}”"`), filled as
 * text or split into parts for a view to put elements in. Pure and tiny, so the browser's custom
 * elements use it too without carrying a language's strings.
 */

/** A run of a template: literal text, or the name of a placeholder. */
export type TemplatePart = string | { name: string };

const PLACEHOLDER = /\{([a-zA-Z][\w]*)\}/g;

/** The template split into text and placeholders, in order. */
export function templateParts(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let last = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		if (match.index > last) parts.push(template.slice(last, match.index));
		parts.push({ name: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push(template.slice(last));
	return parts;
}

/** The names of a template's placeholders, in order of first use. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * Fills every placeholder with its value, as text. A placeholder without a value throws, so a
 * sentence never reaches a page with a hole in it.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(PLACEHOLDER, (_whole, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`No value for {${name}}`);
		return String(value);
	});
}
