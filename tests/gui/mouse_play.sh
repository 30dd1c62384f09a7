#!/usr/bin/env bash
# The same evening with the mouse alone: click a person to walk up and talk, click a choice.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/one-hello"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"

start_game --scenario "$FIXTURE" --seed 3
key Return   # past the briefing
sleep 0.8

# The 10 x 8 m room fits the window: it is centred below the HUD, 48 px to the metre, so Dana's
# spot at (5, 3.5) m is at (640, 411) and the player at the door is below her.
xdotool mousemove --window "$WID" 640 411 click 1
sleep 2.5
shot talking
grep -q "talk dana" "$SAVE" || fail "clicking Dana did not walk up and talk to her: $(grep -A3 commands "$SAVE")"
pass "clicking a person walks up to them and starts the conversation"

# Invite... opens a list of asks under the pointer; the first is a coffee.
xdotool mousemove --window "$WID" 245 669 click 1; sleep 0.5
shot invite
xdotool mousemove --window "$WID" 372 594 click 1; sleep 0.6
grep -q "invite dana coffee" "$SAVE" || fail "the Invite list did not send the invitation: $(grep -A4 commands "$SAVE")"
shot answered
n=$(count_colour answered "$PANEL" $NOTE)
[ "${n:-0}" -gt 300 ] || fail "Dana's answer to the invitation is not shown in the panel ($n note pixels)"
pass "Invite... asks for a coffee with two clicks, and her answer is shown"

# Choice 2, "Excuse yourself", is the second row of the conversation panel, below Dana's
# answer to the invitation (two lines of notes).
xdotool mousemove --window "$WID" 300 580; sleep 0.2
xdotool mousemove --window "$WID" 302 587; sleep 0.4
shot hover
is_highlight hover 220 587 || fail "the pointer over choice 2 does not highlight it"
xdotool click --window "$WID" 1
sleep 0.6
grep -q "choose 2" "$SAVE" || fail "clicking choice 2 did not choose it: $(grep -A4 commands "$SAVE")"
pass "clicking a choice says it"
kill -TERM "$GAME_PID"; wait_exit 10
