#!/usr/bin/env bash
# kill -9 at a random moment while terminal play saves over and over to the same file: the
# file that survives always loads (it is the last save or the one before, never half of one).
# Then temporaries the killed writers left are cleared by the next write into the folder.
source "$(dirname "$0")/lib.sh" "$@"
SAVE="$WORK/the save.yaml"
{ for _ in $(seq 1 400); do printf 'talk priya\nsave %s\nleave\nsave %s\n' "$SAVE" "$SAVE"; done; } >"$WORK/loop.txt"
printf 'save %s\nquit\n' "$SAVE" | play >/dev/null
loads "$SAVE" || fail "the first save does not load"

trials=${FAULT_TRIALS:-40}
for i in $(seq 1 "$trials"); do
  "$GAME" play --text "$CONTENT" --script "$WORK/loop.txt" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(( (RANDOM % 30) + 2 ))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -f "$SAVE" ] || fail "trial $i: the save is gone"
  cp "$SAVE" "$WORK/kept.yaml"
  loads "$SAVE" || { cp "$SAVE" /tmp/mingle-bad-save.yaml; fail "trial $i: the surviving save does not load (copy in /tmp/mingle-bad-save.yaml)"; }
done
pass "$trials kills during a loop of saves: every surviving file loads"

left=$(find "$WORK" -maxdepth 1 -name '.*mingle-tmp-*' | wc -l)
if [ "$left" -gt 0 ]; then
  # Old enough to be nobody's write in progress, then the next save clears them.
  find "$WORK" -maxdepth 1 -name '.*mingle-tmp-*' -exec touch -d '5 minutes ago' {} +
  printf 'save %s\nquit\n' "$SAVE" | play >/dev/null
  now=$(find "$WORK" -maxdepth 1 -name '.*mingle-tmp-*' | wc -l)
  [ "$now" -eq 0 ] || fail "$now stale temporary files were left after the next save"
  pass "$left temporaries left by the kills were cleared by the next save"
else
  pass "no kill happened to land mid-write this time (no temporaries left)"
fi
