/**
 * Everything a reading page does with script, in one small module (reading pages may run 1 KB of
 * JavaScript, and one module compresses better than four): the theme control, search loaded on
 * intent, heading links that also copy their section's address, the contents column marking
 * the section being read, and the language switch keeping the reader's place. Each is a
 * convenience on top of HTML that works without it.
 */

const root = document.documentElement;
const KEY = 'kb-theme';

/** Adds a module script (no import(): that would pull Vite's preload helper into every page). */
const addModule = (src = '') => {
	const script = document.createElement('script');
	script.type = 'module';
	script.src = src;
	document.head.append(script);
	return script;
};

// Theme: system, light or dark. ThemeInit applied the stored choice before first paint, so the
// switch shows <html data-theme>; a new choice is applied and stored when storage works.
const themes = document.querySelector<HTMLFieldSetElement>('[data-theme-switch]');
if (themes) {
	const shown = themes.querySelector<HTMLInputElement>(`[value=${root.dataset['theme'] ?? 'auto'}]`);
	if (shown) shown.checked = true;
	themes.onchange = (event) => {
		const value = (event.target as HTMLInputElement).value;
		if (value === 'auto') delete root.dataset['theme'];
		else root.dataset['theme'] = value;
		try {
			if (value === 'auto') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, value);
		} catch {
			/* The choice lasts for this page only. */
		}
	};
}

// A button that prints the page (the worksheet's): shown only with script.
for (const button of document.querySelectorAll<HTMLElement>('[data-print]')) button.onclick = () => print();

// Search: the interface loads on the first focus, a click or Ctrl+K / Cmd+K, and opens in a dialog.
const search = document.querySelector<HTMLElement>('[data-search]');
const searchLink = search?.querySelector('a');
if (search && searchLink) {
	type Dialog = HTMLElement & { open(from: Element | null): void };
	let ui: Promise<unknown> | undefined;
	const load = () => (ui ??= (addModule(search.dataset['ui']), customElements.whenDefined('kb-search-dialog')));
	const open = (event: Event) => {
		event.preventDefault();
		const from = document.activeElement;
		void load().then(() => {
			const dialog = search.querySelector<Dialog>('kb-search-dialog');
			if (dialog) dialog.open(from);
			else location.href = searchLink.href;
		});
	};
	searchLink.addEventListener('focus', () => void load(), { once: true });
	searchLink.addEventListener('click', (e) => {
		if (!e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) open(e);
	});
	addEventListener('keydown', (e) => {
		if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() == 'k') open(e);
	});
	// The search words marked (search-highlight.ts), only when a search result brought the reader here.
	if (new URLSearchParams(location.search).has(search.dataset['param']!)) addModule(search.dataset['highlight']);
}

// Heading links: a click also copies the section's address (no query string) and says so. The
// "Copy as Markdown" link copies the page's Markdown instead of opening it, fetched while the
// clipboard waits for it (so Safari still counts the click), and says so; where copying fails, the
// Markdown opens as the link would.
const status = document.getElementById('kb-copy-status');
if (status) {
	let timer = 0;
	const say = (text = '') => {
		status.textContent = text;
		clearTimeout(timer);
		if (text) timer = window.setTimeout(say, 2500);
	};
	document.addEventListener('click', async (event) => {
		const control = (event.target as Element).closest?.<HTMLAnchorElement>('a.heading-anchor, a[data-done]');
		// The Markdown link is the one without a section.
		const markdown = !control?.hash;
		if (control) {
			if (markdown) event.preventDefault();
			try {
				await navigator.clipboard.write([
					new ClipboardItem({
						'text/plain': markdown
							? fetch(control.href).then((response) => (response.ok ? response.text() : Promise.reject()))
							: control.href.replace(/\?[^#]*/, ''),
					}),
				]);
				say((markdown ? control : status).dataset['done']);
			} catch {
				if (markdown) location.href = control.href;
				else say(status.dataset['fail']);
			}
		}
	});
}

// The contents column marks the last section whose heading has scrolled into the top third.
const links = [...document.querySelectorAll<HTMLAnchorElement>('aside .kb-toc a')];
if (links.length > 0) {
	const mark = () => {
		let current = 0;
		links.forEach((link, index) => {
			if ((document.getElementById(link.hash.slice(1))?.getBoundingClientRect().top ?? 0) < innerHeight / 3)
				current = index;
		});
		links.forEach((link, index) => link.setAttribute('aria-current', String(index === current)));
	};
	addEventListener('scroll', mark, { passive: true });
	mark();
}

// The language switch carries the address's query and section along (the recommender's answers,
// a search), updated as the pointer or focus reaches it: the page may have changed them since.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
	const keep = () => (link.href = link.href.replace(/[?#].*/, '') + location.search + location.hash);
	link.addEventListener('pointerdown', keep);
	link.addEventListener('focus', keep);
}

// A module, not a script: its names stay its own.
export {};
