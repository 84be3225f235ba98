/** Routes for files every language has its own of (`/llms.txt`, `/de/llms.txt`): one path per language. */
import { getAllPages } from './pages';

/** `getStaticPaths` for a file under each language's home: no prefix for the default language. */
export async function localeFilePaths(): Promise<Array<{ params: { lang: string | undefined } }>> {
	const homes = (await getAllPages()).filter((page) => page.entry.id === 'home');
	return homes.map((home) => ({ params: { lang: home.path.replace(/^\/|\/$/g, '') || undefined } }));
}
