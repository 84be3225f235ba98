/** What the e2e suite knows about the site: its public pages and how to watch a page for errors. */
import { expect, type Page } from '@playwright/test';

/** Every page of the foundation's URL table, with its main heading. Paths are relative to the base. */
export const PAGES = [
	{ path: './', heading: 'CIO vs CTO' },
	{ path: 'roles/cio/', heading: 'Chief Information Officer (CIO)' },
	{ path: 'roles/cto/', heading: 'Chief Technology Officer (CTO)' },
	{ path: 'differences/', heading: 'Key differences and overlaps' },
	{ path: 'guide/', heading: 'Choosing the right role for your organisation' },
	{ path: 'about/', heading: 'About this knowledge base' },
	// Recommender (issue 3): the tool and its worked scenarios.
	{ path: 'recommend/', heading: 'CIO, CTO, both, or one person doing both?' },
	{ path: 'guide/scenarios/saas-start-up/', heading: 'A 12-person SaaS start-up' },
	{ path: 'guide/scenarios/logistics-company/', heading: 'A 300-person logistics company' },
	{ path: 'guide/scenarios/hospital-group/', heading: 'A hospital group' },
	{ path: 'guide/scenarios/bank-digital-arm/', heading: 'A bank with a digital product arm' },
	{ path: 'guide/scenarios/fintech-scale-up/', heading: 'A growing fintech scale-up' },
	{ path: 'guide/scenarios/accounting-firm/', heading: 'A small accounting firm' },
	{ path: 'guide/scenarios/online-retailer/', heading: 'A growing online retailer' },
] as const;

/**
 * Collects console errors, uncaught exceptions and CSP violations; call the result to assert none.
 * `allow` lists console messages that are expected, such as the 404 status of the not-found page.
 */
export function watchForErrors(page: Page, { allow = [] }: { allow?: RegExp[] } = {}): () => void {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && !allow.some((pattern) => pattern.test(message.text()))) {
			problems.push(`console: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return () => expect(problems, problems.join('\n')).toEqual([]);
}

/** The console message Chromium logs for a page answered with 404, expected on the not-found page. */
export const NOT_FOUND_STATUS = /Failed to load resource: the server responded with a status of 404/;
