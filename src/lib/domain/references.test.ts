import { describe, expect, it } from 'vitest';
import { findBrokenReferences } from './references';
import { formatProblem, type Problem } from './problems';

/** Problems as the lines the build prints. */
const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

const existing = new Map([['roles', new Set(['cio', 'cto'])]]);

describe('findBrokenReferences', () => {
	it('accepts references to existing entries', () => {
		const entries = [
			{ collection: 'roles', id: 'cio', refs: [{ field: 'counterpart', ref: { collection: 'roles', id: 'cto' } }] },
		];
		expect(lines(findBrokenReferences(entries, existing))).toEqual([]);
	});

	it('names the file, the field and the missing target', () => {
		const entries = [
			{
				collection: 'pages',
				id: 'guide',
				filePath: 'content/pages/guide.mdx',
				refs: [
					{ field: 'roles[0]', ref: { collection: 'roles', id: 'cio' } },
					{ field: 'roles[1]', ref: { collection: 'roles', id: 'cfo' } },
				],
			},
		];
		expect(lines(findBrokenReferences(entries, existing))).toEqual([
			'content/pages/guide.mdx: field "roles[1]": refers to "cfo" in collection "roles", which does not exist.',
		]);
	});

	it('reports a reference into an unknown collection', () => {
		const entries = [{ collection: 'x', id: 'y', refs: [{ field: 'f', ref: { collection: 'nope', id: 'z' } }] }];
		expect(lines(findBrokenReferences(entries, existing))).toHaveLength(1);
	});
});
