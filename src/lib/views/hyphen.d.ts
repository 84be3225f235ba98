/** The `hyphen` package ships no types: the part of its API hyphenate.ts uses. */
declare module 'hyphen/*' {
	const hyphenator: {
		/** Inserts soft hyphens into the words of `html`'s text, leaving tags alone. */
		hyphenateHTMLSync(html: string, options?: { minWordLength?: number; hyphenChar?: string }): string;
	};
	export default hyphenator;
}
