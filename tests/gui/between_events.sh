#!/usr/bin/env bash
# The screens between events: the debrief opens at its top with a pause menu on Esc; on the
# weeks-after screen an invitation's answer appears in its own box, and the button to go on
# stays where it was.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/room-walk"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"

start_game --scenario "$FIXTURE" --seed 5
key Return; sleep 0.5
xdotool mousemove --window "$WID" 640 288 click 1   # Rafael, behind the counter
for _ in $(seq 1 40); do grep -q "talk rafael" "$SAVE" && break; sleep 0.25; done
key 1; key 1
key Return   # closes the ended conversation's panel if it is up, and does only that
key Escape; key Down; key Down; key Return; key Return   # pause, end this event, yes
sleep 0.8
shot debrief
key Escape
shot debrief-paused
n=$(differing_pixels debrief debrief-paused)
[ "${n:-0}" -gt 20000 ] || fail "Esc on the debrief did not open the pause menu (${n:-0} pixels changed)"
key Escape
shot debrief-back
n=$(differing_pixels debrief debrief-back)
[ "${n:-0}" -lt 2000 ] || fail "Esc did not close the debrief's pause menu ($n pixels differ)"
pass "the debrief pauses with Esc and comes back with Esc"

key Return; sleep 0.8
shot weeks
grep -Eq '^phase: "?follow-up' "$SAVE" || fail "Return on the debrief did not open the weeks after"
# Rafael's invitation row is the first under "Invitations"; Coffee is its first button.
xdotool mousemove --window "$WID" 297 239 click 1
sleep 0.6
shot invited
grep -q "invite rafael coffee" "$SAVE" || fail "the Coffee button did not send the invitation: $(grep -A8 commands "$SAVE")"
n=$(differing_pixels weeks invited 1280x220+0+430)
[ "${n:-0}" -gt 500 ] || fail "the invitation's answer is not shown in the results box (${n:-0} pixels changed)"
n=$(differing_pixels weeks invited 1280x50+0+655)
[ "${n:-0}" -lt 200 ] || fail "the button to go on moved when the answer appeared ($n pixels changed)"
pass "an invitation's answer appears in its own box; the button to go on stays put"
kill -TERM "$GAME_PID"; wait_exit 10
