/**
 * Runs a command and measures what it costs the machine: wall time, the peak memory of the whole
 * process tree (the build, its worker threads, and the programs it starts, such as Pagefind's
 * binary), the CPU time of that tree, and the load average around it. Memory and CPU are read
 * from /proc every 100 ms (Linux); elsewhere only wall time and load are reported.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';

export interface Measured {
	/** Wall time in seconds. */
	seconds: number;
	/** The largest sum of resident memory of the process and its descendants seen, in MB. */
	peakMb: number | undefined;
	/** User and system CPU time of the tree, in seconds (threads included, finished children folded in). */
	cpuSeconds: number | undefined;
	/** The 1-minute load average when the command started and when it ended. */
	load: [number, number];
}

const PAGE_KB = 4;
const TICKS = 100;

interface ProcStat {
	pid: number;
	ppid: number;
	/** utime + stime + cutime + cstime, in clock ticks. */
	ticks: number;
	rssKb: number;
}

/** Every process's parent, CPU ticks and resident memory, from /proc (empty where there is none). */
async function processes(): Promise<ProcStat[]> {
	const entries = await readdir('/proc').catch(() => [] as string[]);
	const stats = await Promise.all(
		entries
			.filter((entry) => /^\d+$/.test(entry))
			.map(async (entry) => {
				const text = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
				if (!text) return undefined;
				// The command name is in parentheses and may hold spaces: fields follow the last ')'.
				const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
				// Fields from 3 (state): ppid is 4, utime 14, stime 15, cutime 16, cstime 17, rss 24 (pages).
				const field = (n: number) => Number(fields[n - 3]);
				return {
					pid: Number(entry),
					ppid: field(4),
					ticks: field(14) + field(15) + field(16) + field(17),
					rssKb: field(24) * PAGE_KB,
				};
			}),
	);
	return stats.filter((stat): stat is ProcStat => stat !== undefined);
}

/** The process `root` and its descendants. */
function tree(all: ProcStat[], root: number): ProcStat[] {
	const children = new Map<number, ProcStat[]>();
	for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
	const found: ProcStat[] = [];
	const stack = all.filter((stat) => stat.pid === root);
	while (stack.length > 0) {
		const stat = stack.pop()!;
		found.push(stat);
		stack.push(...(children.get(stat.pid) ?? []));
	}
	return found;
}

/**
 * Runs `command` with `args` in `cwd`, its output passed through, and measures it. Rejects if it
 * fails or `signal` aborts it (which stops it).
 */
export function measure(
	command: string,
	args: string[],
	{ cwd, env = {}, signal }: { cwd?: string; env?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Measured> {
	const load: [number, number] = [loadavg()[0]!, 0];
	const started = performance.now();
	const child = spawn(command, args, {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'inherit', 'inherit'],
		// Aborting stops the command (the benchmark does when it is interrupted).
		...(signal ? { signal } : {}),
	});
	let peakKb: number | undefined;
	let ticks: number | undefined;
	let polling = Promise.resolve();
	const poll = () => {
		polling = processes().then((all) => {
			const running = tree(all, child.pid ?? -1);
			if (running.length === 0) return;
			peakKb = Math.max(
				peakKb ?? 0,
				running.reduce((total, stat) => total + stat.rssKb, 0),
			);
			ticks = Math.max(
				ticks ?? 0,
				running.reduce((total, stat) => total + stat.ticks, 0),
			);
		});
	};
	const timer = setInterval(poll, 100);
	poll();
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', async (code, signal) => {
			clearInterval(timer);
			await polling;
			load[1] = loadavg()[0]!;
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) {
				reject(new Error(`${command} ${args.join(' ')} ${signal ? `stopped (${signal})` : `exited ${code}`}`));
				return;
			}
			resolve({
				seconds,
				peakMb: peakKb === undefined ? undefined : peakKb / 1024,
				cpuSeconds: ticks === undefined ? undefined : ticks / TICKS,
				load,
			});
		});
	});
}
