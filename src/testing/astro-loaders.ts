/**
 * What `astro/loaders` gives `src/content.config.ts` in unit tests: the loaders as plain
 * descriptions, which the stand-in for `astro:content` (`astro-content.ts`) reads the files by.
 */

/** A `glob()` loader: files matching `pattern` under `base`. */
export interface GlobLoader {
	kind: 'glob';
	pattern: string;
	base: string;
}

/** A `file()` loader: one file of many entries, read by `parser`. */
export interface FileLoader {
	kind: 'file';
	path: string;
	parser: (text: string) => Array<Record<string, unknown>>;
}

export const glob = ({ pattern, base }: { pattern: string; base: string }): GlobLoader => ({
	kind: 'glob',
	pattern,
	base,
});

export const file = (path: string, options: { parser: FileLoader['parser'] }): FileLoader => ({
	kind: 'file',
	path,
	parser: options.parser,
});
