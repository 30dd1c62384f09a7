#!/usr/bin/env bash
# The title flow: New game asks a name and walks into the bundled content; the game is saved as
# it goes; Continue, after a restart, resumes it. Leaving writes a results file with the name.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"

start_game
shot title
key Return          # New game
sleep 0.3
xdotool type --window "$WID" --delay 60 "Sam"
sleep 0.3
shot named
key Return          # walk in
sleep 1.0
shot room
n=$(differing_pixels named room)
[ "${n:-0}" -gt 50000 ] || fail "Return on the new-game panel did not open the room (${n:-0} pixels changed)"
[ -f "$SAVE" ] || fail "starting a game saved nothing at $SAVE"
grep -q "player: \"Sam\"" "$SAVE" || fail "the save does not carry the player's name: $(head -5 "$SAVE")"
pass "New game takes a name and opens the room; the game is saved"

kill -TERM "$GAME_PID"; wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "SIGTERM in the room: exit code $GAME_RC"
results=$(ls "$XDG_DATA_HOME"/mingle/results/*.json 2>/dev/null | head -n1)
[ -n "$results" ] || fail "leaving the room wrote no results file"
python3 - "$results" <<'PY' || fail "the results file is not what leaving should write"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["player"]["name"] == "Sam", r["player"]
assert r["schema_version"] >= 1
PY
pass "SIGTERM writes a results file with the player's name"

start_game
# Continue is selected: there is a save now
shot menu
key Return
sleep 1.0
shot continued
n=$(differing_pixels menu continued)
[ "${n:-0}" -gt 50000 ] || fail "Continue did not resume the game (${n:-0} pixels changed)"
pass "Continue resumes the saved game"
kill -TERM "$GAME_PID"; wait_exit 10
