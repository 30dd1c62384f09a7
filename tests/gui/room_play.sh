#!/usr/bin/env bash
# A whole (tiny) event in the window: walk up to a person with the arrow keys, talk, choose by
# number keys, end the event from the pause menu, read the debrief; the results file says what
# happened. Screenshots are checked along the way.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/one-hello"
RESULTS="$WORK/results.json"

start_game --scenario "$FIXTURE" --seed 7 --results "$RESULTS"
shot brief
key Return   # past the briefing
shot room
n=$(differing_pixels brief room)
[ "${n:-0}" -gt 20000 ] || fail "Return did not close the briefing (${n:-0} pixels changed)"
pass "the event opens with its briefing; Return walks in"
colours=$(convert "$WORK/room.png" -format %k info:)
[ "$colours" -gt 200 ] || fail "the room shows only $colours colours"
pass "the room is drawn ($colours colours)"

# Dana stands 3.5 m north of the door. Walking up, the player stops against her.
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.6
shot walked
n=$(differing_pixels room walked)
[ "${n:-0}" -gt 5000 ] || fail "holding Up changed only ${n:-0} pixels: the player did not move"
pass "the arrow keys move the player ($n pixels changed)"

key e
sleep 0.3
shot talking
n=$(differing_pixels walked talking 1280x260+0+460)
[ "${n:-0}" -gt 20000 ] || fail "pressing E near Dana did not open a conversation (${n:-0} pixels changed)"
pass "E opens the conversation panel"

# The conversation's popups from the keyboard: V opens Invite..., its numbered options are
# picked by number (1: a coffee), and Dana's answer shows as a note in the panel.
key v
shot invite_key
n=$(differing_pixels talking invite_key 1280x260+0+460)
[ "${n:-0}" -gt 2000 ] || fail "V did not open the Invite... list (${n:-0} pixels changed)"
key 1
sleep 0.3
shot invited
n=$(count_colour invited "$PANEL" $NOTE)
[ "${n:-0}" -gt 300 ] || fail "1 in the Invite... list did not show Dana's answer ($n note pixels)"
pass "V opens Invite..., 1 asks for a coffee, and her answer is shown"

key 1
key 1
sleep 0.3
shot chose
[ -s "$RESULTS" ] && fail "a results file was written before the event ended"

# Pause menu: Back, Settings, End this event: Down twice, Return, then Return to confirm.
key Return   # closes the ended conversation's panel if it is up, and does only that
key Escape
shot paused
key Down; key Down; key Return; key Return
sleep 0.8
shot debrief
[ -s "$RESULTS" ] || { cat "$WORK/game.log"; fail "ending the event wrote no results file"; }
python3 - "$RESULTS" <<'PY' || fail "the results file does not record the conversation"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["need_found"] is True, r["need_found"]
assert "talk dana" in r["commands"], r["commands"]
assert r["commands"].count("choose 1") == 2, r["commands"]
assert "invite dana coffee" in r["commands"], r["commands"]
dana = [p for p in r["people"] if p["id"] == "dana"][0]
assert dana["stage"] == "acquaintance", dana
assert r["seed"] == 7
PY
pass "the results file records the talk, the choices, the need found and the acquaintance"

n=$(differing_pixels paused debrief)
[ "${n:-0}" -gt 50000 ] || fail "no debrief appeared (${n:-0} pixels changed)"
pass "the debrief is shown"

kill -TERM "$GAME_PID"; wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "SIGTERM at the debrief: exit code $GAME_RC"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$RESULTS" || fail "the results file is not valid JSON after SIGTERM"
pass "SIGTERM leaves exit code 0 and a valid results file"
