#!/usr/bin/env bash
# Time you can see running out: in a short reception where each exchange takes four minutes,
# a conversation runs past the closing warning (the HUD's time turns to the warning colour)
# and into the end; the debrief shows the last reply instead of cutting it off.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/closing-time"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
WARN="255 107 77"   # the HUD's closing-soon colour
HUD=400x40+0+0

start_game --scenario "$FIXTURE" --seed 3
key Return
sleep 0.8
shot start
n=$(count_colour start "$HUD" $WARN)
[ "${n:-0}" -lt 20 ] || fail "the HUD shows the warning colour at the start ($n pixels)"
xdotool mousemove --window "$WID" 640 336 click 1   # Dana
sleep 2.5
grep -q "talk dana" "$SAVE" || fail "clicking Dana did not start the talk"
key 1        # 17:01 -> 17:05: past the warning at 17:02
sleep 0.4
shot warned
n=$(count_colour warned "$HUD" $WARN)
[ "${n:-0}" -gt 100 ] || fail "seven minutes before the end the HUD's time is not in the warning colour ($n pixels)"
n=$(count_colour warned "$PANEL" $NOTE)
[ "${n:-0}" -gt 100 ] || fail "the closing warning is not in the conversation panel ($n note pixels)"
pass "the closing warning shows in the HUD and in the panel"
key 1        # 17:09
key 1        # 17:13: the event ends during her reply
sleep 0.8
shot debrief
grep -Eq '^phase: "?(follow-up|finished)' "$SAVE" || fail "the event did not end: $(grep phase "$SAVE")"
# The debrief's top holds the last lines of the evening in the muted text colour.
n=$(count_colour debrief 1280x200+0+40 158 143 133)
[ "${n:-0}" -gt 400 ] || fail "the debrief does not show the last reply at its top ($n muted pixels)"
pass "the debrief opens with the last reply"
kill -TERM "$GAME_PID"; wait_exit 10
