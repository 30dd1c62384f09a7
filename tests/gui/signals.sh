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
