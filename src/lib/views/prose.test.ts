import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROSE, proseViewProblems } from './prose';

const views = readdirSync(new URL('../../components/prose/', import.meta.url))
	.filter((name) => name.endsWith('.astro'))
	.map((name) => name.slice(0, -'.astro'.length));

describe('the prose components', () => {
	it('are each declared once and have a view of the same name', () => {
		expect(proseViewProblems(views)).toEqual([]);
		expect(Object.keys(PROSE).sort()).toEqual([...views].sort());
	});

	it('name a declaration without a view and a view without a declaration', () => {
		expect(proseViewProblems([...views.filter((name) => name !== 'FaqList'), 'Sparkle'])).toEqual([
			'<FaqList> is declared in src/lib/views/prose.ts but has no view src/components/prose/FaqList.astro.',
			'src/components/prose/Sparkle.astro has no declaration in src/lib/views/prose.ts.',
		]);
	});

	it('are each named in the editing guide, where editors look them up', () => {
		const guide = readFileSync(new URL('../../../docs/editing.md', import.meta.url), 'utf8');
		expect(Object.keys(PROSE).filter((name) => !guide.includes(`<${name}`))).toEqual([]);
	});

	it('read their attributes by their schemas: literals, flags, and nothing unknown', () => {
		expect(PROSE.Picture.props.safeParse({ of: 'spectrum' }).success).toBe(true);
		expect(PROSE.Picture.props.safeParse({ of: 'sunset' }).success).toBe(false);
		expect(PROSE.Picture.props.safeParse({ of: 'spectrum', colour: 'red' }).success).toBe(false);
		expect(PROSE.Recommender.props.safeParse({ syncUrl: true }).success).toBe(true);
		expect(PROSE.SiteLink.props.safeParse({ to: 'guide#goals' }).success).toBe(true);
		expect(PROSE.SiteLink.props.safeParse({ to: '/guide/' }).success).toBe(false);
		expect(PROSE.SiteLink.links!({ to: 'guide#goals' })).toEqual(['guide#goals']);
	});
});
