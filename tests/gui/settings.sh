#!/usr/bin/env bash
# Settings are changed with the mouse, saved to $XDG_CONFIG_HOME/mingle/settings.yaml at once,
# and read back the next time the game starts.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"

file="$XDG_CONFIG_HOME/mingle/settings.yaml"
CHECKBOX_X=303; CHECKBOX_Y=321  # "Practice mode" in a 1280x720 window (settings_scene.cpp)

start_game
key Down
key Return
shot before
is_highlight before $((CHECKBOX_X + 2)) $((CHECKBOX_Y + 2)) || fail "practice mode is not ticked by default"
xdotool mousemove --window "$WID" "$CHECKBOX_X" "$CHECKBOX_Y" click 1; sleep 0.6
[ -f "$file" ] || fail "no settings file was written to $file"
grep -q "practice_mode: false" "$file" || fail "the settings file does not record the change: $(cat "$file")"
pass "unticking practice mode saves it to $file"

kill -TERM "$GAME_PID"; wait_exit 10
start_game
key Down
key Return
shot after
is_highlight after $((CHECKBOX_X + 2)) $((CHECKBOX_Y + 2)) && fail "practice mode is ticked again after a restart"
pass "the saved setting is read back at the next start"

# Fullscreen: the window is made again at the screen's size, and the choice is kept.
FULLSCREEN_Y=204
xdotool mousemove --window "$WID" "$CHECKBOX_X" "$FULLSCREEN_Y" click 1; sleep 1.0
WID=$(xdotool search --name '^Mingle$' | tail -n1)
geometry=$(xdotool getwindowgeometry "$WID" | sed -n 's/.*Geometry: //p')
[ "$geometry" = "1280x800" ] || fail "after ticking Fullscreen the window is $geometry, not the screen's 1280x800"
grep -q "fullscreen: true" "$file" || fail "fullscreen was not saved"
shot fullscreen
colours=$(convert "$WORK/fullscreen.png" -format %k info:)
[ "$colours" -gt 100 ] || fail "the fullscreen window shows only $colours colours"
pass "Fullscreen fills the screen ($geometry) and is saved"
kill -TERM "$GAME_PID"; wait_exit 10
