/**
 * What every route's `getStaticPaths` starts from: the pages of every language, once the whole
 * content is checked (`content-check.ts`), so a build with broken content names every problem
 * before a single file is written, whichever route Astro asks first.
 */
import { getAllPages, type SitePage } from '../content/pages';
import { assertContent } from './content-check';

/** Every page of every language, in reading order per language, after the content check. */
export async function checkedPages(): Promise<SitePage[]> {
	await assertContent();
	return getAllPages();
}

/** `getStaticPaths` for a file under each language's home (`/llms.txt`, `/de/llms.txt`): no prefix for the default language. */
export async function localeFilePaths(): Promise<Array<{ params: { lang: string | undefined } }>> {
	const homes = (await checkedPages()).filter((page) => page.entry.id === 'home');
	return homes.map((home) => ({ params: { lang: home.path.replace(/^\/|\/$/g, '') || undefined } }));
}
