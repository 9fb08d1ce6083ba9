#!/usr/bin/env bash
# Make sure Debian's Chromium and its WebDriver are on this machine for the browser
# tests (tests/report/test_browser.py): installs `chromium` and `chromium-driver` only
# when /usr/bin/chromium or /usr/bin/chromedriver is missing. Idempotent and quick when
# both are there. Needs root (apt-get) to install; no browser is downloaded otherwise.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
echo "ensure_chromium: installing Debian's chromium and chromium-driver" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
