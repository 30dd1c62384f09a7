#!/usr/bin/env bash
# SIGTERM and SIGINT make the game leave cleanly with exit code 0.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"

for sig in TERM INT; do
  start_game
  kill -s "$sig" "$GAME_PID"
  wait_exit 10
  [ "$GAME_RC" -eq 0 ] || { cat "$WORK/game.log"; fail "SIG$sig: exit code $GAME_RC"; }
  pass "SIG$sig leaves with exit code 0"
done

# With the machine's real audio setup (on test machines: no sound card at all) the game still
# runs, and says at most one plain sentence about sound instead of a page of library errors.
unset ALSOFT_DRIVERS
start_game
kill -s TERM "$GAME_PID"
wait_exit 10
[ "$GAME_RC" -eq 0 ] || { cat "$WORK/game.log"; fail "without a silent audio driver: exit code $GAME_RC"; }
if grep -E "ALSA lib|AL lib|Failed to open the audio device" "$WORK/game.log"; then
  fail "the audio libraries' errors reached the player"
fi
pass "runs with the machine's own audio setup, without audio errors: $(grep -c . "$WORK/game.log" || true) line(s) of output"
