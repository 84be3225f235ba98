/**
 * The words and data of each picture, taken from the content, so editing the YAML changes the
 * picture: the roles' responsibilities and the comparison's "looks toward" row (inward and
 * outward), its focus row (the spectrum), the company-size answers and their structure (growth).
 * Pure: the content comes in as arguments; `src/lib/diagrams/` draws the SVG.
 */
import type { Difference, GuideFactor, Role } from '../content/collections';
import type { Translate } from '../domain/i18n';
import type { Executives, GrowthData } from './diagrams/growth';
import type { InwardOutwardData } from './diagrams/inward-outward';
import type { OverlapData } from './diagrams/overlap';
import type { SetupData } from './diagrams/setup';
import type { SpectrumData } from './diagrams/spectrum';
import type { Result } from '../domain/recommend';

/** The two roles by id, with a clear error when the content lacks one. */
function pair(roles: readonly Role[]): { cio: Role; cto: Role } {
	const cio = roles.find((role) => role.id === 'cio');
	const cto = roles.find((role) => role.id === 'cto');
	if (!cio || !cto) throw new Error('The pictures need the roles "cio" and "cto" in content/roles/.');
	return { cio, cto };
}

/** A comparison row by id, with a clear error when the content lacks it. */
function row(differences: readonly Difference[], id: string): Difference {
	const found = differences.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`The pictures need the comparison row "${id}" in content/differences/.`);
	return found;
}

/** The CIO's work pointing into the organisation, the CTO's out (responsibilities and the "direction" row). */
export function inwardOutwardPicture(
	id: string,
	roles: readonly Role[],
	differences: readonly Difference[],
	t: Translate,
): InwardOutwardData {
	const { cio, cto } = pair(roles);
	const direction = row(differences, 'direction');
	return {
		id,
		title: t('picture.inwardOutward'),
		inside: direction.cio.short,
		outside: direction.cto.short,
		cio: { name: cio.acronym, items: cio.responsibilities.map((item) => item.title) },
		cto: { name: cto.acronym, items: cto.responsibilities.map((item) => item.title) },
	};
}

/** From business-centric to technology-centric (the "focus" row), and where each end looks (the "direction" row). */
export function spectrumPicture(
	id: string,
	roles: readonly Role[],
	differences: readonly Difference[],
	t: Translate,
): SpectrumData {
	const { cio, cto } = pair(roles);
	const focus = row(differences, 'focus');
	const direction = row(differences, 'direction');
	return {
		id,
		title: t('picture.spectrum'),
		from: focus.cio.short,
		to: focus.cto.short,
		fromToward: direction.cio.short,
		toToward: direction.cto.short,
		cio: cio.acronym,
		cto: cto.acronym,
	};
}

/** The areas where the roles blur, in the intersection of the two. */
export function overlapPicture(
	id: string,
	roles: readonly Role[],
	areas: readonly string[],
	t: Translate,
): OverlapData {
	const { cio, cto } = pair(roles);
	return {
		id,
		title: t('picture.overlap'),
		cio: cio.acronym,
		cto: cto.acronym,
		shared: t('picture.overlapShared'),
		areas,
	};
}

/**
 * How the roles separate as a company grows: one stage per answer to the size question, its
 * executives from the answer's structure (one at most; two, but one when both sides pull equally;
 * two).
 */
export function growthPicture(id: string, roles: readonly Role[], size: GuideFactor, t: Translate): GrowthData {
	const { cio, cto } = pair(roles);
	const caption: Record<Executives, string> = {
		one: t('picture.growthOne'),
		separating: t('picture.growthSeparating'),
		two: t('picture.growthTwo'),
	};
	return {
		id,
		title: t('picture.growth'),
		cio: cio.acronym,
		cto: cto.acronym,
		stages: size.options.map((option) => {
			const executives: Executives =
				option.structure?.maxExecutives === 1
					? 'one'
					: option.structure?.whenBalanced === 'combined'
						? 'separating'
						: 'two';
			return { label: option.label, caption: caption[executives], executives };
		}),
	};
}

/** The executive set-up of a recommendation, named by the headline the recommender gives it. */
export function setupPicture(
	id: string,
	roles: readonly Role[],
	result: Pick<Result, 'recommendation' | 'lean'>,
	title: string,
): SetupData {
	const { cio, cto } = pair(roles);
	return { id, title, setup: result.recommendation, lean: result.lean, cio: cio.acronym, cto: cto.acronym };
}
