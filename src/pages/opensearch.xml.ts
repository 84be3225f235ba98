/** The OpenSearch description, so browsers can add the site's search; base-path and site aware. */
import type { APIRoute } from 'astro';
import { openSearchXml } from '../lib/search';
import { t } from '../lib/ui-strings';
import { url } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
	const absolute = (path: string) => new URL(url(path), site).href;
	const body = openSearchXml({
		shortName: t('site.name'),
		description: t('search.opensearch'),
		searchUrl: absolute('/search/'),
		selfUrl: absolute('/opensearch.xml'),
		iconUrl: absolute('/favicon.svg'),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
