#!/usr/bin/env bash
# The same evening with the mouse alone: the briefing's button, click a person to walk up and
# talk, click a choice. Then at UI scale 1.5 the conversation panel stays whole on screen, and
# after the window is resized it re-anchors inside the new size.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/one-hello"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"

start_game --scenario "$FIXTURE" --seed 3
xdotool mousemove --window "$WID" 370 522 click 1   # the briefing's "Walk in" button
sleep 0.8
shot walked_in
[ "$(pixel walked_in 370 522)" != "77 111 148" ] || fail "clicking Walk in did not close the briefing"
pass "clicking the briefing's button walks in"

# The HUD's buttons: Notebook opens and closes the notebook, Pause opens the pause menu, whose
# first row goes back to the room.
xdotool mousemove --window "$WID" 88 67 click 1; sleep 0.5
shot notebook
n=$(differing_pixels walked_in notebook)
[ "${n:-0}" -gt 50000 ] || fail "the HUD's Notebook button did not open the notebook (${n:-0} pixels changed)"
xdotool mousemove --window "$WID" 88 67 click 1; sleep 0.5
shot notebook_closed
n=$(differing_pixels notebook notebook_closed)
[ "${n:-0}" -gt 50000 ] || fail "the HUD's Notebook button did not close the notebook again (${n:-0} pixels changed)"
xdotool mousemove --window "$WID" 245 67 click 1; sleep 0.5
shot paused
is_highlight paused 450 259 || fail "the HUD's Pause button did not open the pause menu"
xdotool mousemove --window "$WID" 640 259 click 1; sleep 0.5
shot unpaused
n=$(differing_pixels paused unpaused)
[ "${n:-0}" -gt 50000 ] ||
  fail "clicking Back to the room did not close the pause menu (${n:-0} pixels changed)"
pass "the HUD's Notebook and Pause buttons work by mouse"

# The 10 x 8 m room fits the window: it is centred in it, 48 px to the metre, so Dana's spot at
# (5, 3.5) m is at (640, 336) and the player at the door is below her.
xdotool mousemove --window "$WID" 640 336 click 1
sleep 2.5
shot talking
grep -q "talk dana" "$SAVE" || fail "clicking Dana did not walk up and talk to her: $(grep -A3 commands "$SAVE")"
pass "clicking a person walks up to them and starts the conversation"

# Invite... opens a list of asks just above the button; the first is a coffee.
xdotool mousemove --window "$WID" 245 669 click 1; sleep 0.5
shot invite
xdotool mousemove --window "$WID" 372 523 click 1; sleep 0.6
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

# UI scale 1.5: the conversation panel (1.5 x 920 points wide) is held inside the window, its
# four edges on screen: the panel's colour just inside each edge, something else beyond it.
mkdir -p "$XDG_CONFIG_HOME/mingle"
printf 'ui_scale: 1.5\n' > "$XDG_CONFIG_HOME/mingle/settings.yaml"
rm -f "$SAVE"
start_game --scenario "$FIXTURE" --seed 3
xdotool mousemove --window "$WID" 1060 138 click 1  # "Walk in": at 1.5 on the times' row, top right
sleep 0.8
xdotool mousemove --window "$WID" 640 336 click 1   # Dana, or her badge over her: walk up and talk
sleep 2.5
shot large
grep -q "talk dana" "$SAVE" || fail "at scale 1.5, clicking Dana did not start the conversation"
is_panel() { local r g b; read -r r g b < <(pixel "$1" "$2" "$3"); [ "$r" -eq 66 ] && [ "$g" -eq 52 ] && [ "$b" -eq 60 ]; }
is_wall() { ! is_panel "$@"; }  # beyond the panel: the room or its dark surround, not the panel
edges() {  # edges SHOT WIDTH HEIGHT: the panel's left, right and bottom edges are inside
  local s=$1 w=$2 h=$3 y=$(( $3 - 60 ))
  is_panel "$s" 30 "$y" && is_wall "$s" 8 "$y" || return 1
  is_panel "$s" $(( w - 50 )) "$y" && is_wall "$s" $(( w - 8 )) "$y" || return 1  # (clear of a scrollbar)
  is_panel "$s" $(( w / 2 )) $(( h - 24 )) && is_wall "$s" $(( w / 2 )) $(( h - 6 )) || return 1
  # and its top is below the window's top
  ! is_panel "$s" $(( w / 2 )) 4
}
edges large 1280 720 || fail "at UI scale 1.5 the conversation panel runs off the 1280x720 window"
pass "at UI scale 1.5 the conversation panel stays whole on screen"

# A smaller window: the panel re-anchors inside the new size, nothing stretched.
xdotool windowsize "$WID" 1000 640; sleep 1.2
shot resized
size=$(identify -format %wx%h "$WORK/resized.png")
[ "$size" = "1000x640" ] || fail "the window did not take the new size (it is $size)"
edges resized 1000 640 || fail "after resizing to 1000x640 the conversation panel is not inside the window"
pass "after a resize to 1000x640 the conversation panel is inside the window"
kill -TERM "$GAME_PID"; wait_exit 10
