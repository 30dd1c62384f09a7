#!/usr/bin/env bash
# Settings are changed with the mouse and with the keyboard alone, saved to
# $XDG_CONFIG_HOME/mingle/settings.yaml at once, applied at once (high contrast: opaque black
# panels; reduced motion: the title's guests stand still) and read back at the next start.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"

file="$XDG_CONFIG_HOME/mingle/settings.yaml"
CHECKBOX_X=303; CHECKBOX_Y=357  # "Practice mode" in a 1280x720 window (settings_scene.cpp)

# is_tick NAME X Y: a checkbox's tick is there (orange, or yellow in high contrast)
is_tick() { local r g b; read -r r g b < <(pixel "$1" "$2" "$3"); [ "$r" -gt 180 ] && [ "$g" -gt 100 ] && [ "$b" -lt 120 ]; }
GUESTS=260x160+90+170  # the title's guests on the left (title_scene.cpp)

start_game
shot sway1; sleep 0.6; shot sway2
n=$(differing_pixels sway1 sway2 $GUESTS)
[ "${n:-0}" -gt 0 ] || fail "the title's guests do not sway by default (nothing changed in $GUESTS)"
key Down
key Return
shot before
is_highlight before $((CHECKBOX_X + 2)) $((CHECKBOX_Y + 2)) || fail "practice mode is not ticked by default"
xdotool mousemove --window "$WID" "$CHECKBOX_X" "$CHECKBOX_Y" click 1; sleep 0.6
[ -f "$file" ] || fail "no settings file was written to $file"
grep -q "practice_mode: false" "$file" || fail "the settings file does not record the change: $(cat "$file")"
pass "unticking practice mode saves it to $file"

# The keyboard alone: from the first row (Panel size), Down six times reaches High contrast and
# Space ticks it, which applies at once; Down, Space ticks Reduced motion. Both are saved.
for _ in 1 2 3 4 5 6; do key Down; done
key space
grep -q "high_contrast: true" "$file" || fail "Down, Space did not tick high contrast: $(cat "$file")"
shot contrast
[ "$(pixel contrast 990 150)" = "0 0 0" ] || fail "high contrast did not make the settings panel black ($(pixel contrast 990 150))"
key Down; key space
grep -q "reduced_motion: true" "$file" || fail "Down, Space did not tick reduced motion: $(cat "$file")"
pass "high contrast and reduced motion are ticked from the keyboard, saved, and high contrast applies at once"

kill -TERM "$GAME_PID"; wait_exit 10
start_game
shot still1; sleep 0.6; shot still2
n=$(differing_pixels still1 still2 $GUESTS)
[ "${n:-0}" -eq 0 ] || fail "with reduced motion the title's guests still move ($n pixels changed)"
pass "reduced motion: the title's guests stand still"
key Down
key Return
shot after
is_tick after $((CHECKBOX_X + 2)) $((CHECKBOX_Y + 2)) && fail "practice mode is ticked again after a restart"
is_tick after $((CHECKBOX_X + 2)) $((CHECKBOX_Y + 2 + 39)) || fail "high contrast is not ticked after a restart"
[ "$(pixel after 990 150)" = "0 0 0" ] || fail "high contrast is not applied after a restart"
pass "the saved settings are read back at the next start"

# Fullscreen: the window is made again at the screen's size, and the choice is kept.
FULLSCREEN_Y=240
xdotool mousemove --window "$WID" "$CHECKBOX_X" "$FULLSCREEN_Y" click 1
window_of_size 1280x800 || fail "after ticking Fullscreen no window fills the screen (1280x800): $(for w in $(xdotool search --name '^Mingle$'); do xdotool getwindowgeometry "$w"; done)"
sleep 0.5
geometry=1280x800
grep -q "fullscreen: true" "$file" || fail "fullscreen was not saved"
shot fullscreen
colours=$(convert "$WORK/fullscreen.png" -format %k info:)
[ "$colours" -gt 100 ] || fail "the fullscreen window shows only $colours colours"
pass "Fullscreen fills the screen ($geometry) and is saved"

# F11 toggles it back from anywhere: the window is its own size again, and that is saved too.
# (Sent again if the window has not changed within 5 s: a key sent to a fullscreen window made
# a moment ago is now and then lost under a virtual display.)
back=no
for _ in 1 2 3; do
  window_of_size 1280x800 && xdotool key --window "$WID" F11 2>/dev/null || true
  if window_of_size 1280x720; then back=yes; break; fi
done
[ "$back" = yes ] || fail "after F11 no window is back at 1280x720: $(for w in $(xdotool search --name '^Mingle$'); do xdotool getwindowgeometry "$w"; done)"
sleep 0.5
geometry=1280x720
for _ in $(seq 1 30); do grep -q "fullscreen: false" "$file" && break; sleep 0.1; done
grep -q "fullscreen: false" "$file" || fail "F11 out of fullscreen was not saved: $(cat "$file")"
pass "F11 leaves fullscreen ($geometry) and the choice is saved"
kill -TERM "$GAME_PID"; wait_exit 10
