#!/usr/bin/env bash
# Benchmarks, not tests: prints timings to copy into docs/benchmarks.md. Speed is never asserted
# in the test suite (shared machines are noisy); it is measured here and written down.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
game=build/bin/mingle
export ALSOFT_DRIVERS=null XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"' EXIT

measure() {  # measure LABEL CMD...: wall time and peak memory of one run
  local label=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$label: %e s, %M KiB peak" "$@" >/dev/null 2>/tmp/mingle-bench.$$ || true
    tail -n1 /tmp/mingle-bench.$$; rm -f /tmp/mingle-bench.$$
  else
    local t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true
    echo "$label: $(echo "$(date +%s.%N) - $t0" | bc) s"
  fi
}

echo "== mingle check"
measure "check dialogues (bundled content)" "$game" check dialogues
echo "== mingle explore (budget: the bundled campaign under 5 s)"
measure "explore --json dialogues (the bundled campaign)" "$game" explore --json dialogues
measure "explore dialogues/first-steps --max-seconds 10 (complete)" "$game" explore dialogues/first-steps --max-seconds 10
echo "== terminal play"
for case in tests/play/*/; do
  [ -f "$case/script.txt" ] || continue
  scenario="$case$(cat "$case/scenario")"
  measure "play --text $(basename "$case")" "$game" play --text "$scenario" --script "$case/script.txt"
done | sort -t: -k2 -n | tail -n 3
echo "== the window (software OpenGL under Xvfb, 1280x720, 600 frames, no vsync)"
for content in tests/gui/fixtures/one-hello $(ls -d dialogues/*/ | head -n 2); do
  printf '%s: ' "$content"
  if [ -x /usr/bin/time ]; then
    xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -f "  peak memory %M KiB" \
      "$game" --scenario "$content" --bench-frames 600 2>&1 | grep -E "^frames|peak memory" | paste -sd ' '
  else
    xvfb-run -a -s "-screen 0 1280x800x24" "$game" --scenario "$content" --bench-frames 600 2>/dev/null
  fi
done
