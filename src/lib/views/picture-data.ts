/**
 * A picture of the content in one language, ready to show: its SVG and its text equivalent. The
 * one place that knows which content each picture draws on; the `<Picture>` component and
 * `llms-full.txt` both call it.
 */
import { getDifferences, getGuideFactors, getOverlaps, getRoles } from '../content/collections';
import { growth, growthText } from './diagrams/growth';
import { inwardOutward, inwardOutwardText, inwardOutwardWide } from './diagrams/inward-outward';
import { overlap, overlapText } from './diagrams/overlap';
import { spectrum, spectrumText } from './diagrams/spectrum';
import type { TextGroup } from './diagrams/svg';
import { LOCALE_SETTINGS, type Locale, type Translate } from '../domain/i18n';
import { hyphenateHeading } from './hyphenate';
import { shown, type ShownEntry } from './shown';
import { growthPicture, inwardOutwardPicture, overlapPicture, spectrumPicture } from './pictures';

/** The pictures prose can show with `<Picture of="…" />`. */
export const PICTURES = ['inward-outward', 'spectrum', 'overlap', 'growth'] as const;

/** A picture's name. */
export type PictureName = (typeof PICTURES)[number];

/**
 * A picture's labels keep to columns of about 136 units at 14 units a letter: as narrow for their
 * size as a 30 px heading on a phone, so their long words get soft hyphens as such a heading's do.
 */
const LABEL_SCALE = 30;

/** Fields of a picture's data that are not words a label shows. */
const NOT_LABELS = new Set(['id', 'title', 'setup', 'lean', 'executives']);

/**
 * The labels of a picture's data with soft hyphens in their long words, so a label can break inside
 * one, with a hyphen (src/lib/views/diagrams/svg.ts `wrap`); the text equivalent keeps the words whole.
 */
export function breakable<T>(data: T, lang: string): T {
	const walk = (value: unknown, key?: string): unknown => {
		if (typeof value === 'string')
			return key && NOT_LABELS.has(key) ? value : hyphenateHeading(value, lang, LABEL_SCALE);
		if (Array.isArray(value)) return value.map((item) => walk(item));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
		return value;
	};
	return walk(data) as T;
}

/** A drawn picture: its SVG (and a wider one for 768 px and up, if it has one) and its text equivalent. */
export interface DrawnPicture {
	svg: string;
	wide?: string;
	title: string;
	words: TextGroup[];
}

/** Draws a picture; `id` must be unique on its page. */
export async function drawPicture(of: PictureName, id: string, locale: Locale, t: Translate): Promise<DrawnPicture> {
	const lang = LOCALE_SETTINGS[locale].lang;
	const [roles, differences, factors, overlaps] = await Promise.all([
		getRoles(locale),
		getDifferences(locale),
		getGuideFactors(locale),
		getOverlaps(locale),
	]);
	switch (of) {
		case 'inward-outward': {
			const data = inwardOutwardPicture(id, roles, differences, t);
			const drawn = breakable(data, lang);
			return {
				svg: inwardOutward(drawn),
				wide: inwardOutwardWide({ ...drawn, id: `${id}-wide` }),
				title: data.title,
				words: inwardOutwardText(data),
			};
		}
		case 'spectrum': {
			const data = spectrumPicture(id, roles, differences, t);
			return { svg: spectrum(breakable(data, lang)), title: data.title, words: spectrumText(data) };
		}
		case 'overlap': {
			const data = overlapPicture(
				id,
				roles,
				overlaps.map((area) => area.title),
				t,
			);
			return { svg: overlap(breakable(data, lang)), title: data.title, words: overlapText(data) };
		}
		case 'growth': {
			const size = factors.find((factor) => factor.param === 'size');
			if (!size) throw new Error('The growth picture needs the guide question "size" (content/guide/).');
			const data = growthPicture(id, roles, size, t);
			return { svg: growth(breakable(data, lang)), title: data.title, words: growthText(data) };
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
