import { describe, expect, it } from 'vitest';
import { splitTarget } from './page-links';

describe('splitTarget', () => {
	it('separates the page id from a section or a query', () => {
		expect(splitTarget('guide')).toEqual({ id: 'guide', suffix: '' });
		expect(splitTarget('roles/cio#focus')).toEqual({ id: 'roles/cio', suffix: '#focus' });
		expect(splitTarget('recommend?size=small#x')).toEqual({ id: 'recommend', suffix: '?size=small#x' });
	});
});
