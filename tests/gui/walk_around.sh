#!/usr/bin/env bash
# Walking that finds its way, and a conversation's life, in the window: a click on a person
# behind a long counter walks round it and starts the talk; a finished conversation's panel
# closes with a click, Return does not open it again, and a second talk opens with the
# person's line for a return (again:), never their first greeting.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/room-walk"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
talks() { grep -c "talk rafael" "$SAVE" || true; }

start_game --scenario "$FIXTURE" --seed 5
key Return   # past the briefing
sleep 0.8
shot room

# The 10 x 8 m room is centred in the window at 48 px to the metre: Rafael's spot at (5, 2.5) m
# is at (640, 288), straight north of the door and behind the counter (x 2..8 m, y 4..4.8 m).
# A straight walk stops at the counter; the planned one goes round its end.
xdotool mousemove --window "$WID" 640 288 click 1
for _ in $(seq 1 40); do grep -q "talk rafael" "$SAVE" && break; sleep 0.25; done
shot talking
grep -q "talk rafael" "$SAVE" || fail "clicking Rafael behind the counter did not walk round it and talk: $(grep -A3 commands "$SAVE")"
n=$(differing_pixels room talking 1280x260+0+460)
[ "${n:-0}" -gt 20000 ] || fail "the conversation panel did not open (${n:-0} pixels changed)"
pass "a click on a person behind a counter walks round it and starts the talk"

# Two choices end the conversation; its panel stays with a hint, and closes with a click on it.
key 1; key 1
sleep 0.4
shot ended
grep -q "choose 1" "$SAVE" || fail "the choices were not sent"
n=$(differing_pixels room ended 1280x200+0+520)
[ "${n:-0}" -gt 5000 ] || fail "the ended conversation's panel is not shown (${n:-0} pixels changed)"
xdotool mousemove --window "$WID" 640 690 click 1
sleep 0.6
shot closed
n=$(differing_pixels ended closed 1280x200+0+520)
[ "${n:-0}" -gt 5000 ] || fail "a click on the ended conversation's panel did not close it (${n:-0} pixels changed)"
pass "a finished conversation's panel closes with a click"

before=$(talks)
key Return
sleep 0.6
[ "$(talks)" = "$before" ] || fail "Return after a finished conversation started it again"
pass "Return does not reopen a finished conversation"

# Talking to him again (E on the highlighted person) opens at his line for a return.
key e
sleep 0.6
shot again
[ "$(talks)" -gt "$before" ] || fail "E beside Rafael did not start a second talk: $(grep -A6 commands "$SAVE")"
grep "^conversation:" "$SAVE" | grep -q 'node: "\?back"\?' ||
  fail "the second talk did not open at his return line: $(grep -A4 '^conversation:' "$SAVE")"
n=$(differing_pixels closed again 1280x260+0+460)
[ "${n:-0}" -gt 20000 ] || fail "the second talk's panel is not shown (${n:-0} pixels changed)"
pass "a second talk opens at the return line (again:), not the first greeting"
kill -TERM "$GAME_PID"; wait_exit 10
