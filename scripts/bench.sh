#!/usr/bin/env bash
# Benchmarks, not tests: prints timings to copy into docs/benchmarks.md. Speed is never asserted
# in the test suite (shared machines are noisy); it is measured here and written down.
# One command, a few minutes: scripts/bench.sh (builds what it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."

window() {  # window LABEL SCENARIO: one --bench-frames 600 run, its line and its peak memory
  printf '%s: ' "$1"
  timed build/bin/mingle --scenario "$2" --bench-frames 600
}
timed() {  # timed CMD...: its output line and its peak memory
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "  peak memory %M KiB" "$@" 2>&1 | grep -E "^frames|peak memory" | paste -sd ' '
  else
    "$@" 2>/dev/null
  fi
}
if [ "${1:-}" = "--window" ]; then  # inside the virtual display; $2 holds the generated crowds
  echo "== the window (software OpenGL under Xvfb, 1280x720, 600 frames, no vsync; budgets: first frame <= 300 ms, p99 <= 16.7 ms)"
  window "tests/gui/fixtures/one-hello (1 person)" tests/gui/fixtures/one-hello
  window "dialogues/first-steps (2 people)" dialogues/first-steps
  window "crowd of 500 (120 x 80 m)" "$2/crowd-500"
  window "crowd of 1000 (170 x 113 m)" "$2/crowd-1000"
  window "500 people all in view (26 x 14 m, --in-view)" "$2/crowd-500-in-view"
  MINGLE_ROOM_TEXTURE=0 LP_NUM_THREADS=$(nproc) window "the same, the room drawn in layers, llvmpipe's own thread count" "$2/crowd-500-in-view"
  printf 'the floor: a bare SFML window drawing one rectangle (mingle_bench_window): '
  timed build/bin/mingle_bench_window 600
  echo "== peak memory of the window (budget: <= 100 MB on the bundled campaign)"
  window "dialogues/welcome-reception" dialogues/welcome-reception
  window "dialogues (the whole campaign)" dialogues
  ALSOFT_DRIVERS=none window "dialogues/welcome-reception, no audio device at all" dialogues/welcome-reception
  printf 'the floor: a bare SFML window, its sound device open (mingle_bench_window): '
  timed build/bin/mingle_bench_window 600
  exit 0
fi
scripts/install-deps.sh bench >/dev/null  # GNU time and Spin, when missing
if [ ! -f build/build.ninja ]; then scripts/build.sh >/dev/null; fi
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" --target mingle mingle_bench_crowd mingle_bench_window >/dev/null
game=build/bin/mingle
work=$(mktemp -d)
export ALSOFT_DRIVERS=null XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
trap 'rm -rf "$work"' EXIT

measure() {  # measure LABEL CMD...: wall time and peak memory of one run
  local label=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$label: %e s, %M KiB peak" "$@" >/dev/null 2>"$work/time" || true
    tail -n1 "$work/time"
  else
    local t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true
    echo "$label: $(echo "$(date +%s.%N) - $t0" | bc) s"
  fi
}

echo "== mingle check"
measure "check dialogues (bundled content)" "$game" check dialogues
echo "== mingle explore (budgets: the bundled campaign <= 5 s and <= 256 MB with 0 undecided; each event <= 2 s)"
explore_line() {  # explore_line LABEL PATH: wall time, peak memory, states, states a second, undecided
  local label=$1 path=$2
  /usr/bin/time -f "%e %M" "$game" explore --json --allow-unreachable --allow-never-obtained \
    --allow-broken-assumptions --allow-stuck "$path" >"$work/explore.json" 2>"$work/time" || true
  read -r secs kib < <(tail -n1 "$work/time")
  python3 - "$label" "$secs" "$kib" "$work/explore.json" <<'PY'
import json, sys
label, secs, kib, path = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
d = json.load(open(path))
states = sum(e["states"] + e["focus_states"] for e in d["events"])
first = sum(e["states"] for e in d["events"])
visited = sum(e.get("visited_bytes", 0) for e in d["events"])
print(f"{label}: {secs:.2f} s, {kib} KiB peak, {states} states ({states / max(secs, 1e-9):,.0f} a second, "
      f"{kib * 1024 / max(states, 1):,.0f} bytes of peak memory a state, {visited / max(first, 1):.1f} in the visited set), "
      f"{d['undecided']} undecided, complete: {str(d['complete']).lower()}")
PY
}
explore_line "explore dialogues (the bundled campaign)" dialogues
for e in first-steps welcome-reception spring-meeting next-conference; do
  explore_line "explore dialogues/$e (alone)" "dialogues/$e"
