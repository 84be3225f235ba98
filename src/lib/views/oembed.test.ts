import { describe, expect, it } from 'vitest';
import { oembedPath, oembedResponse } from './oembed';

describe('oembedResponse', () => {
	const response = oembedResponse({
		title: 'CIO, CTO, both, or one executive covering both roles? "Really" <yes>',
		providerName: 'CIO vs CTO',
		providerUrl: 'https://kb.example/',
		embedUrl: 'https://kb.example/embed/recommender/?a=1&b=2',
		thumbnailUrl: 'https://kb.example/og/recommend.png',
	});

	it('is a rich oEmbed 1.0 response with its size and provider', () => {
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			width: 600,
			height: 760,
			provider_name: 'CIO vs CTO',
			provider_url: 'https://kb.example/',
		});
	});

	it('embeds the embed page as an iframe with an accessible name, attributes escaped', () => {
		expect(response['html']).toBe(
			'<iframe src="https://kb.example/embed/recommender/?a=1&amp;b=2" title="CIO, CTO, both, or one executive covering both roles? &quot;Really&quot; &lt;yes&gt;" width="600" height="760" frameborder="0"></iframe>',
		);
	});
});

describe('oembedPath', () => {
	it('sits beside the embed page', () => {
		expect(oembedPath('/embed/recommender/')).toBe('/embed/recommender/oembed.json');
		expect(oembedPath('/de/embed/empfehlung')).toBe('/de/embed/empfehlung/oembed.json');
	});
});
