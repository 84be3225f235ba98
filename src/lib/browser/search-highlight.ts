/**
 * Marks the reader's search words on the page a result led to (`?pagefind-highlight=budget`), with
 * Pagefind's highlight script. Loaded by the page's behaviour only when the address asks for it
 * (SearchButton.astro), so no reading page carries it. Whole words that start with a search word
 * are marked ("budget" marks "budgets"), never a word that merely contains it ("it" in "with");
 * nothing a reader cannot see, nor what search leaves out, is marked.
 */

export {};

type Highlighter = new (options: object) => unknown;

const host = document.querySelector<HTMLElement>('[data-search]');
const param = host?.dataset['param'];
const script = host?.dataset['highlightScript'];
if (param && script) {
	const terms = new URLSearchParams(location.search).getAll(param).map((term) => term.toLowerCase());
	// Pagefind's script defines the highlighter on `window`.
	await import(/* @vite-ignore */ script);
	const { PagefindHighlight } = window as unknown as { PagefindHighlight?: Highlighter };
	if (PagefindHighlight) {
		new PagefindHighlight({
			highlightParam: param,
			addStyles: false,
			markOptions: {
				className: 'pagefind-highlight',
				exclude: ['[hidden]', '[hidden] *', '[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
				// Each whole word that holds a search word: kept where it starts with one.
				accuracy: 'complementary',
				each: (mark: Element) => {
					const word = (mark.textContent ?? '').toLowerCase();
					if (!terms.some((term) => word.startsWith(term))) mark.replaceWith(...mark.childNodes);
				},
			},
		});
	}
}
