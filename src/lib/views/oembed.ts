/**
 * oEmbed (https://oembed.com/): the static response that lets an editor with oEmbed discovery
 * (WordPress, for one) turn the recommender's address into an embedded recommender. Pure: the
 * URLs and words come in as arguments.
 */

/** The iframe's size in the response; the embed then reports its real height (see EmbedLayout). */
export const OEMBED_SIZE = { width: 600, height: 760 } as const;

/** The site path of an embed page's oEmbed response: `/embed/recommender/oembed.json`. */
export function oembedPath(embedPath: string): string {
	return `${embedPath.replace(/\/?$/, '/')}oembed.json`;
}

/** Text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An oEmbed response of type `rich`: an iframe of the embed page. */
export function oembedResponse(options: {
	/** The embedded thing's title, also the iframe's accessible name. */
	title: string;
	/** The site's name and home page. */
	providerName: string;
	providerUrl: string;
	/** Absolute URL of the embed page. */
	embedUrl: string;
	/** Absolute URL of a preview image (1200×630). */
	thumbnailUrl: string;
}): Record<string, string | number> {
	const { width, height } = OEMBED_SIZE;
	return {
		version: '1.0',
		type: 'rich',
		title: options.title,
		provider_name: options.providerName,
		provider_url: options.providerUrl,
		width,
		height,
		// Only attributes WordPress keeps for a provider it does not know (src, title, width, height,
		// frameborder); it adds sandbox="allow-scripts" and a #?secret=… of its own.
		html: `<iframe src="${attribute(options.embedUrl)}" title="${attribute(options.title)}" width="${width}" height="${height}" frameborder="0"></iframe>`,
		thumbnail_url: options.thumbnailUrl,
		thumbnail_width: 1200,
		thumbnail_height: 630,
	};
}
