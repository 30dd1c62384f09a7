#!/usr/bin/env bash
# Choosing whom to talk to: beside a group of three, E talks to the highlighted (nearest)
# person; Tab moves the highlight to the next one within reach, and E then talks to them.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/room-walk"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
last_talk() { grep -o "talk [a-z]*" "$SAVE" | tail -n1 | cut -d' ' -f2; }

start_game --scenario "$FIXTURE" --seed 5
key Return
sleep 0.8
# Ana, Ben and Cleo stand in a ring around (2.2, 6.3) m, two of them at the bottom of it. Click
# the floor just below them, at (2.2, 7.3) m = (506, 593) px, and wait for the walk: two of the
# three are then within reach.
xdotool mousemove --window "$WID" 506 593 click 1
sleep 2.0
xdotool mousemove --window "$WID" 1200 120   # the pointer away from everyone (no hover)
sleep 0.4
shot beside
key e
sleep 0.5
first=$(last_talk)
[ -n "$first" ] || fail "E beside the group talked to nobody: $(grep -A4 commands "$SAVE")"
case "$first" in ana|ben|cleo) ;; *) fail "E talked to $first, not someone in the group" ;; esac
key Escape   # step away
sleep 0.3
key Escape   # close the ended conversation's panel (and only that: one key, one action)
sleep 0.3
shot before-tab
key Tab
shot after-tab
n=$(differing_pixels before-tab after-tab 1280x400+0+320)
[ "${n:-0}" -gt 100 ] || fail "Tab did not move the highlight (${n:-0} pixels changed)"
key e
sleep 0.5
second=$(last_talk)
case "$second" in ana|ben|cleo) ;; *) fail "after Tab, E talked to '$second', not someone in the group" ;; esac
[ "$second" != "$first" ] || fail "Tab did not pick someone else: E talked to $first again"
pass "E talks to the nearest of a group ($first); Tab picks the next ($second)"
kill -TERM "$GAME_PID"; wait_exit 10
