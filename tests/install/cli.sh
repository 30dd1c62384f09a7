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
# A line no run reaches, and a need never obtained, fail the check unless allowed; each is named.
out=$("$game" explore "$here/explore/cases/never-reached" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "explore with an unreachable line exited $rc, not 1"
grep -q "a line can never be reached (ben/secret-room)" <<<"$out" || fail "explore did not name the unreachable line: $out"
grep -q "unreachable: ben/secret-room: every way in is closed" <<<"$out" || fail "explore gave no reason: $out"
out=$("$game" explore --allow-unreachable --allow-never-obtained "$here/explore/cases/never-reached" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "explore with --allow-unreachable --allow-never-obtained exited $rc: $out"
out=$("$game" explore "$here/explore/cases/assumptions" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "explore with a broken assumption exited $rc, not 1"
grep -q "ana/about-ben assumes 'met(ben)', but this way in breaks it: talk ana; choose 1" <<<"$out" || fail "explore said: $out"
out=$("$game" explore --allow-stuck "$here/explore/cases/stuck" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "explore --allow-stuck exited $rc: $out"
# The again: way in reads as one.
out=$("$game" explore --ways-in "$here/explore/cases/talk-again" 2>&1)
grep -q "<- talking to them again at the same event (again:)" <<<"$out" || fail "--ways-in printed the again: way in as: $out"
grep -q '<- : ""' <<<"$out" && fail "--ways-in printed an empty way in: $out"
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
  out=$(printf 'end\nquit\n' | COLUMNS=100000 XDG_DATA_HOME="$tmp/data" "$game" play --text "$here/play/scenarios/harbour" 2>&1); rc=$?
  [ $rc -eq 0 ] || fail "play --text without --results exited $rc: $out"
done
made=("$tmp"/data/mingle/results/*.json)
[ ${#made[@]} -eq 2 ] && [ -s "${made[0]}" ] && [ -s "${made[1]}" ] || fail "two runs without --results left: ${made[*]}"
grep -q "Results written to $tmp/data/mingle/results/.*\.json\." <<<"$out" || fail "the run did not say where its results went: $out"
grep -q -- "--results FILE" <<<"$out" && fail "the run still asks for --results: $out"
echo "ok: --help, --version, unknown arguments, no display, explore, test and the default results file behave"
