import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

/**
 * Nothing of the source article is lost: every sentence of it appears on some page of the site.
 * The article (as captured from the NXT YOU blog, navigation text removed) is in fixtures/.
 */
const ARTICLE = readFileSync(new URL('./fixtures/source-article.txt', import.meta.url), 'utf8');

/** Section headings of the article; the site structures its pages differently. */
const HEADINGS = new Set([
	'CIO vs CTO: Understanding the Distinct Roles in Modern Enterprises',
	'The Role of the CIO',
	'The Role of the CTO',
	'Key Differences and Overlaps',
	'Choosing the Right Role for Your Organization',
]);

/** Sentences the site words differently, and the wording (one or more passages) that stands in for each. */
const ADAPTED: Record<string, string[]> = {
	'This article delves into two such roles, the Chief Information Officer (CIO) and the Chief Technology Officer (CTO), highlighting their unique responsibilities and their significance in modern enterprises.':
		[
			'This knowledge base explains two such roles, the Chief Information Officer (CIO) and the Chief Technology Officer (CTO), highlighting their unique responsibilities and their significance in modern enterprises.',
		],
	'Responsibilities: While the CIO manages IT infrastructure, budgets, and operational efficiency, the CTO oversees product development, technical vision, and emerging technologies.':
		[
			'The CIO manages IT infrastructure, budgets, and operational efficiency.',
			'The CTO oversees product development, technical vision, and emerging technologies.',
		],
};

const normalize = (text: string) =>
	text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's sentences: bullet labels split off, a trailing colon dropped. */
function articleSentences(): string[] {
	const sentences: string[] = [];
	for (const rawLine of ARTICLE.split('\n')) {
		let line = rawLine.replace(/^\s*•\s*/, '').trim();
		if (line === '' || HEADINGS.has(line)) continue;
		const adapted = ADAPTED[line];
		if (adapted) {
			sentences.push(...adapted);
			continue;
		}
		const bullet = /^([A-Z][A-Za-z ]{2,60}): (.*)$/.exec(line);
		if (bullet) {
			sentences.push(bullet[1]!);
			line = bullet[2]!;
		}
		for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
			sentences.push(...(ADAPTED[sentence] ?? [sentence.replace(/:$/, '')]));
		}
	}
	return sentences;
}

test('every sentence of the source article appears on the English pages', () => {
	const text = builtPages()
		.filter((page) => page.lang === 'en')
		.map((page) => page.html.root.querySelector('main')?.text ?? '')
		.join('\n');
	const site = normalize(text);
	const sentences = articleSentences();
	expect(sentences.length).toBeGreaterThan(30);
	const missing = sentences.filter((sentence) => !site.includes(normalize(sentence)));
	expect(missing, `missing from the site:\n${missing.join('\n')}`).toEqual([]);
});
