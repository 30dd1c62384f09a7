#!/usr/bin/env bash
# Live editing: with a conversation open in the window, saving the scenario's file changes the
# line on screen within a second and keeps the player in the conversation; a save with a
# mistake shows the checker's messages over the room and keeps the old version running; fixing
# it takes the messages away. F1 opens the author panel.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
SCENARIO="$WORK/scenario"
cp -r "$(cd "$(dirname "$0")" && pwd)/fixtures/one-hello" "$SCENARIO"
DANA="$SCENARIO/dialogues/dana.yaml"

start_game --scenario "$SCENARIO" --seed 7
key Return   # past the briefing
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.6
key e
sleep 0.3
shot talking

# Change Dana's first line; the conversation panel (the lower part of the window) changes.
sed -i 's/say: "Hi, Dana here. I think I saw you at the committee meeting?"/say: "Good evening. I am Dana, and this line was just rewritten while you watched."/' "$DANA"
grep -q "rewritten while you watched" "$DANA" || fail "the fixture's line was not found to edit"
sleep 1.5
shot edited
grep -q "mingle: reloaded" "$WORK/game.log" || { cat "$WORK/game.log"; fail "saving the file did not reload it"; }
n=$(differing_pixels talking edited 1280x260+0+460)
[ "${n:-0}" -gt 1500 ] || fail "the conversation panel did not change after the edit (${n:-0} pixels)"
pass "saving the file reloads it and the new line shows ($n pixels changed)"

# Still in the conversation: choosing 1 goes on to the survey, as before the edit.
key 1
sleep 0.3
shot chose
n=$(differing_pixels edited chose 1280x260+0+460)
[ "${n:-0}" -gt 1500 ] || fail "after the reload the conversation did not go on (${n:-0} pixels changed)"
pass "the player's place was kept: the conversation goes on"

# A mistake: the old version keeps running and the checker's messages show.
cp "$DANA" "$WORK/dana.good"
printf 'nodes:\n\tbroken: [\n' >> "$DANA"
sleep 1.5
shot broken
grep -q "has errors; the old version keeps running" "$WORK/game.log" || fail "the broken save was not reported"
grep -q "dana.yaml:[0-9]*:[0-9]*: error" "$WORK/game.log" || fail "the report has no file:line:col"
n=$(differing_pixels chose broken)
[ "${n:-0}" -gt 5000 ] || fail "no overlay appeared for the broken save (${n:-0} pixels changed)"
kill -0 "$GAME_PID" || fail "the game stopped on a broken save"
pass "a broken save shows the checker's messages ($n pixels) and the game runs on"

cp "$WORK/dana.good" "$DANA"
sleep 1.5
shot fixed
n=$(differing_pixels chose fixed 1280x300+0+420)  # the overlay's place (a reaction fades above)
[ "${n:-0}" -lt 1000 ] || fail "the overlay stayed after the fix (${n:-0} pixels differ from before)"
pass "fixing the file takes the messages away"

key F1
shot panel
n=$(differing_pixels fixed panel)
[ "${n:-0}" -gt 20000 ] || fail "F1 did not open the author panel (${n:-0} pixels changed)"
pass "F1 opens the author panel"
