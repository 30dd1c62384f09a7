#!/usr/bin/env bash
# Fuzzing with libFuzzer (Debian's clang and libclang-rt-14-dev; scripts/install-deps.sh test).
#   scripts/fuzz.sh TARGET SECONDS     one target: expr, command, save, content, settings or results
#   scripts/fuzz.sh all SECONDS        each target in turn, SECONDS each
# Builds the targets in ./build-asan (the asan preset: clang, AddressSanitizer + UBSan +
# coverage; the same build the sanitizer tests use), gathers each target's seed corpus from the
# test data, and fuzzes for the given time. Inputs that reach new code are kept in
# build-asan/fuzz/corpus/TARGET for the next run. A crash stops the run with exit 1 and leaves
# its input in build-asan/fuzz/crashes/; copy it into tests/fuzz/crashes/TARGET/ and fix the
# code: the ordinary test suite replays that folder from then on ("fuzz: replay ..." tests).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}
targets=(expr command save content settings results)
if [ "$target" = all ]; then
  chosen=("${targets[@]}")
else
  case " ${targets[*]} " in *" $target "*) chosen=("$target") ;; *)
    echo "fuzz: the targets are ${targets[*]} (or all), not '$target'" >&2; exit 2 ;; esac
fi
jobs=$(nproc 2>/dev/null || echo 2)

build=build-asan
if ! grep -q "MINGLE_FUZZ:BOOL=ON" "$build/CMakeCache.txt" 2>/dev/null; then
  echo "==> Configuring ./$build (the asan preset: clang, sanitizers, libFuzzer)"
  rm -rf "$build"
  cmake --preset asan >/dev/null
fi
echo "==> Building the fuzz targets: ${chosen[*]}"
cmake --build "$build" -j "$jobs" --target "${chosen[@]/#/fuzz_}"
work="$build/fuzz"

# seeds TARGET DIR: the target's starting inputs, from the test data
seeds() {
  local dir=$2
  rm -rf "$dir"; mkdir -p "$dir"
  case "$1" in
    expr) cp tests/fuzz/seeds/expr/* "$dir/" ;;
    command)
      cp tests/fuzz/seeds/command/* "$dir/"
      for s in tests/play/*/script.txt; do cp "$s" "$dir/$(basename "$(dirname "$s")").txt"; done ;;
    save) cp tests/fuzz/seeds/save/* tests/core/sim/saves/*.yaml "$dir/" ;;
    settings) cp tests/fuzz/seeds/settings/* "$dir/" ;;
    results) cp tests/fuzz/seeds/results/* "$dir/" ;;
    content)
      local h=tests/play/scenarios/harbour
      cp "$h"/dialogues/*.yaml "$dir/"
      for f in tests/check/malformed/*.yaml; do cp "$f" "$dir/malformed-$(basename "$f")"; done
      for f in tests/check/cases/*/dialogues/*.yaml; do
        [ -f "$f" ] && cp "$f" "$dir/case-$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f")"
      done
      # All four files at once, separated as the target expects.
      { cat "$h/dialogues/priya.yaml"; printf '\n%%%%%%\n'; cat "$h/people.yaml"; printf '\n%%%%%%\n'
        cat "$h/event.yaml"; printf '\n%%%%%%\n'; cat "$h/room.yaml"; } >"$dir/whole-event.txt" ;;
  esac
  if [ -d "tests/fuzz/crashes/$1" ]; then cp "tests/fuzz/crashes/$1"/* "$dir/" 2>/dev/null || true; fi
}

mkdir -p "$work/crashes"
for t in "${chosen[@]}"; do
  seeds "$t" "$work/seeds/$t"
  mkdir -p "$work/corpus/$t"
  echo "==> Fuzzing $t for $seconds s"
  rc=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/$t-" \
    "$work/corpus/$t" "$work/seeds/$t" 2>"$work/$t.log" || rc=$?
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work/$t.log" | tr '\n' ' ' || true
  echo
  if [ "$rc" -ne 0 ]; then
    tail -n 40 "$work/$t.log"
    echo "fuzz: $t found a problem; its input is in $work/crashes/ (see the top of scripts/fuzz.sh)" >&2
    exit 1
  fi
done
echo "==> Fuzzing found nothing: ${chosen[*]}"
