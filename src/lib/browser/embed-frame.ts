/**
 * The embed's side of the conversation with the page that frames it. WordPress's own embed protocol
 * (wp-includes/js/wp-embed.js, loaded by any WordPress post whose oEmbed HTML has a
 * `<blockquote class="wp-embedded-content">`): the frame's address carries `#?secret=…`, and the
 * frame posts `{ message: 'height', value, secret }` when it has laid out and on every change of
 * its height (WordPress sizes the frame to it, within 200–1,000 px, and shows it only then), again
 * when the host says `ready`, and hands each link to the host as `{ message: 'link', value,
 * secret }`, because a frame sandboxed to `allow-scripts` may not navigate the page around it
 * (WordPress opens the address when it is on the frame's own host). Without a secret the links
 * stay plain links (`target="_top"`), and the height goes out as `{ type: 'kb-embed-height',
 * height }` as well, for the snippet on /recommend/ ("Embed this") and pages that already use it.
 */
if (parent !== window) {
	// WordPress's secrets are letters and digits; its wp-embed.js drops any other message.
	const secret = () => /secret=([a-zA-Z0-9]+)/.exec(location.hash)?.[1];
	const report = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		parent.postMessage({ type: 'kb-embed-height', height }, '*');
		const key = secret();
		if (key) parent.postMessage({ message: 'height', value: height, secret: key }, '*');
	};
	// At once (the script runs after the stylesheet, at the end of the page) as well as on every
	// change: WordPress keeps the frame clipped out of sight until the first height arrives, and
	// Chrome does not lay out such a frame again, so a resize alone might never be observed.
	report();
	new ResizeObserver(report).observe(document.documentElement);
	addEventListener('message', ({ data, source }) => {
		if (source === parent && data?.message === 'ready' && data.secret === secret()) report();
	});
	addEventListener('click', (event) => {
		const key = secret();
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
		if (key && link && !event.button && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
			event.preventDefault();
			parent.postMessage({ message: 'link', value: link.href, secret: key }, '*');
		}
	});
}

// A module, not a script: its names stay its own.
export {};
