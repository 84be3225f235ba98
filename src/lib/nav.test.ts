import { describe, expect, it } from 'vitest';
import { breadcrumbs, neighbours, type NavItem } from './nav';

const order: NavItem[] = [
	{ path: '/', label: 'Home' },
	{ path: '/roles/cio/', label: 'CIO' },
	{ path: '/roles/cto/', label: 'CTO' },
	{ path: '/guide/', label: 'Guide' },
];

describe('neighbours', () => {
	it('gives the pages before and after', () => {
		expect(neighbours(order, '/roles/cio/')).toEqual({ prev: order[0], next: order[2] });
	});

	it('has no previous page at the start and no next page at the end', () => {
		expect(neighbours(order, '/')).toEqual({ next: order[1] });
		expect(neighbours(order, '/guide/')).toEqual({ prev: order[2] });
	});

	it('gives nothing for a page outside the reading order', () => {
		expect(neighbours(order, '/404/')).toEqual({});
	});
});

describe('breadcrumbs', () => {
	const labels = new Map(order.map((item) => [item.path, item.label]));

	it('leads from home to the page', () => {
		expect(breadcrumbs('/roles/cio/', labels, 'CIO')).toEqual([
			{ path: '/', label: 'Home' },
			{ path: '/roles/cio/', label: 'CIO' },
		]);
	});

	it('includes known ancestors such as the guide', () => {
		expect(breadcrumbs('/guide/scenarios/bank/', labels, 'A bank')).toEqual([
			{ path: '/', label: 'Home' },
			{ path: '/guide/', label: 'Guide' },
			{ path: '/guide/scenarios/bank/', label: 'A bank' },
		]);
	});

	it('is only the home crumb on the home page', () => {
		expect(breadcrumbs('/', labels, 'Home')).toEqual([{ path: '/', label: 'Home' }]);
	});
});
