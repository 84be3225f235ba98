import { describe, expect, it } from 'vitest';
import { siteCredit } from './credit';
import { translator } from '../domain/i18n';

describe('siteCredit', () => {
	const t = translator('en');

	it('names the article’s author and the knowledge base’s own, once when author and publisher are one', () => {
		const same = {
			author: { type: 'Organization', name: 'NXT YOU' },
			publisher: { type: 'Organization', name: 'NXT YOU' },
		} as const;
		expect(siteCredit(t, same, 'Marin Delija')).toMatch(/Marin Delija.*NXT YOU/);
		expect(siteCredit(t, same, 'Marin Delija').match(/NXT YOU/g)).toHaveLength(1);
	});

	it('names both when they differ', () => {
		const two = {
			author: { type: 'Person', name: 'A. Editor' },
			publisher: { type: 'Organization', name: 'Press' },
		} as const;
		expect(siteCredit(t, two, 'Marin Delija')).toMatch(/Marin Delija.*A\. Editor.*Press/);
	});
});
