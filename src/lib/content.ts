/**
 * The only module that queries content collections. Pages ask it for what they show; it sorts,
 * looks up and checks the cross-links once per build.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { findBrokenReferences, type EntryWithRefs } from './references';
import type { Factor } from './recommend';
import { findScenarioMismatches } from './scenarios';

export type Role = CollectionEntry<'roles'>;
export type Difference = CollectionEntry<'differences'>;
export type GuideFactor = CollectionEntry<'guide'>;
export type ProsePage = CollectionEntry<'pages'>;
export type Scenario = CollectionEntry<'scenarios'>;

/** The prose pages that make up the fixed part of the site, by entry id. */
export type ProsePageId = 'home' | 'differences' | 'guide' | 'recommend' | 'about' | 'not-found';

let integrity: Promise<void> | undefined;

/** Fails the build when any `reference()` in the content points at a missing entry. */
export function assertContentIntegrity(): Promise<void> {
	integrity ??= (async () => {
		const [roles, differences, pages] = await Promise.all([
			getCollection('roles'),
			getCollection('differences'),
			getCollection('pages'),
		]);
		const existing = new Map([['roles', new Set(roles.map((role) => role.id))]]);
		const entries: EntryWithRefs[] = [
			...roles.map((role) => ({
				collection: 'roles',
				id: role.id,
				filePath: role.filePath,
				refs: [{ field: 'counterpart', ref: role.data.counterpart }],
			})),
			...[...differences, ...pages].map((entry) => ({
				collection: entry.collection,
				id: entry.id,
				filePath: entry.filePath,
				refs: entry.data.roles.map((ref, index) => ({ field: `roles[${index}]`, ref })),
			})),
		];
		const problems = findBrokenReferences(entries, existing);
		// Recommender: every worked scenario must say what the engine says.
		const [factors, scenarios] = await Promise.all([getRecommenderFactors(), getCollection('scenarios')]);
		problems.push(
			...findScenarioMismatches(
				scenarios.map((scenario) => ({ id: scenario.id, filePath: scenario.filePath, ...scenario.data })),
				factors,
			),
		);
		if (problems.length > 0) {
			throw new Error(`Content problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
		}
	})();
	return integrity;
}

/** The roles, CIO first. */
export async function getRoles(): Promise<Role[]> {
	await assertContentIntegrity();
	const roles = await getCollection('roles');
	return roles.sort((a, b) => a.id.localeCompare(b.id));
}

/** One role by id; throws when it does not exist. */
export async function getRole(id: string): Promise<Role> {
	const role = await getEntry('roles', id);
	if (!role) throw new Error(`No role "${id}" in content/roles.`);
	return role;
}

/** The comparison dimensions in table order. */
export async function getDifferences(): Promise<Difference[]> {
	const differences = await getCollection('differences');
	return differences.sort((a, b) => a.data.order - b.data.order);
}

/** The guide's factors in questionnaire order. */
export async function getGuideFactors(): Promise<GuideFactor[]> {
	const factors = await getCollection('guide');
	return factors.sort((a, b) => a.data.order - b.data.order);
}

/** The guide's factors as plain data for the recommender engine, in question order. */
export async function getRecommenderFactors(): Promise<Factor[]> {
	const factors = await getGuideFactors();
	return factors.map(({ data }) => ({
		param: data.param,
		anchor: data.anchor,
		title: data.title,
		options: data.options.map(({ id, weights, reason, structure }) => ({ id, weights, reason, structure })),
	}));
}

/** The worked scenarios in list order, checked against the engine. */
export async function getScenarios(): Promise<Scenario[]> {
	await assertContentIntegrity();
	const scenarios = await getCollection('scenarios');
	return scenarios.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** One prose page by id; throws when it does not exist. */
export async function getProsePage(id: ProsePageId): Promise<ProsePage> {
	await assertContentIntegrity();
	const page = await getEntry('pages', id);
	if (!page) throw new Error(`No page "${id}" in content/pages.`);
	return page;
}

/** Renders an entry's MDX body. */
export { render };