done
scripts/make-crowd.sh 6 "$work/crowd-6" >/dev/null && explore_line "explore a crowd of 6 (scripts/make-crowd.sh 6)" "$work/crowd-6"
scripts/make-crowd.sh 8 "$work/crowd-8" >/dev/null && explore_line "explore a crowd of 8" "$work/crowd-8"
scripts/make-crowd.sh 128 "$work/crowd-128" >/dev/null && explore_line "explore a crowd of 128" "$work/crowd-128"
"$game" new "$work/starter" >/dev/null && explore_line "explore the scenario mingle new writes" "$work/starter"
echo "== the same seconds with Spin (Debian's spin; its book example App.F.pftp.pml, spin -a, gcc -O2 -DSAFETY)"
if command -v spin >/dev/null && [ -d /usr/share/doc/spin/examples/Examples/Book_1991 ]; then
  mkdir -p "$work/spin" && cp /usr/share/doc/spin/examples/Examples/Book_1991/App.F.* "$work/spin/"
  (cd "$work/spin" && { gunzip -f ./*.gz 2>/dev/null || true; } && spin -a App.F.pftp.pml >/dev/null && gcc -O2 -DSAFETY -w -o pan pan.c &&
     { timeout 5 ./pan -m1000000 2>&1 || true; } | grep -E "^Depth=" | tail -n1 |
       awk '{for (i = 1; i <= NF; i++) { if ($i == "States=") s = $(i + 1); if ($i == "t=") t = $(i + 1); if ($i == "Memory=") m = $(i + 1) }
             printf "spin pan, 5 s: %d states in %.2f s (%\047.0f a second), %.1f MB\n", s, t, s / t, m }')
else
  echo "(spin is not installed: apt-get install spin)"
fi
echo "== terminal play"
for case in tests/play/*/; do
  [ -f "$case/script.txt" ] || continue
  scenario="$case$(cat "$case/scenario")"
  measure "play --text $(basename "$case")" "$game" play --text "$scenario" --script "$case/script.txt"
done | sort -t: -k2 -n | tail -n 3

echo "== mingle report over a year's cohort (budget: 1,000 runs in <= 3 s, the cohort's page <= 8 MB)"
scripts/make-cohort.py "$game" "$work/cohort" 1000 >/dev/null
for i in 1 2 3; do measure "report 1,000 runs of the campaign, run $i" "$game" report "$work/cohort" --html "$work/year.html"; done
echo "the cohort's page: $(stat -c %s "$work/year.html") bytes; each run in full: $(stat -c %s "$work/year-runs.html") bytes"

echo "== a big crowd (issue 15): scripts/make-crowd.sh 500 and 1000, and 500 --in-view"
scripts/make-crowd.sh 500 "$work/crowd-500"
scripts/make-crowd.sh 1000 "$work/crowd-1000"
scripts/make-crowd.sh 500 "$work/crowd-500-in-view" --in-view
echo "== the crowd's fixed step (budget: p99 <= 1 ms at 1,000 people; everyone walking to a new zone)"
build/bin/mingle_bench_crowd "$work/crowd-1000" 600
build/bin/mingle_bench_crowd "$work/crowd-500" 600

# The window, under one virtual display (this script again, inside xvfb-run). -noreset: the
# game asks the display whether it answers before SFML opens it; with no other client, Xvfb
# would reset between the two and SFML fail to connect.
xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x800x24 -noreset" bash "$0" --window "$work"
