import { describe, expect, it } from 'vitest';
import { dropPropertyFallbacks } from './css-trim';

describe('dropPropertyFallbacks', () => {
	it('drops the @property fallback block and keeps everything around it', () => {
		const css =
			'/*! tw */@layer properties{@supports (x:y){*,:before{--tw-a:0;--tw-b:initial}}}@layer theme{:root{--c:red}}' +
			'.a{translate:var(--tw-a)}@property --tw-a{syntax:"*";inherits:false;initial-value:0}';
		expect(dropPropertyFallbacks(css)).toBe(
			'/*! tw */@layer theme{:root{--c:red}}.a{translate:var(--tw-a)}@property --tw-a{syntax:"*";inherits:false;initial-value:0}',
		);
	});

	it('keeps the layer order statement and other layers', () => {
		const css = '@layer properties,theme;@layer utilities{.b{color:red}}';
		expect(dropPropertyFallbacks(css)).toBe(css);
	});

	it('drops every such block, in readable CSS too', () => {
		const css =
			'@layer properties {\n  @supports (a) { * { --x: 0 } }\n}\n.p{}\n@layer properties { * { --y: 0 } }\n.q{}';
		expect(dropPropertyFallbacks(css)).toBe('\n.p{}\n\n.q{}');
	});

	it('leaves a file with an unbalanced block unchanged from that block on', () => {
		const css = '.a{}@layer properties{@supports (a){*{--x:0}}';
		expect(dropPropertyFallbacks(css)).toBe(css);
	});
});
