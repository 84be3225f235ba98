import { describe, expect, it } from 'vitest';
import { limited } from './concurrency';

describe('limited', () => {
	it('runs at most the limit at once, every task, each with its own result or failure', async () => {
		const run = limited(3);
		let running = 0;
		let most = 0;
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, (_, index) =>
				run(async () => {
					running += 1;
					most = Math.max(most, running);
					await new Promise((resolve) => setTimeout(resolve, 2));
					running -= 1;
					if (index === 7) throw new Error('task 7 failed');
					return index;
				}),
			),
		);
		expect(most).toBe(3);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(19);
		expect(results[7]).toMatchObject({ status: 'rejected', reason: new Error('task 7 failed') });
		expect(results[19]).toMatchObject({ status: 'fulfilled', value: 19 });
	});

	it('refuses a limit that is not a number of tasks', () => {
		expect(() => limited(0)).toThrow('limited: 0 is not a number of tasks.');
	});
});
