#!/usr/bin/env bash
# Terminal play stopped by SIGTERM, SIGHUP or SIGINT (typing, or under --script), by the end of
# its input, or by a closed output: each time the results are written for the run so far and
# the exit code is 0, as for `quit`.
source "$(dirname "$0")/lib.sh" "$@"

# wait_for_output FILE: until the game has printed something (its handlers are in place then)
wait_for_output() {
  for _ in $(seq 1 200); do
    [ -s "$1" ] && return 0
    sleep 0.05
  done
  fail "the game printed nothing within 10 seconds"
}

for sig in TERM HUP INT; do
  # Typing: stdin is a pipe that stays open, so the game is waiting in a read.
  mkfifo "$WORK/in-$sig"
  "$GAME" play --text "$CONTENT" --results "$WORK/typed-$sig.json" <"$WORK/in-$sig" >"$WORK/out-$sig.txt" 2>&1 &
  pid=$!
  exec 7>"$WORK/in-$sig"
  printf 'talk priya\nchoose 1\n' >&7
  for _ in $(seq 1 100); do grep -q "choose 1" "$WORK/out-$sig.txt" 2>/dev/null && break; sleep 0.05; done
  kill -"$sig" "$pid"
  rc=0; wait "$pid" || rc=$?
  exec 7>&-
  [ "$rc" -eq 0 ] || fail "SIG$sig while waiting for a command: exit $rc"
  [ -f "$WORK/typed-$sig.json" ] || fail "SIG$sig while waiting for a command wrote no results"
  [ "$(json "$WORK/typed-$sig.json" 'r["commands"]')" = "['talk priya', 'choose 1']" ] ||
    fail "SIG$sig: the results lost the run so far: $(json "$WORK/typed-$sig.json" 'r["commands"]')"
  grep -q "Results written to" "$WORK/out-$sig.txt" || fail "SIG$sig: the game did not say where the results are"

  # Under --script: a long script, stopped part way.
  python3 -c "print('talk priya\nleave\n' + 'look\n' * 700000, end='')" >"$WORK/script.txt"
  "$GAME" play --text "$CONTENT" --script "$WORK/script.txt" --results "$WORK/script-$sig.json" >"$WORK/sout-$sig.txt" 2>&1 &
  pid=$!
  wait_for_output "$WORK/sout-$sig.txt"
  kill -"$sig" "$pid"
  rc=0; wait "$pid" || rc=$?
  [ "$rc" -eq 0 ] || fail "SIG$sig under --script: exit $rc"
  why=$(json "$WORK/script-$sig.json" 'r["stopped_because"]')
  case "$sig" in
    TERM) want="the game was asked to stop" ;;
    HUP) want="the terminal was closed" ;;
    INT) want="interrupted" ;;
  esac
  [ "$why" = "$want" ] || fail "SIG$sig under --script: stopped_because is '$why', not '$want'"
done
pass "SIGTERM, SIGHUP and SIGINT, typing or scripted: results written, exit 0"

# A SIGTERM that arrives before the game is ready (here: sent while it is blocked, before the
# game has even started, so it waits until the game takes it) still ends the run like quit.
python3 - "$GAME" "$CONTENT" "$WORK/early.json" <<'PY' || fail "an early SIGTERM: see above"
import signal, subprocess, sys
game, content, out = sys.argv[1:]
p = subprocess.Popen([game, "play", "--text", content, "--results", out], stdin=subprocess.PIPE,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM}))
p.send_signal(signal.SIGTERM)
try:
    rc = p.wait(60)
except subprocess.TimeoutExpired:
    p.kill()
    sys.exit("FAIL: an early SIGTERM was never taken (the game kept waiting for commands)")
if rc != 0:
    sys.exit(f"FAIL: an early SIGTERM gave exit {rc}")
PY
[ "$(json "$WORK/early.json" 'r["stopped_because"]')" = "the game was asked to stop" ] ||
  fail "an early SIGTERM: no results, or the wrong reason"
pass "a SIGTERM before the game is ready: results written, exit 0"

rc=0
play --results "$WORK/eof.json" </dev/null >/dev/null || rc=$?
[ "$rc" -eq 0 ] || fail "the end of the input gave exit $rc"
[ "$(json "$WORK/eof.json" 'r["stopped_because"]')" = "the commands ran out" ] || fail "the end of the input: wrong stopped_because"
pass "the end of the input ends the run with results, exit 0"

# A closed output: the reader of the game's output goes away (here, head after a few bytes).
set +o pipefail
yes look | head -n 2000 | { "$GAME" play --text "$CONTENT" --results "$WORK/closed.json"; echo "rc=$?" >"$WORK/closed.rc"; } | head -c 100 >/dev/null
set -o pipefail
[ "$(cat "$WORK/closed.rc")" = "rc=0" ] || fail "a closed output gave $(cat "$WORK/closed.rc") (141 is death by SIGPIPE)"
[ "$(json "$WORK/closed.json" 'r["stopped_because"]')" = "the output was closed" ] ||
  fail "a closed output: stopped_because is $(json "$WORK/closed.json" 'r["stopped_because"]')"
pass "a closed output ends the run with results, exit 0"
