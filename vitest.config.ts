import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const testing = (file: string) => fileURLToPath(new URL(`./src/testing/${file}`, import.meta.url));

export default defineConfig({
	resolve: {
		// The content layer under test reads the real content through the real schemas
		// (src/content.config.ts), with Astro's collection runtime stood in (src/testing/).
		alias: { 'astro:content': testing('astro-content.ts'), 'astro/loaders': testing('astro-loaders.ts') },
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// The unit tests are pure functions of src/lib (no mocks, stubs or globals to leak), so the
		// files share their workers' module graph: 2 s instead of 10 on the 2-core machine. The
		// content-check tests load content folders of their own under fresh modules.
		isolate: false,
	},
});
