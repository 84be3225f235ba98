/**
 * `npm run search -- "who owns the tech stack" [--lang de]`: what a query finds in the built index,
 * as the site's search shows it (stop words dropped, typos corrected, results titled by the heading
 * that matches, search terms cut out of excerpts), with the excerpts. Run `npm run build` first. Pagefind's browser API runs here in Node: its files are read
 * from the build folder instead of fetched.
 */
import { parseArgs } from 'node:util';
import { DIST } from '../site.ts';
import { openIndex } from './search-index.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { lang: { type: 'string', default: 'en' }, limit: { type: 'string', default: '5' } },
});
const query = positionals.join(' ');
if (query.trim() === '') {
	console.error('Usage: npm run search -- "a reader question" [--lang de] [--limit 5]');
	process.exit(2);
}
const index = await openIndex(DIST, values.lang);
const { hits, correction } = await index.search(query, Number(values.limit));
if (correction) console.log(`Showing results for “${correction.query}” (as typed: “${query}”)`);
if (hits.length === 0) console.log('No results.');
for (const [rank, hit] of hits.entries()) {
	const where = hit.page ? `${hit.page} › ` : '';
	console.log(`${rank + 1}. ${where}${hit.title}  ${hit.href}\n   ${hit.excerpt}`);
}
