/**
 * At most `limit` tasks at a time: for file work on thousands of files, where starting every one
 * at once runs out of file handles (EMFILE at 20,000 files) and one at a time leaves the disk idle.
 */
export function limited(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
	if (!Number.isInteger(limit) || limit < 1) throw new Error(`limited: ${limit} is not a number of tasks.`);
	let running = 0;
	const waiting: Array<() => void> = [];
	const next = () => {
		running -= 1;
		waiting.shift()?.();
	};
	return async (task) => {
		if (running >= limit) await new Promise<void>((start) => waiting.push(start));
		running += 1;
		try {
			return await task();
		} finally {
			next();
		}
	};
}

/** How many file tasks run at once (libuv's four threads stay busy, and no more handles are open). */
export const FILE_TASKS = 16;
