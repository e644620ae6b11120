#!/usr/bin/env bash
# The whole suite: unit, integration on SQLite and PostgreSQL, flows, notifications, CLI.
# Under CI=true nothing may be skipped: PostgreSQL is started if it is not running.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

pg_up() { "$VENV/bin/python" - <<'PY'
import sys, psycopg
try:
    psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3).close()
except Exception as exc:
    print(f"PostgreSQL not reachable: {exc}".splitlines()[0], file=sys.stderr); sys.exit(1)
PY
}

if ! pg_up 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL ..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  if ! pg_up; then
    if [ "${CI:-}" = "true" ]; then
      echo "CI=true and PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL suites cannot be skipped." >&2
      exit 1
    fi
    echo "NOTE: PostgreSQL is not reachable at 127.0.0.1:5432; its suites will be SKIPPED (see the summary)."
  fi
fi

# The browser tests drive Debian's chromium (never a browser downloaded by Playwright); a CJK font for screenshots.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium and a CJK font (apt-get) for the browser tests ..."
    (apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1 || \
      { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1; }) || true
  fi
  [ -x /usr/bin/chromium ] || echo "NOTE: /usr/bin/chromium is missing; the browser suite will be SKIPPED (fails under CI=true)."
fi

export PREFECT_HOME="${PREFECT_HOME:-$PWD/var/prefect-test}"
mkdir -p "$PREFECT_HOME"
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
