#!/usr/bin/env bash
# Set up factwire in .venv/ from the lock files; with --dev also the test tools and the system
# packages the tests start themselves (PostgreSQL, Chromium). Re-running is cheap: nothing is
# reinstalled unless a lock file changed.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1
python=${PYTHON:-python3}
lock=requirements.lock
[ "$dev" = 1 ] && lock=requirements-dev.lock

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $($python --version)" >&2
    "$python" -m venv .venv
fi

stamp=.venv/.factwire-lock
want="$(sha256sum "$lock" pyproject.toml | sha256sum | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "setup: installing $lock into .venv (a few minutes on a fresh machine)" >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$lock"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
    echo "$want" > "$stamp"
fi

if [ "$dev" = 1 ]; then
    bash scripts/system-packages.sh
fi
