/** The interface strings the recommender needs, in the shape the engine's `describeResult` reads. */
import type { ResultWords } from './recommend';
import { en, t, type UiKey } from './ui-strings';

const PREFIX = 'recommend.';

/** Every `recommend.*` string with the prefix removed (`result.cio`, `prompt`, ...). */
export function recommenderWords(translate: (key: UiKey) => string = t): ResultWords {
	const keys = Object.keys(en).filter((key): key is UiKey => key.startsWith(PREFIX));
	return Object.fromEntries(keys.map((key) => [key.slice(PREFIX.length), translate(key)]));
}
