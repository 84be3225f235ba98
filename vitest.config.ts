import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// The unit tests are pure functions of src/lib (no mocks, stubs or globals to leak), so the
		// files share their workers' module graph: 2 s instead of 10 on the 2-core machine.
		isolate: false,
	},
});
