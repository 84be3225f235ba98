/** The `hyphen` package ships no types: the part of its API hyphenate.ts uses. */
declare module 'hyphen/*' {
	const hyphenator: {
		/** Inserts soft hyphens (or `hyphenChar`) at the hyphenation points of each word of `text`. */
		hyphenateSync(text: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
	};
	export default hyphenator;
}
