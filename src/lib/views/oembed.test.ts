import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedCode, hostScript, oembedPath, oembedResponse } from './oembed';

describe('oembedResponse', () => {
	const response = oembedResponse({
		title: 'CIO or CTO? "Really" <yes>',
		providerName: 'CIO vs CTO',
		providerUrl: 'https://kb.example/',
		pageUrl: 'https://kb.example/recommend/',
		embedUrl: 'https://kb.example/embed/recommender/?a=1&b=2',
		thumbnailUrl: 'https://kb.example/og/recommend.png',
	});
	const html = String(response['html']);

	it('is a rich oEmbed 1.0 response with its size and provider', () => {
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			width: 600,
			height: 700,
			provider_name: 'CIO vs CTO',
			provider_url: 'https://kb.example/',
		});
	});

	it('is WordPress’s embed format: a blockquote linking the page, then the iframe, attributes and text escaped', () => {
		expect(html).toMatch(
			/^<blockquote class="wp-embedded-content"><a href="https:\/\/kb\.example\/recommend\/">CIO or CTO\? "Really" &lt;yes&gt;<\/a><\/blockquote><iframe /,
		);
		expect(html).toContain(
			'<iframe src="https://kb.example/embed/recommender/?a=1&amp;b=2" title="CIO or CTO? &quot;Really&quot; &lt;yes&gt;" width="600" height="700" frameborder="0" data-kb-recommender></iframe>',
		);
		// WordPress's own test for loading its host script (wp_maybe_enqueue_oembed_host_js), and the
		// pattern its filter keeps the blockquote and the iframe by (wp_filter_oembed_result), on the
		// HTML its kses leaves of ours (no attributes on the blockquote, no script).
		expect(html).toMatch(/<blockquote\s[^>]*?wp-embedded-content/);
		const kept = html
			.replace('<blockquote class="wp-embedded-content">', '<blockquote>')
			.replace(/<script>.*<\/script>/, '');
		const match = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/ms.exec(kept);
		expect(match?.[1]).toContain('https://kb.example/recommend/');
		expect(match?.[2]).toContain('https://kb.example/embed/recommender/');
		// The host script for other sites comes after the iframe, where WordPress's pattern drops it.
		expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('</iframe>'));
	});
});

describe('the pasted code’s host script', () => {
	/** Runs the host script against a fake page with one frame and its blockquote; returns what it did. */
	function run(origin: string, data: unknown, source: 'frame' | 'other' = 'frame') {
		const frameWindow = {};
		const blockquote = { hidden: false, matches: (selector: string) => selector === 'blockquote.wp-embedded-content' };
		const frame = { contentWindow: frameWindow, style: { height: '' }, previousElementSibling: blockquote };
		let listener: ((event: object) => void) | undefined;
		const code = /<script>(.*)<\/script>/s.exec(hostScript('https://kb.example'))![1]!;
		runInNewContext(code, {
			addEventListener: (_type: string, fn: (event: object) => void) => (listener = fn),
			document: { querySelectorAll: () => [frame] },
		});
		listener!({ origin, data, source: source === 'frame' ? frameWindow : {} });
		return { height: frame.style.height, blockquoteHidden: blockquote.hidden };
	}

	it('sizes the frame that sent a height from the embed’s origin, and hides the link shown in its place', () => {
		expect(run('https://kb.example', { type: 'kb-embed-height', height: 512.3 })).toEqual({
			height: '513px',
			blockquoteHidden: true,
		});
	});

	it('ignores other origins, other frames, other messages and heights that are not sizes', () => {
		const none = { height: '', blockquoteHidden: false };
		expect(run('https://evil.example', { type: 'kb-embed-height', height: 500 })).toEqual(none);
		expect(run('https://kb.example', { type: 'kb-embed-height', height: 500 }, 'other')).toEqual(none);
		expect(run('https://kb.example', { message: 'height', value: 500 })).toEqual(none);
		expect(run('https://kb.example', null)).toEqual(none);
		for (const height of ['<b>', -5, 1e6, '100px']) {
			expect(run('https://kb.example', { type: 'kb-embed-height', height })).toEqual(none);
		}
	});

	it('stays a few hundred bytes', () => {
		expect(hostScript('https://cio-vs-cto.nxtyou.de').length).toBeLessThan(500);
	});
});

describe('embedCode', () => {
	it('is the iframe of the embed page, full width, then the host script for the embed’s origin', () => {
		const code = embedCode({ title: 'CIO or CTO?', embedUrl: 'https://kb.example/kb/de/embed/empfehlung/' });
		const [frame, script] = code.split('\n');
		expect(frame).toBe(
			'<iframe src="https://kb.example/kb/de/embed/empfehlung/" title="CIO or CTO?" width="100%" height="700" style="border:0" loading="lazy" data-kb-recommender></iframe>',
		);
		expect(script).toBe(hostScript('https://kb.example'));
	});
});

describe('oembedPath', () => {
	it('sits beside the embed page', () => {
		expect(oembedPath('/embed/recommender/')).toBe('/embed/recommender/oembed.json');
		expect(oembedPath('/de/embed/empfehlung')).toBe('/de/embed/empfehlung/oembed.json');
	});
});
