/** The visible statement of who wrote what: the article's author, and the knowledge base's own. */
import type { Translate } from '../domain/i18n';
import { KNOWLEDGE_BASE, SOURCE_ARTICLE } from '../domain/site';

/** The sentence, with the author and publisher of the knowledge base named once when they are the same. */
export function siteCredit(
	t: Translate,
	credits: typeof KNOWLEDGE_BASE = KNOWLEDGE_BASE,
	articleAuthor: string = SOURCE_ARTICLE.author,
): string {
	const { author, publisher } = credits;
	return author.name === publisher.name
		? t('credit.site.same', { articleAuthor, publisher: publisher.name })
		: t('credit.site', { articleAuthor, author: author.name, publisher: publisher.name });
}
