/** Where the questions readers bring are shown: pure functions over MDX bodies and questions. */

/** The `group` of every `<FaqList group="…" />` in an MDX body, in order. */
export function faqListGroups(body: string): string[] {
	return [...body.matchAll(/<FaqList\b[^>]*?\bgroup="([^"]*)"/g)].map((match) => match[1]!);
}

/** The questions of the given groups, group by group in that order, each group in question order. */
export function questionsOf<T extends { group: string }>(questions: readonly T[], groups: readonly string[]): T[] {
	return groups.flatMap((group) => questions.filter((question) => question.group === group));
}

/**
 * One line per question that no page shows (its group has no `<FaqList group>` in any body) and
 * per link of a question that names no page.
 */
export function faqProblems(
	questions: ReadonlyArray<{ id: string; group: string; links: readonly string[] }>,
	shownGroups: ReadonlySet<string>,
	pageIds: ReadonlySet<string>,
	file: (id: string) => string,
): string[] {
	return questions.flatMap((question) => [
		...(shownGroups.has(question.group)
			? []
			: [
					`${file(question.id)}: group "${question.group}" is shown on no page (no <FaqList group="${question.group}" />).`,
				]),
		...question.links
			.filter((link) => !pageIds.has(link.replace(/[#?].*$/, '')))
			.map((link) => `${file(question.id)}: field "links" has "${link}", which names no page.`),
	]);
}
