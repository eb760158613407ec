#!/usr/bin/env bash
# System packages that the test suite starts itself: PostgreSQL for the store tests, Debian's
# Chromium for the browser tests (Playwright drives it; no browser is downloaded). Installed
# from Debian when missing and when we are root; otherwise the tests that need it skip with a
# message saying what to install.
set -uo pipefail
need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "setup: not root; install ${need[*]} to run every test (the tests that need them skip)" >&2
    exit 0
fi
echo "setup: installing ${need[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "setup: could not install ${need[*]}; the tests that need them will skip" >&2
exit 0
