import { describe, expect, it } from 'vitest';
import { worksheetRows } from './worksheet';

const responsibility = (id: string) => ({
	id,
	title: `Title ${id}`,
	question: `Who ${id}?`,
	summary: `Does ${id}.`,
	explanation: 'x',
	inPractice: [],
});

describe('worksheetRows', () => {
	it('lists every responsibility of every role under its role, then the shared areas', () => {
		const rows = worksheetRows(
			[
				{ id: 'cio', acronym: 'CIO', responsibilities: [responsibility('a'), responsibility('b')] },
				{ id: 'cto', acronym: 'CTO', responsibilities: [responsibility('c')] },
			],
			[{ id: 'budgeting', title: 'Budgeting', question: 'Whose budget?' }],
		);
		expect(rows).toEqual([
			{ id: 'a', area: 'Title a', owner: { role: 'cio', acronym: 'CIO' }, question: 'Who a?' },
			{ id: 'b', area: 'Title b', owner: { role: 'cio', acronym: 'CIO' }, question: 'Who b?' },
			{ id: 'c', area: 'Title c', owner: { role: 'cto', acronym: 'CTO' }, question: 'Who c?' },
			{ id: 'budgeting', area: 'Budgeting', owner: 'shared', question: 'Whose budget?' },
		]);
	});
});
