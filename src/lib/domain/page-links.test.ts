import { describe, expect, it } from 'vitest';
import { pageLinkProblems, siteLinkTargets, splitTarget } from './page-links';

describe('splitTarget', () => {
	it('separates the page id from a section or a query', () => {
		expect(splitTarget('guide')).toEqual({ id: 'guide', suffix: '' });
		expect(splitTarget('roles/cio#focus')).toEqual({ id: 'roles/cio', suffix: '#focus' });
		expect(splitTarget('recommend?size=small#x')).toEqual({ id: 'recommend', suffix: '?size=small#x' });
	});
});

describe('pageLinkProblems', () => {
	const ids = new Set(['guide', 'roles/cio']);

	it('finds the <SiteLink> targets of a body', () => {
		expect(
			siteLinkTargets('See <SiteLink to="guide#goals">goals</SiteLink> and <SiteLink to="x">x</SiteLink>.'),
		).toEqual(['guide#goals', 'x']);
	});

	it('names each link to a page that does not exist, with its file and field', () => {
		const body = '<SiteLink to="guide#goals">ok</SiteLink> <SiteLink to="/guide/">old style</SiteLink>';
		expect(pageLinkProblems('content/pages/en/a.mdx', body, [{ links: ['roles/cio', 'roles/cfo'] }], ids)).toEqual([
			'content/pages/en/a.mdx: <SiteLink to="/guide/"> names no page (use a page id such as guide#goals).',
			'content/pages/en/a.mdx: field "faq[0].links" has "roles/cfo", which names no page.',
		]);
	});
});
