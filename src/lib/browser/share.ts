/**
 * Sharing a page's address (an answer page's buttons, `data-share` = the address): copying it,
 * saying so in the row's status, or, where the platform has a share sheet (a phone's), opening it
 * (`data-sheet`, a button that stays hidden elsewhere).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
	const url = button.dataset['share']!;
	const status = button.closest('[data-share-row]')?.querySelector<HTMLElement>('[data-share-status]');
	const say = (key: 'done' | 'fail') => status && (status.textContent = status.dataset[key] ?? '');
	if (button.dataset['sheet'] === undefined) {
		button.addEventListener('click', () =>
			navigator.clipboard.writeText(url).then(
				() => say('done'),
				() => say('fail'),
			),
		);
	} else if (navigator.share && matchMedia('(pointer: coarse)').matches) {
		button.hidden = false;
		// A cancelled share sheet is no error.
		button.addEventListener('click', () =>
			navigator.share({ url, title: button.dataset['title'] ?? '' }).catch(() => {}),
		);
	}
}

// A module, not a script: its names stay its own.
export {};
