/**
 * Links between pages, as content writes them: a page id with an optional section or query
 * (`guide#goals`, `roles/cio`, `recommend?size=small`). Pure functions: splitting a link and
 * finding the links in a words file that name no page.
 */

/** A link's page id and what follows it (`#goals`, `?size=small`, or nothing). */
export function splitTarget(target: string): { id: string; suffix: string } {
	const index = target.search(/[#?]/);
	return index === -1 ? { id: target, suffix: '' } : { id: target.slice(0, index), suffix: target.slice(index) };
}

/** The `to` targets of every `<SiteLink>` in an MDX body, in order. */
export function siteLinkTargets(body: string): string[] {
	return [...body.matchAll(/<SiteLink\b[^>]*?\bto="([^"]*)"/g)].map((match) => match[1]!);
}

/**
 * One line per link in a words file that names no page: its `<SiteLink to="…">` elements and
 * its questions' `links`. `file` names the file in the message.
 */
export function pageLinkProblems(
	file: string,
	body: string,
	faq: ReadonlyArray<{ links: readonly string[] }>,
	pageIds: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	for (const target of siteLinkTargets(body)) {
		if (!pageIds.has(splitTarget(target).id)) {
			problems.push(`${file}: <SiteLink to="${target}"> names no page (use a page id such as guide#goals).`);
		}
	}
	faq.forEach((item, index) => {
		for (const target of item.links) {
			if (!pageIds.has(splitTarget(target).id)) {
				problems.push(`${file}: field "faq[${index}].links" has "${target}", which names no page.`);
			}
		}
	});
	return problems;
}
