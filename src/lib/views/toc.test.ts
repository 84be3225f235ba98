import { describe, expect, it } from 'vitest';
import { outline, tableOfContents } from './toc';

const body = `Intro with a <SiteLink to="guide">link</SiteLink>.

## First {#first}

<GuideFactors />

\`\`\`md
## Not a heading
<NotAComponent />
\`\`\`

### Second

<Recommender idPrefix="x" />
`;

describe('outline', () => {
	it('lists headings and block components in order, skipping code and inline tags', () => {
		expect(outline(body)).toEqual([
			{ heading: 2 },
			{ component: 'GuideFactors' },
			{ heading: 3 },
			{ component: 'Recommender' },
		]);
	});
});

describe('tableOfContents', () => {
	const headings = [
		{ depth: 2, slug: 'first', text: 'First' },
		{ depth: 3, slug: 'second', text: 'Second' },
	];

	it('puts a component’s sections where the component stands', () => {
		expect(
			tableOfContents(outline(body), headings, { GuideFactors: [{ depth: 2, id: 'size', text: 'Company size' }] }),
		).toEqual([
			{ depth: 2, id: 'first', text: 'First' },
			{ depth: 2, id: 'size', text: 'Company size' },
			{ depth: 3, id: 'second', text: 'Second' },
		]);
	});

	it('refuses to guess when the headings and the outline disagree', () => {
		expect(() => tableOfContents(outline(body), headings.slice(0, 1), {})).toThrow(/do not list/);
		expect(() => tableOfContents([{ heading: 2 }], headings, {})).toThrow(/missed/);
	});
});
