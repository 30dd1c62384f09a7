#!/usr/bin/env bash
# The room's pause menu highlights one row. Leaving by the door ends the event (after the same
# question as the pause menu's); the
# screens between events have a pause menu that saves and quits; after that, the title
# selects Continue, and Return resumes the game.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/room-walk"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"

start_game --scenario "$FIXTURE" --seed 5
key Return
sleep 0.8
# The pause menu with the pointer resting on its second row (Settings): only the selected row,
# the first, is highlighted. Rows are 54 px apart, the first centred at y = 259.
xdotool mousemove --window "$WID" 640 313; sleep 0.3
key Escape
shot pause
is_highlight pause 450 259 || fail "the pause menu's first row is not highlighted"
# The row under the pointer looks like the plain row below it (End this event), not lit up.
[ "$(pixel pause 450 313)" = "$(pixel pause 450 367)" ] ||
  fail "the row under the resting pointer is highlighted as well as the selected one: $(pixel pause 450 313) vs $(pixel pause 450 367)"
key Escape
pass "the pause menu highlights one row only"
xdotool keydown --window "$WID" Up; sleep 0.8; xdotool keyup --window "$WID" Up; sleep 0.3
xdotool keydown --window "$WID" Down; sleep 1.5; xdotool keyup --window "$WID" Down; sleep 0.5
shot door
key Return   # "Yes, say goodbye and end it"
sleep 0.8
shot debrief
grep -Eq -- '-[[:space:]]+"?end"?$' "$SAVE" || fail "walking into the door and saying yes did not end the event: $(grep -A6 commands "$SAVE")"
pass "walking back out of the door ends the event"

key Escape
shot paused
n=$(differing_pixels debrief paused)
[ "${n:-0}" -gt 20000 ] || fail "Esc on the debrief did not open a pause menu (${n:-0} pixels changed)"
key Down; key Down; key Down; key Return   # Save and quit
wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "Save and quit from the debrief: exit code $GAME_RC"
pass "the debrief has a pause menu with Save and quit"

start_game
shot title
# Title rows: item i is centred at y = 338 + 60 i + 25; Continue is item 1 (the 1280x720 window).
is_highlight title 472 423 || fail "the title does not select Continue when there is a save"
is_highlight title 472 363 && fail "New game is highlighted as well as Continue"
key Return
sleep 1.0
shot continued
n=$(differing_pixels title continued)
[ "${n:-0}" -gt 50000 ] || fail "Return on the title did not continue the saved game (${n:-0} pixels changed)"
pass "after a save, the title selects Continue and Return resumes"
kill -TERM "$GAME_PID"; wait_exit 10
