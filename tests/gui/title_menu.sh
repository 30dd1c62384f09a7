#!/usr/bin/env bash
# The title screen is drawn, answers the keyboard and the mouse, and Quit leaves with exit 0.
# New game lists the events by title in the campaign's order, chosen with Up/Down.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"

# Menu geometry for a 1280x720 window (TitleLayout in game/app/scenes/title_scene.h): items are
# 360x50, 60 apart, from y = 0.47 * 720; we sample 12 px inside their left edge.
X=472
row() { echo $(( 338 + 60 * $1 + 25 )); }  # centre of item 0 New game, 1 Continue, 2 Settings, 3 Quit

start_game
shot start

# The window is drawn: the title area holds the game's name, not a flat background.
colours=$(convert "$WORK/start.png" -crop 520x140+380+90 +repage -format %k info:)
[ "$colours" -gt 20 ] || fail "the title area has only $colours colours: nothing was drawn there"
pass "title area drawn ($colours colours)"

is_highlight start $X "$(row 0)" || fail "New game is not highlighted at the start"
pass "New game selected at the start"

# Down skips the disabled Continue and lands on Settings.
key Down
shot down
is_highlight down $X "$(row 2)" || fail "after Down, Settings is not highlighted"
is_highlight down $X "$(row 0)" && fail "after Down, New game is still highlighted"
n=$(differing_pixels start down 360x240+460+338)
[ "${n:-0}" -gt 500 ] || fail "Down changed only ${n:-0} pixels"
pass "Down moved the selection to Settings ($n pixels changed)"

# Return opens Settings; Escape comes back to the title.
key Return
shot settings
n=$(differing_pixels down settings)
[ "${n:-0}" -gt 5000 ] || fail "Return on Settings changed only ${n:-0} pixels"
key Escape
shot back
n=$(differing_pixels down back 360x240+460+338)
[ "${n:-0}" -lt 200 ] || fail "Escape did not bring the title menu back ($n pixels differ)"
pass "Settings opens with Return and closes with Escape"

# The mouse: hovering selects Quit, clicking it leaves the game with exit code 0.
xdotool mousemove --window "$WID" 640 "$(row 3)"; sleep 0.3
xdotool mousemove --window "$WID" 645 "$(row 3)"; sleep 0.5
shot hover
is_highlight hover $X "$(row 3)" || fail "hovering Quit did not select it"
pass "hovering selects Quit"
xdotool click --window "$WID" 1
wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "Quit left with exit code $GAME_RC"
pass "clicking Quit leaves with exit code 0"

# New game: the campaign first, then its events by title in the campaign's order (first-steps,
# welcome-reception, spring-meeting, next-conference; by folder name next-conference would come
# second). Down twice from the campaign chooses the second event, even while the name field has
# the keyboard; Return walks in, and the save (written as the game closes) names that event.
start_game
shot title2
key Return
shot newgame
# Esc goes back to the title even though the name field has the keyboard.
key Escape
shot title3
n=$(differing_pixels title2 title3 360x240+460+338)
[ "${n:-0}" -lt 200 ] || fail "Esc on New game did not bring the title menu back ($n pixels differ)"
pass "Esc leaves New game while its name field has the keyboard"
key Return
sleep 0.6  # a new screen ignores keys for its first moment (a slow machine opens it late)
key Down; key Down
shot newgame_second
n=$(differing_pixels newgame newgame_second)
[ "${n:-0}" -gt 50 ] || fail "Down in the new-game list changed nothing on screen"
key Return
sleep 1.5
kill -TERM "$GAME_PID"; wait_exit 10
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
[ -f "$SAVE" ] || { cat "$WORK/game.log"; fail "walking in from New game left no save at $SAVE"; }
grep -q "welcome-reception" "$SAVE" || fail "the second event listed is not the campaign's second (welcome-reception): $(grep -m1 content "$SAVE")"
pass "New game lists events in the campaign's order; Down, Down, Return plays the second"
