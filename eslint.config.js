// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * The layers of `src/lib`, lowest first (docs/architecture.md). A layer imports only the layers
 * below it, so the arrows point one way: `domain` (pure rules and words, shipped to the browser
 * too) ← `content` (collection queries, the registry, the content check) ← `views` (what a view
 * shows) ← `build` (build steps and Node tools). `browser` (code that ships) sits on `domain` alone.
 */
/** @type {Record<string, string[]>} */
const LAYERS = {
	domain: [],
	content: ['domain'],
	views: ['domain', 'content'],
	build: ['domain', 'content', 'views'],
	browser: ['domain'],
};
/** What a module of a layer that runs in the browser, or anywhere, may not reach for. */
/** @type {Record<string, string[]>} */
const PLATFORM = {
	domain: ['astro:*', 'node:*'],
	content: [],
	views: [],
	build: [],
	browser: ['astro:*', 'node:*'],
};

/** @type {import('eslint').Linter.Config[]} */
const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
	files: [`src/lib/${layer}/**/*.ts`],
	ignores: ['**/*.test.ts', '**/testing.ts'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					...Object.keys(LAYERS)
						.filter((other) => other !== layer && !allowed.includes(other))
						.map((other) => ({
							// `../views/x` from src/lib/<layer>/, `../../views/x` from a folder within it.
							regex: `^(\\.\\./){1,2}${other}/`,
							message: `src/lib/${layer} may import only ${[layer, ...allowed].join(', ')} (see eslint.config.js).`,
						})),
					...((PLATFORM[layer] ?? []).length > 0
						? [{ group: PLATFORM[layer] ?? [], message: `src/lib/${layer} runs anywhere: no Astro or Node modules.` }]
						: []),
				],
			},
		],
	},
}));

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-kb/',
			'dist-*/',
			'.astro/',
			'node_modules/',
			'playwright-report/',
			'playwright-report-*/',
			'test-results/',
			'test-results-*/',
			'reports/',
			'.tmp/',
		],
	},
	...tseslint.configs.recommended,
	...eslintPluginAstro.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	...layerRules,
	{
		// A component's <script> ships to the browser: it may use domain and browser code only.
		files: ['src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)lib/(content|views|build)/|^astro:|^node:',
							message: 'A <script> ships to the browser: import from src/lib/domain or src/lib/browser only.',
						},
					],
				},
			],
		},
	},
);
