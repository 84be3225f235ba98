import { describe, expect, it } from 'vitest';
import { breadcrumbs, neighbours } from './nav';

const pages = [
	{ id: 'home', parents: [] },
	{ id: 'roles/cio', parents: [] },
	{ id: 'roles/cto', parents: [] },
	{ id: 'guide', parents: [] },
	{ id: 'scenarios/bank', parents: ['guide'] },
];
const order = pages.slice(0, 4);
const byId = (id: string) => pages.find((page) => page.id === id)!;

describe('neighbours', () => {
	it('gives the pages before and after', () => {
		expect(neighbours(order, 'roles/cio')).toEqual({ prev: order[0], next: order[2] });
	});

	it('has no previous page at the start and no next page at the end', () => {
		expect(neighbours(order, 'home')).toEqual({ next: order[1] });
		expect(neighbours(order, 'guide')).toEqual({ prev: order[2] });
	});

	it('gives nothing for a page outside the reading order', () => {
		expect(neighbours(order, 'not-found')).toEqual({});
	});
});

describe('breadcrumbs', () => {
	it('leads from home to the page', () => {
		expect(breadcrumbs(byId('roles/cio'), byId).map((page) => page.id)).toEqual(['home', 'roles/cio']);
	});

	it('passes through the page’s parents', () => {
		expect(breadcrumbs(byId('scenarios/bank'), byId).map((page) => page.id)).toEqual([
			'home',
			'guide',
			'scenarios/bank',
		]);
	});

	it('is only the home crumb on the home page', () => {
		expect(breadcrumbs(byId('home'), byId).map((page) => page.id)).toEqual(['home']);
	});
});
