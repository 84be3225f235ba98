/**
 * A real WordPress for the suite: Debian's `wordpress` package (6.1) served by PHP's built-in
 * server, on a MariaDB of its own, installed and given a post the way a blogger would, so the
 * embed is tested in the client it is made for (e2e/embed-in-wordpress.spec.ts).
 *
 * - The packages are installed when missing (as root with apt-get, as e2e/browser.ts does for
 *   Chromium); elsewhere the error says what to install.
 * - MariaDB runs as a private server: its own data folder, socket and no network, with a fresh
 *   database and user. A shared `service mariadb` could not be stopped safely while another run of
 *   the suite on the same machine uses it; this one is stopped and deleted with the run.
 * - WordPress reads its configuration from `/etc/wordpress/config-<name>.php` (Debian's layout),
 *   named for this run alone, and must-use plugins from a folder of the run: one lets WordPress
 *   fetch the knowledge base served on a loopback port (`http_request_host_is_external`,
 *   `http_allowed_safe_ports`), and resolves the knowledge base's public host there, the way a
 *   hosts file would, so oEmbed discovery fetches the real pages and `oembed.json` of the build.
 * - It is installed by a POST to `wp-admin/install.php?step=2`, and posts are published through
 *   the REST API as the logged-in editor (cookie and nonce; Debian's PHP has no XML extension for
 *   XML-RPC, and no wp-cli).
 *
 * Everything it starts it stops, and it deletes what it created, on failure too: `stop()`, and
 * at the latest when the process exits.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
	accessSync,
	closeSync,
	constants,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's packages the harness needs, and a file each one installs. */
export const PACKAGES: ReadonlyArray<{ name: string; file: string }> = [
	{ name: 'wordpress', file: '/usr/share/wordpress/wp-settings.php' },
	// A Recommends of `wordpress`, spelled out for --no-install-recommends: WordPress 6.1's default theme.
	{
		name: 'wordpress-theme-twentytwentythree',
		file: '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json',
	},
	{ name: 'mariadb-server', file: '/usr/sbin/mariadbd' },
	{ name: 'php-cli', file: '/usr/bin/php' },
	{ name: 'php-mysql', file: '/usr/share/php-mysql' },
];

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_DIR = '/etc/wordpress';

function present(file: string): boolean {
	try {
		accessSync(file, constants.R_OK);
		return true;
	} catch {
		return false;
	}
}

/** Whether PHP can talk to MariaDB (php-mysql installs the module, not always a file we can name). */
function phpHasMysqli(): boolean {
	try {
		return (
			execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' }) === 'yes'
		);
	} catch {
		return false;
	}
}

/**
 * Makes sure Debian's WordPress, MariaDB and PHP are there: as root on Debian it installs the
 * missing packages (`apt-get update` first, without recommended packages); otherwise it explains
 * what to install and throws.
 */
export function ensureWordPress(): void {
	const missing = () =>
		PACKAGES.filter(({ name, file }) => (name === 'php-mysql' ? !phpHasMysqli() : !present(file))).map(
			({ name }) => name,
		);
	let packages = missing();
	if (packages.length === 0) return;
	if (process.getuid?.() === 0 && present('/usr/bin/apt-get')) {
		console.error(`WordPress for the embed's test: installing Debian's ${packages.join(', ')}`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
		packages = missing();
		if (packages.length === 0) return;
	}
	throw new Error(
		`The embed's WordPress test needs Debian's ${packages.join(', ')}: ` +
			`sudo apt-get install -y --no-install-recommends ${PACKAGES.map(({ name }) => name).join(' ')}`,
	);
}

/** A host WordPress may fetch from although it is on a loopback address, and a public host that resolves to it. */
export interface LocalHost {
	/** Where it is served: `http://127.0.0.1:4406`. */
	origin: string;
	/** The public origin WordPress should reach there instead (`https://cio-vs-cto.nxtyou.de`). */
	publicOrigin: string;
}

/** A running WordPress. */
export interface WordPress {
	/** The blog's home: `http://127.0.0.1:4405/`. */
	url: string;
	/** Publishes a post as the blog's editor; returns its address. */
	publish(title: string, content: string): Promise<string>;
	/** Stops everything it started and deletes what it made. */
	stop(): Promise<void>;
}

/** Runs `fn` until it returns true or `ms` pass; throws `what` on time-out. */
async function waitFor(what: string, ms: number, fn: () => Promise<boolean>): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await fn()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`WordPress harness: ${what} did not happen within ${ms / 1000} s`);
}

const canConnect = (options: { path: string } | { port: number; host: string }) =>
	new Promise<boolean>((resolve) => {
		const socket = createConnection(options, () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});

/** Runs a program to its end; rejects with its output when it fails. */
function run(command: string, args: string[], log: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const out = openSync(log, 'a');
		const child = spawn(command, args, { stdio: ['ignore', out, out] });
		child.on('error', reject);
		child.on('exit', (code) => {
			closeSync(out);
			if (code === 0) resolve();
			else reject(new Error(`${command} exited with ${code}`));
		});
	});
}

