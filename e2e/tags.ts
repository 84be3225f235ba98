/**
 * Playwright tags: which tests a run selects. A tag is part of a test's declaration, so renaming a
 * test never moves it in or out of a run; `e2e/tools/check-tags.ts` fails `npm test` when a tag
 * selects no test or a test carries a tag that is not declared here.
 */

/**
 * What the deployment's base path can break (links and anchors, assets, the search index, the
 * recommender's URLs, head tags, headers, redirects): the tests the run under `/kb/` repeats.
 * Everything else (rankings, keyboard, hostile input, layout, phones, what loads when, axe) does
 * not depend on the base path and runs at the root only.
 */
export const BASE_PATH_TAG = '@base-path';

/** Every tag a test may carry, with the run that selects it. */
export const TAGS: Readonly<Record<string, string>> = {
	[BASE_PATH_TAG]: 'the run under BASE_PATH=/kb/ (npm run test:e2e:subpath)',
};
