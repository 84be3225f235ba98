/**
 * The embed as other sites take it: the oEmbed response (https://oembed.com/) that lets an editor
 * with oEmbed discovery (WordPress, for one) turn the recommender's address into an embedded
 * recommender, and the code a blogger pastes by hand ("Embed this" on /recommend/). Pure: the
 * URLs and words come in as arguments.
 *
 * The oEmbed HTML is WordPress's own embed format: a `<blockquote class="wp-embedded-content">`
 * with a link to the page, then the iframe. WordPress keeps both, sandboxes the iframe, hides it
 * until it speaks and loads its host script (wp-embed.js), which sizes the frame to the height the
 * embed reports and follows its links; only a blockquote makes WordPress load that script. The
 * host script of the pasted code comes last (WordPress drops it; other sites run it), so a site
 * without wp-embed.js sizes the frame the same way.
 */

/** The iframe's size before the embed reports its real height (see src/lib/browser/embed-frame.ts). */
export const OEMBED_SIZE = { width: 600, height: 700 } as const;

/** The attribute that marks the frames the pasted host script sizes. */
export const EMBED_FRAME_ATTRIBUTE = 'data-kb-recommender';

/** The site path of an embed page's oEmbed response: `/embed/recommender/oembed.json`. */
export function oembedPath(embedPath: string): string {
	return `${embedPath.replace(/\/?$/, '/')}oembed.json`;
}

/** Text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text safe as the content of an element. */
function text(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The host script for sites without wp-embed.js, a few hundred bytes: a height message from the
 * embed's origin (`{ type: 'kb-embed-height', height }`) sizes the frame that sent it, and the
 * first one hides the link shown in its place (the oEmbed's blockquote), as WordPress does.
 */
export function hostScript(origin: string): string {
	const code =
		`addEventListener("message",function(e){var d=e.data||{},h=Number(d.height);` +
		`if(e.origin!==${JSON.stringify(origin)}||d.type!=="kb-embed-height"||!(h>0&&h<1e4))return;` +
		`document.querySelectorAll("iframe[${EMBED_FRAME_ATTRIBUTE}]").forEach(function(f){if(f.contentWindow!==e.source)return;` +
		`f.style.height=Math.ceil(h)+"px";var b=f.previousElementSibling;if(b&&b.matches("blockquote.wp-embedded-content"))b.hidden=true})})`;
	return `<script>${code}</script>`;
}

/** What a pasted embed is made of. */
export interface EmbedTarget {
	/** The embed's title, also the iframe's accessible name. */
	title: string;
	/** Absolute URL of the embed page. */
	embedUrl: string;
}

/** The iframe of the pasted code: the embed page, full width, sized by the host script. */
export function embedFrame({ title, embedUrl }: EmbedTarget): string {
	return (
		`<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="100%" height="${OEMBED_SIZE.height}" ` +
		`style="border:0" loading="lazy" ${EMBED_FRAME_ATTRIBUTE}></iframe>`
	);
}

/** The code a blogger pastes where the recommender should appear: the iframe and its host script. */
export function embedCode(target: EmbedTarget): string {
	return `${embedFrame(target)}\n${hostScript(new URL(target.embedUrl).origin)}`;
}

/** An oEmbed response of type `rich`: WordPress's embed format for the embed page. */
export function oembedResponse(options: {
	/** The embedded thing's title, also the iframe's accessible name and the fallback link's text. */
	title: string;
	/** The site's name and home page. */
	providerName: string;
	providerUrl: string;
	/** Absolute URL of the page the embed stands in for (the fallback link). */
	pageUrl: string;
	/** Absolute URL of the embed page. */
	embedUrl: string;
	/** Absolute URL of a preview image (1200×630). */
	thumbnailUrl: string;
}): Record<string, string | number> {
	const { width, height } = OEMBED_SIZE;
	const { title, embedUrl, pageUrl } = options;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: options.providerName,
		provider_url: options.providerUrl,
		width,
		height,
		// WordPress keeps of a provider it does not know only the blockquote with its link and the
		// iframe's src, title, width, height and frameborder; it adds the rest (sandbox, secret).
		html:
			`<blockquote class="wp-embedded-content"><a href="${attribute(pageUrl)}">${text(title)}</a></blockquote>` +
			`<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="${width}" height="${height}" ` +
			`frameborder="0" ${EMBED_FRAME_ATTRIBUTE}></iframe>` +
			hostScript(new URL(embedUrl).origin),
		thumbnail_url: options.thumbnailUrl,
		thumbnail_width: 1200,
		thumbnail_height: 630,
	};
}
