#!/usr/bin/env bash
# The command line: --help and --version exit 0; an unknown argument is a clear error, exit 2;
# with no display the game says so in a sentence and names the alternative.
set -uo pipefail
game=${1:?usage: cli.sh PATH-TO-MINGLE}
fail() { echo "FAIL: $*"; exit 1; }

out=$("$game" --help 2>&1); rc=$?
[ $rc -eq 0 ] || fail "--help exited $rc"
grep -q "conference room" <<<"$out" || fail "--help does not say what mingle is: $out"

out=$("$game" --version 2>&1); rc=$?
[ $rc -eq 0 ] || fail "--version exited $rc"
grep -Eq '^mingle [0-9]+\.[0-9]+\.[0-9]+' <<<"$out" || fail "--version printed '$out'"

out=$("$game" --no-such-flag 2>&1); rc=$?
[ $rc -eq 2 ] || fail "an unknown flag exited $rc, not 2"
grep -q -- "--no-such-flag" <<<"$out" || fail "the error does not name the unknown flag: $out"

out=$("$game" stray-word 2>&1); rc=$?
[ $rc -eq 2 ] || fail "an unknown argument exited $rc, not 2"

out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$game" 2>&1); rc=$?
[ $rc -ne 0 ] || fail "with no display the game claimed success"
grep -q "no graphical display" <<<"$out" || fail "with no display it said: $out"
grep -q "play --text\|xvfb-run" <<<"$out" || fail "with no display it names no alternative: $out"
# A DISPLAY pointing nowhere, or only a Wayland display: a sentence and exit 1, never an abort
# inside the window library (which used to end in exit 134).
out=$(env -u WAYLAND_DISPLAY DISPLAY=:97 "$game" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "with DISPLAY=:97 (no server there) the exit code was $rc: $out"
grep -q "DISPLAY=:97 does not answer" <<<"$out" || fail "with DISPLAY pointing nowhere it said: $out"
out=$(env -u DISPLAY WAYLAND_DISPLAY=wayland-97 "$game" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "with only WAYLAND_DISPLAY set the exit code was $rc: $out"
grep -q "only a Wayland display" <<<"$out" || fail "with only WAYLAND_DISPLAY set it said: $out"
# The author tools: explore and test, with their exit codes.
here=$(cd "$(dirname "$0")/.." && pwd)
out=$("$game" explore --json "$here/explore/cases/all-reachable" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "explore exited $rc: $out"
grep -q '"complete": true' <<<"$out" || fail "explore --json did not say complete: $out"
out=$("$game" explore "$here/check/cases/never-set" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "explore of content with errors exited $rc, not 1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$here/check/example" "$tmp/s" && mkdir "$tmp/s/journeys"
cp "$here/journey/pass/friendly-way.yaml" "$tmp/s/journeys/"
out=$("$game" test "$tmp/s" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "test with a passing journey exited $rc: $out"
cp "$here/journey/fail/refused-step.yaml" "$tmp/s/journeys/"
out=$("$game" test "$tmp/s" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "test with a failing journey exited $rc, not 1"
grep -q "journeys/refused-step.yaml:7:5: error: 'choose ask-how' was refused" <<<"$out" || fail "test said: $out"
# Every run leaves a results file (README): with no --results, a new one in the user's results
# folder, and the run says where.
for i in 1 2; do
  out=$(printf 'end\nquit\n' | XDG_DATA_HOME="$tmp/data" "$game" play --text "$here/play/scenarios/harbour" 2>&1); rc=$?
  [ $rc -eq 0 ] || fail "play --text without --results exited $rc: $out"
done
made=("$tmp"/data/mingle/results/*.json)
[ ${#made[@]} -eq 2 ] && [ -s "${made[0]}" ] && [ -s "${made[1]}" ] || fail "two runs without --results left: ${made[*]}"
grep -q "Results written to $tmp/data/mingle/results/.*\.json\." <<<"$out" || fail "the run did not say where its results went: $out"
grep -q -- "--results FILE" <<<"$out" && fail "the run still asks for --results: $out"
echo "ok: --help, --version, unknown arguments, no display, explore, test and the default results file behave"
