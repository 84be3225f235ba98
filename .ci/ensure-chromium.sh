#!/usr/bin/env bash
# Makes sure the browser the e2e suite drives is present. Playwright cannot download its own
# browsers here, so the suite uses Debian's Chromium (override with CHROMIUM_PATH).
set -euo pipefail
browser="${CHROMIUM_PATH-/usr/bin/chromium}"
if [ -z "$browser" ] || [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Chromium is missing: installing Debian's chromium package" >&2
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
	exit 0
fi
echo "No browser at $browser. Install Debian's chromium (sudo apt-get install -y chromium)," >&2
echo "or set CHROMIUM_PATH to a Chromium binary, or to '' to use Playwright's own browsers." >&2
exit 1
