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

/**
 * A question's whole answer as one text: the one-line answer, then the evidence (the article's
 * words still in `<q>…</q>`). What the page shows in the answer's paragraph, and its FAQPage data.
 */
export function answerText(item: { answer: string; explanation?: string | undefined }): string {
	return item.explanation ? `${item.answer} ${item.explanation}` : item.answer;
}

/** A group of questions as an index lists it: the group's section and its questions, in page order. */
export interface QuestionGroup<T> {
	/** The group id, which is also the id of the section heading the group's list stands under. */
	id: string;
	/** The section heading's text. */
	title: string;
	questions: T[];
}

/**
 * The questions of a page's `<FaqList>` groups, grouped under their section headings: each group's
 * list stands under a heading whose id is the group id. Throws, naming the group, when no heading
 * has it, since the index could not name the group then.
 */
export function questionGroups<T extends { group: string }>(
	questions: readonly T[],
	groups: readonly string[],
	headings: ReadonlyArray<{ slug: string; text: string }>,
	where: string,
): Array<QuestionGroup<T>> {
	return groups.map((id) => {
		const heading = headings.find((candidate) => candidate.slug === id);
		if (!heading) throw new Error(`${where}: <FaqList group="${id}" /> stands under no heading with the id {#${id}}.`);
		return { id, title: heading.text, questions: questionsOf(questions, [id]) };
	});
}
