/**
 * A picture of the content in one language, ready to show: its SVG and its text equivalent. The
 * one place that knows which content each picture draws on; the `<Picture>` component and
 * `llms-full.txt` both call it.
 */
import { getDifferences, getGuideFactors, getOverlaps, getRoles } from '../content/collections';
import { growth, growthText } from './diagrams/growth';
import { inwardOutward, inwardOutwardText } from './diagrams/inward-outward';
import { overlap, overlapText } from './diagrams/overlap';
import { spectrum, spectrumText } from './diagrams/spectrum';
import type { TextGroup } from './diagrams/svg';
import type { Locale, Translate } from '../domain/i18n';
import { shown, type ShownEntry } from './shown';
import { growthPicture, inwardOutwardPicture, overlapPicture, spectrumPicture } from './pictures';

/** The pictures prose can show with `<Picture of="…" />`. */
export const PICTURES = ['inward-outward', 'spectrum', 'overlap', 'growth'] as const;

/** A picture's name. */
export type PictureName = (typeof PICTURES)[number];

/** Draws a picture; `id` must be unique on its page. */
export async function drawPicture(
	of: PictureName,
	id: string,
	locale: Locale,
	t: Translate,
): Promise<{ svg: string; title: string; words: TextGroup[] }> {
	const [roles, differences, factors, overlaps] = await Promise.all([
		getRoles(locale),
		getDifferences(locale),
		getGuideFactors(locale),
		getOverlaps(locale),
	]);
	switch (of) {
		case 'inward-outward': {
			const data = inwardOutwardPicture(id, roles, differences, t);
			return { svg: inwardOutward(data), title: data.title, words: inwardOutwardText(data) };
		}
		case 'spectrum': {
			const data = spectrumPicture(id, roles, differences, t);
			return { svg: spectrum(data), title: data.title, words: spectrumText(data) };
		}
		case 'overlap': {
			const data = overlapPicture(
				id,
				roles,
				overlaps.map((area) => area.title),
				t,
			);
			return { svg: overlap(data), title: data.title, words: overlapText(data) };
		}
		case 'growth': {
			const size = factors.find((factor) => factor.param === 'size');
			if (!size) throw new Error('The growth picture needs the guide question "size" (content/guide/).');
			const data = growthPicture(id, roles, size, t);
			return { svg: growth(data), title: data.title, words: growthText(data) };
		}
	}
}

/** The content entries a picture draws on, with their review dates. */
export async function pictureSources(of: PictureName, locale: Locale): Promise<ShownEntry[]> {
	const roles = shown('roles', await getRoles(locale));
	switch (of) {
		case 'inward-outward':
		case 'spectrum':
			return [...roles, ...shown('differences', await getDifferences(locale))];
		case 'overlap':
			return [...roles, ...shown('overlaps', await getOverlaps(locale))];
		case 'growth':
			return [
				...roles,
				...shown(
					'guide',
					(await getGuideFactors(locale)).filter((factor) => factor.param === 'size'),
				),
			];
	}
}

/** A picture's text equivalent as Markdown, for `llms-full.txt`. */
export function pictureMarkdown(title: string, words: readonly TextGroup[]): string {
	return [
		`*${title}*`,
		'',
		...words.flatMap((group) => [
			`- **${group.term}**${group.description ? `: ${group.description}` : ''}`,
			...group.items.map((item) => `  - ${item}`),
		]),
	].join('\n');
}
