/** What the middleware (src/middleware.ts) puts on `Astro.locals` for every page and endpoint. */
declare namespace App {
	interface Locals {
		/** The language of the page being built. */
		locale: import('./lib/domain/i18n').Locale;
		/** Its interface strings: `t('search.status.one', { query })`. */
		t: import('./lib/domain/i18n').Translate;
		/** The site in that language: its pages, navigation and links by page id. */
		site: import('./lib/content/pages').Site;
		/** The page of the registry being built; undefined for files such as `llms.txt`. */
		page: import('./lib/content/pages').SitePage | undefined;
		/** Where the site is deployed: the absolute origin and the base path. */
		deployment: import('./lib/views/seo').Deployment;
	}
}

/** A browser module bundled with its imports into one script, as text (src/lib/build/inline-script.ts). */
declare module '*?inline-script' {
	const code: string;
	export default code;
}
