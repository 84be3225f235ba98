/**
 * The whole search interface in one module: the panel (form, filter, results) and the header's
 * dialog. SearchButton.astro and SearchPage.astro load it on intent as one standalone file.
 */
import './search-panel';
import { KbSearchDialog } from './search-dialog';

/**
 * Places the dialog's markup in the header's search control ([data-search]): from this page when it holds the
 * template (/search/), otherwise fetched from /search/. It is the site's own static HTML.
 */
async function placeDialog(): Promise<void> {
	const host = document.querySelector<HTMLElement>('[data-search]');
	if (!host || host.querySelector('kb-search-dialog')) return;
	let template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
	if (!template && host.dataset['dialog']) {
		const response = await fetch(host.dataset['dialog']);
		if (!response.ok) throw new Error(`Search dialog: ${response.status}`);
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		template = page.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
	}
	if (template) host.append(document.importNode(template.content, true));
}

// Defined even when the markup could not be placed: the header's button then follows its link.
placeDialog()
	.catch(() => undefined)
	.finally(() => {
		if (!customElements.get('kb-search-dialog')) customElements.define('kb-search-dialog', KbSearchDialog);
	});
