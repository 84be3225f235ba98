/** The colours of a recommender result: Tailwind utilities, for its server view and its script alike. */
import type { Tone } from '../domain/result-card';

/**
 * The classes of a tone: the headline's text colour and the two halves of the strip on top of
 * the card (utilities the stylesheet has anyway, so the card adds no rule to it).
 */
export function toneClasses(tone: Tone): { headline: string; strip: [string, string] } {
	if (tone === 'cio') return { headline: 'text-cio', strip: ['text-cio', 'text-cio'] };
	if (tone === 'cto') return { headline: 'text-cto', strip: ['text-cto', 'text-cto'] };
	return { headline: 'text-text', strip: ['text-cio', 'text-cto'] };
}
