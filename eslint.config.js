// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

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
);