/** PHP single-quoted string. */
const php = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts a WordPress at `http://127.0.0.1:<port>/`, installed and ready to publish, that fetches
 * the knowledge base's public addresses from the local host given.
 */
export async function startWordPress({
	port,
	knowledgeBase,
}: {
	port: number;
	knowledgeBase: LocalHost;
}): Promise<WordPress> {
	ensureWordPress();
	const dir = mkdtempSync(join(tmpdir(), 'kb-wordpress-'));
	const name = `kb-e2e-${port}-${process.pid}`;
	const configFile = join(CONFIG_DIR, `config-${name}.php`);
	const children: ChildProcess[] = [];
	let stopped = false;
	/** Synchronous, so it can run when the process exits too. */
	const cleanUp = () => {
		if (stopped) return;
		stopped = true;
		for (const child of children) {
			// Each server runs in a process group of its own (PHP's workers are its children).
			if (child.pid && child.exitCode === null) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					/* Already gone. */
				}
			}
		}
		rmSync(configFile, { force: true });
		rmSync(dir, { recursive: true, force: true });
	};
	process.on('exit', cleanUp);
	const stop = async () => {
		if (stopped) return;
		// A clean shutdown first (MariaDB flushes, PHP closes), then whatever is left.
		await Promise.all(
			children.map(
				(child) =>
					new Promise<void>((resolve) => {
						if (!child.pid || child.exitCode !== null) return resolve();
						const timer = setTimeout(resolve, 5000);
						child.once('exit', () => {
							clearTimeout(timer);
							resolve();
						});
						try {
							process.kill(-child.pid, 'SIGTERM');
						} catch {
							resolve();
						}
					}),
			),
		);
		cleanUp();
		process.off('exit', cleanUp);
	};
	const daemon = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
		const out = openSync(join(dir, `${command}.log`), 'a');
		const child = spawn(command, args, { stdio: ['ignore', out, out], detached: true, env });
		closeSync(out);
		children.push(child);
		return child;
	};

	try {
		// MariaDB of its own: a fresh data folder, a socket, no network, small and without fsync.
		const data = join(dir, 'mariadb');
		const socket = join(dir, 'mariadb.sock');
		const tuning = [
			'--innodb-log-file-size=4M',
			'--innodb-data-file-path=ibdata1:12M:autoextend',
			'--innodb-buffer-pool-size=16M',
			'--innodb-doublewrite=0',
			'--innodb-flush-log-at-trx-commit=0',
			'--innodb-flush-method=nosync',
			'--skip-name-resolve',
		];
		const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
		await run(
			'mariadb-install-db',
			[
				'--no-defaults',
				`--datadir=${data}`,
				'--auth-root-authentication-method=normal',
				'--skip-test-db',
				...asRoot,
				...tuning,
			],
			join(dir, 'mariadb-install-db.log'),
		);
		const database = daemon('mariadbd', [
			'--no-defaults',
			`--datadir=${data}`,
			`--socket=${socket}`,
			`--pid-file=${join(dir, 'mariadb.pid')}`,
			'--skip-networking',
			'--skip-log-bin',
			...asRoot,
			...tuning,
		]);
		await waitFor('MariaDB starting', 60_000, async () => {
			if (database.exitCode !== null) throw new Error(`WordPress harness: MariaDB stopped`);
			return canConnect({ path: socket });
		});
		const password = `pw${Math.random().toString(36).slice(2, 12)}`;
		await run(
			'mariadb',
			[
				'--no-defaults',
				`--socket=${socket}`,
				'-uroot',
				'-e',
				`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}'; ` +
					`GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
			],
			join(dir, 'mariadb-client.log'),
		);

		// WordPress's configuration, where Debian's wp-config.php looks for it, for this run alone.
		const home = `http://127.0.0.1:${port}`;
		const plugins = join(dir, 'mu-plugins');
		mkdirSync(plugins);
		writeFileSync(
			configFile,
			`<?php
// Written by the knowledge base's test suite (e2e/wordpress/harness.ts); deleted when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', ${php(password)});
define('DB_HOST', ${php(`localhost:${socket}`)});
define('WP_HOME', ${php(home)});
define('WP_SITEURL', ${php(home)});
define('WPMU_PLUGIN_DIR', ${php(plugins)});
// Offline and quiet: no update checks or cron requests, and no requests to hosts outside this machine.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
`,
		);
		const kb = new URL(knowledgeBase.origin);
		const publicHost = new URL(knowledgeBase.publicOrigin).host;
		writeFileSync(
			join(plugins, 'knowledge-base.php'),
			`<?php
/*
 * Plugin Name: The knowledge base on this machine (test suite)
 * Lets WordPress fetch the knowledge base from a loopback port, and resolves its public host
 * (${publicHost}) to it, as a hosts file would: oEmbed discovery reads the build's own pages.
 */
const KB_PUBLIC_HOST = ${php(publicHost)};
const KB_LOCAL = ${php(knowledgeBase.origin.replace(/\/$/, ''))};
add_filter('http_request_host_is_external', function ($external, $host) {
	return $external || $host === ${php(kb.hostname)};
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host) {
	return $host === ${php(kb.hostname)} ? array_merge($ports, [${Number(kb.port)}]) : $ports;
}, 10, 2);
add_filter('pre_http_request', function ($response, $args, $url) {
	$parts = wp_parse_url($url);
	if (!is_array($parts) || ($parts['host'] ?? '') !== KB_PUBLIC_HOST) return $response;
	$local = KB_LOCAL . ($parts['path'] ?? '/') . (isset($parts['query']) ? '?' . $parts['query'] : '');
	return wp_remote_request($local, $args);
}, 10, 3);
`,
		);
		// Debian's wp-config.php picks the configuration by WORDPRESS_CONFIG; PHP's built-in server does
		// not pass its environment to scripts, so a prepended file sets it.
		const prepend = join(dir, 'prepend.php');
		writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = ${php(name)};\n`);
		// Another server on the port would answer in PHP's place.
		if (await canConnect({ host: '127.0.0.1', port })) {
			throw new Error(`WordPress harness: port ${port} is in use (E2E_PORT + 5); free it or choose another E2E_PORT`);
		}
		const server = daemon('php', ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', WORDPRESS], {
			...process.env,
			PHP_CLI_SERVER_WORKERS: '4',
		});
		await waitFor(`PHP serving port ${port}`, 30_000, async () => {
			if (server.exitCode !== null) throw new Error(`WordPress harness: PHP's server stopped`);
			return canConnect({ host: '127.0.0.1', port });
		});

		// Installed as a new blog's owner would, from the installer's form.
		const user = 'editor';
		const userPassword = `Kb-${Math.random().toString(36).slice(2)}-${Date.now()}`;
		const install = await fetch(`${home}/wp-admin/install.php?step=2`, {
			method: 'POST',
			body: new URLSearchParams({
				weblog_title: 'A blog about running a business',
				user_name: user,
				admin_password: userPassword,
				admin_password2: userPassword,
				pw_weak: '1',
				admin_email: 'editor@example.org',
				blog_public: '0',
				language: '',
			}),
		});
		const installed = await install.text();
		if (!install.ok || !/wp-login\.php/.test(installed)) {
			throw new Error(`WordPress harness: installing failed (${install.status})`);
		}

		// The editor logs in; the REST API takes the session's cookies with a nonce.
		const login = await fetch(`${home}/wp-login.php`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
			body: new URLSearchParams({ log: user, pwd: userPassword, testcookie: '1', redirect_to: `${home}/wp-admin/` }),
		});
		const cookies = login.headers
			.getSetCookie()
			.map((cookie) => cookie.split(';')[0]!)
			.join('; ');
		if (login.status !== 302 || !/wordpress_logged_in/.test(cookies)) {
			throw new Error(`WordPress harness: logging in failed (${login.status})`);
		}
		const nonce = (
			await (await fetch(`${home}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie: cookies } })).text()
		).trim();
		if (!/^[a-f0-9]+$/.test(nonce)) throw new Error(`WordPress harness: no REST nonce (${nonce.slice(0, 80)})`);

		return {
			url: `${home}/`,
			async publish(title, content) {
				const response = await fetch(`${home}/?rest_route=/wp/v2/posts`, {
					method: 'POST',
					headers: { cookie: cookies, 'x-wp-nonce': nonce, 'content-type': 'application/json' },
					body: JSON.stringify({ title, content, status: 'publish' }),
				});
				const post = (await response.json()) as { link?: string; message?: string };
				if (!response.ok || !post.link)
					throw new Error(`WordPress harness: publishing failed: ${post.message ?? response.status}`);
				return post.link;
			},
			stop,
		};
	} catch (error) {
		// The logs go with the folder: what they end with goes into the error.
		const logs = ['mariadb-install-db', 'mariadbd', 'mariadb-client', 'php']
			.map((log) => {
				const text = readFileSync(join(dir, `${log}.log`), { encoding: 'utf8', flag: 'a+' }).trim();
				return text && `--- ${log}.log (end) ---\n${text.split('\n').slice(-12).join('\n')}`;
			})
			.filter(Boolean);
		await stop();
		if (error instanceof Error && logs.length > 0) error.message += `\n${logs.join('\n')}`;
		throw error;
	}
}
