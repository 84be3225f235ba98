/**
 * Gives every page and endpoint its language context, once per request, the way Starlight does:
 * the language (from the path: `/de/...` is German, the root is the default), its translator,
 * the site in that language (pages, navigation, links by page id) and where the site is deployed.
 * Components read `Astro.locals` and never name a language.
 */
import { defineMiddleware } from 'astro:middleware';
import { stripBase } from './lib/domain/base';
import { localeOfPath, translator } from './lib/domain/i18n';
import { getSite } from './lib/content/pages';
import { assertContent } from './lib/build/content-check';

export const onRequest = defineMiddleware(async (context, next) => {
	// Every problem of the content at once, whichever page is built first (once per build).
	await assertContent();
	const base = import.meta.env.BASE_URL;
	const path = stripBase(context.url.pathname, base);
	const locale = localeOfPath(path);
	const site = await getSite(locale, base);
	context.locals.locale = locale;
	context.locals.t = translator(locale);
	context.locals.site = site;
	context.locals.page = site.pageAt(path);
	context.locals.deployment = { site: context.site?.href ?? context.url.origin, base };
	return next();
});
