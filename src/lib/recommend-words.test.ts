import { describe, expect, it } from 'vitest';
import { recommenderWords } from './recommend-words';

describe('recommenderWords', () => {
	it('has a headline and an explanation for every kind of answer and every lean', () => {
		const words = recommenderWords();
		for (const kind of ['cio', 'cto', 'both', 'combined']) {
			expect(words[`result.${kind}`]).toBeTruthy();
			expect(words[`detail.${kind}`]).toBeTruthy();
			expect(words[`short.${kind}`]).toBeTruthy();
		}
		for (const lean of ['cio', 'cto', 'balanced']) {
			expect(words[`lean.${lean}`]).toBeTruthy();
			expect(words[`shortLean.${lean}`]).toBeTruthy();
		}
	});
});
