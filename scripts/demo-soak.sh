#!/usr/bin/env bash
# Run `make demo` N times in a row with a load beside it; print pass/fail and the time of each run.
#   scripts/demo-soak.sh [N] [LOAD]     N runs (default 10); LOAD is `cpu` (default) or `tests`
# LOAD=cpu: two busy-loop processes of this script, one per core of the project's two-core machine.
# LOAD=tests: `python -m pytest tests/unit tests/cli` over and over in the same venv (a test suite beside the demo).
# Each run uses its own SANSHEN_DEMO_DIR (var/soak/N) and DEMO_SERVE=0; a failed run's log is kept there.
# Exit status 0 only when every run passed and no process a run started outlived it.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-10}
LOAD=${2:-cpu}
SOAK="$ROOT/var/soak"
mkdir -p "$SOAK"
LOADERS=()
stop_load() { for pid in "${LOADERS[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null; done; }
trap stop_load EXIT
case "$LOAD" in
  cpu)   for _ in 1 2; do setsid bash -c 'while :; do :; done' & LOADERS+=($!); done ;;
  tests) setsid bash -c "cd '$ROOT' && while :; do .venv/bin/python -m pytest -q tests/unit tests/cli -p no:cacheprovider \
           > '$SOAK/load-tests.log' 2>&1; done" & LOADERS+=($!) ;;
  none)  ;;
  *)     echo "LOAD 应为 cpu、tests 或 none：$LOAD" >&2; exit 2 ;;
esac
passed=0
for n in $(seq "$RUNS"); do
  dir="$SOAK/$n"
  rm -rf "$dir"
  start=$(date +%s.%N)
  SANSHEN_DEMO_DIR="$dir" DEMO_SERVE=0 make -s -C "$ROOT" demo > "$SOAK/demo-$n.log" 2>&1
  status=$?
  took=$(echo "$(date +%s.%N) - $start" | bc)
  left=$(grep -l "PREFECT_HOME=$dir/prefect" /proc/[0-9]*/environ 2>/dev/null | wc -l)
  if [ "$status" = 0 ] && [ "$left" = 0 ]; then
    passed=$((passed + 1)); verdict=pass
  else
    verdict="FAIL (exit $status, $left processes left; log $SOAK/demo-$n.log)"
  fi
  printf 'run %2d  %6.1f s  load %s  %s\n' "$n" "$took" "$(cut -d' ' -f1 /proc/loadavg)" "$verdict"
done
echo "demo soak: $passed/$RUNS passed (load beside it: $LOAD)"
[ "$passed" = "$RUNS" ]
