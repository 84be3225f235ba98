/** The OpenSearch description, one per language, so browsers can add the site's search. */
import type { APIRoute } from 'astro';
import { localeFilePaths } from '../../lib/build/routes';
import { openSearchXml } from '../../lib/domain/search';
import { absoluteUrl } from '../../lib/views/seo';

export const getStaticPaths = localeFilePaths;

export const GET: APIRoute = ({ locals }) => {
	const { t, site, deployment } = locals;
	const body = openSearchXml({
		shortName: t('site.name'),
		description: t('search.opensearch'),
		searchUrl: absoluteUrl(deployment, site.pathOf('search')),
		selfUrl: absoluteUrl(deployment, site.localPath('opensearch.xml')),
		iconUrl: absoluteUrl(deployment, '/favicon.svg'),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
