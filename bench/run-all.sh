#!/bin/sh
# bench/run-all.sh [BUILD_DIR]
#
# Runs every benchmark of a (release) build, default _build-bench, and
# prints their rows as one table at the end:
#
#   area | measure | median | p95 | unit | target | ok/MISS
#
# The large database (bench/cal-bench-db.h) is generated once into a
# temporary folder and shared by the benches that need it; the start-up
# and UI benches run under tests/headless.sh (Xvfb, cairo renderer, a
# private D-Bus session). A MISS is reported, not failed: the script fails
# only when a bench itself fails (a missing file, a crash).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/_build-bench}" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/calibrd-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

export CALIBRD_BENCH_ROWS="$work/rows"
export CALIBRD_BENCH_DATA="$work/data"
export CALIBRD_SOURCE_DIR="$top"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export GSK_RENDERER=cairo GDK_DEBUG=gl-disable LC_ALL=C.UTF-8
mkdir -p "$CALIBRD_BENCH_DATA"
: >"$CALIBRD_BENCH_ROWS"

status=0
run () {
  name=$1
  shift
  echo "== $name"
  if ! "$@"; then
    echo "run-all: $name failed" >&2
    status=1
  fi
}

started=$(date +%s)
run store "$build/bench/bench-store"
run jd "$build/bench/bench-jd"
run calibration "$build/bench/bench-calibration"
run export "$build/bench/bench-export"
run media "$build/bench/bench-media"
run startup "$top/tests/headless.sh" "$build/bench/bench-startup" "$build/src/calibrd" "$build/bench/minimal-window"
run ui "$top/tests/headless.sh" "$build/bench/bench-ui"

echo
buildtype=$(/usr/bin/python3 -c 'import json, sys
print(next(o["value"] for o in json.load(open(sys.argv[1])) if o["name"] == "buildtype"))' \
  "$build/meson-info/intro-buildoptions.json" 2>/dev/null || echo unknown)
echo "Calibrd benchmarks: $buildtype build in $build, $(nproc) CPUs," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), $(($(date +%s) - started)) s"
echo
awk -F'\t' '
  BEGIN { n = 0; split("area\tmeasure\tmedian\tp95\tunit\ttarget\tok/MISS", head, "\t");
          for (c = 1; c <= 7; c++) { cell[0, c] = head[c]; width[c] = length (head[c]) } }
  { n++; for (c = 1; c <= 7; c++) { cell[n, c] = $c; if (length ($c) > width[c]) width[c] = length ($c) }
    if ($7 == "MISS") misses++; if ($7 == "ok") oks++ }
  END {
    for (r = 0; r <= n; r++) {
      line = "";
      for (c = 1; c <= 7; c++) {
        fmt = (c == 3 || c == 4) ? "%" width[c] "s" : "%-" width[c] "s";
        line = line (c > 1 ? " | " : "") sprintf (fmt, cell[r, c]);
      }
      sub (/ +$/, "", line); print line;
      if (r == 0) { rule = ""; for (c = 1; c <= 7; c++) { s = sprintf ("%" width[c] "s", ""); gsub (/ /, "-", s); rule = rule (c > 1 ? "-|-" : "") s } print rule }
    }
    printf "\n%d figures with a target: %d ok, %d MISS\n", oks + misses, oks, misses;
  }' "$CALIBRD_BENCH_ROWS"

exit $status
