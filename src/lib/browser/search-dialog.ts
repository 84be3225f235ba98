/**
 * `kb-search-dialog`: the header's search dialog. Its script arrives on intent (see
 * SearchButton.astro); `open()` shows the dialog with the cursor in the search box, and closing it
 * (Escape, the close button or a click on the backdrop) returns focus to where it was.
 */
import type { KbSearchPanel } from './search-panel';

export class KbSearchDialog extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#returnTo: HTMLElement | null = null;

	connectedCallback(): void {
		if (this.#dialog) return;
		this.#dialog = this.querySelector('dialog')!;
		const dialog = this.#dialog;
		dialog.addEventListener('keydown', (event) => {
			// Escape closes in one press, even when the search box holds text.
			if (event.key === 'Escape') {
				event.preventDefault();
				dialog.close();
			}
		});
		dialog.addEventListener('close', () => {
			this.#returnTo?.focus();
			this.#returnTo = null;
		});
		// A click on the backdrop lands on the dialog element itself, outside its content.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	}

	/** Opens the dialog; `from` gets focus back when it closes. */
	open(from: Element | null): void {
		if (!this.#dialog.open) {
			this.#returnTo = from instanceof HTMLElement && from !== document.body ? from : null;
			this.#dialog.showModal();
		}
		this.querySelector<KbSearchPanel>('kb-search-panel')?.focusInput();
	}
}
