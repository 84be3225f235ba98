/** The glossary as its letter index shows it: terms grouped by the letter they begin with. */

/** The terms that begin with one letter, and the id of the letter's heading. */
export interface LetterGroup<T> {
	/** The letter as shown: upper case, accents set aside (Ä under A, as German dictionaries file it). */
	letter: string;
	/** Its heading's id: `letter-a`. */
	id: string;
	items: T[];
}

/** The letter a word is filed under: its first letter or digit, upper case, without accents. */
export function initialOf(word: string, locale: string): string {
	const first = word
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.charAt(0);
	return first.toLocaleUpperCase(locale);
}

/**
 * Items grouped by the initial of their name, in the order they come (the glossary sorts its
 * terms already); one group per letter that has any, in order of first appearance.
 */
export function byInitial<T>(items: readonly T[], name: (item: T) => string, locale: string): Array<LetterGroup<T>> {
	const groups: Array<LetterGroup<T>> = [];
	for (const item of items) {
		const letter = initialOf(name(item), locale);
		let group = groups.find((candidate) => candidate.letter === letter);
		if (!group) {
			group = { letter, id: `letter-${letter.toLowerCase()}`, items: [] };
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}

/**
 * A term's definition in one line, as the text shows it in place: the first sentence of its
 * definition, which is the site's own (the article's words come after it). A full stop inside a
 * quotation does not end it.
 */
export function definitionLine(definition: string): string {
	let depth = 0;
	for (let index = 0; index < definition.length; index++) {
		if (definition.startsWith('<q>', index)) depth++;
		else if (definition.startsWith('</q>', index)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && /[.!?]/.test(definition[index]!) && /^(?:\s|$)/.test(definition.slice(index + 1))) {
			return definition.slice(0, index + 1).trim();
		}
	}
	return definition.trim();
}
