#!/usr/bin/env bash
# Figures with character: each person is drawn from their own id, so the same person looks the
# same in another event (even written in another order, beside other people), and two people
# standing on the same spot look different. Two starts with reduced motion (still frames):
# figures-a has Ana at the coffee table, figures-b has Dev there; Ben, Cleo, the room and the
# player are the same. The two screenshots must differ only around that one spot (wherever the
# camera puts it), and there in the body as well as the badge. Cleo, on the stage, shows the
# "busy" sign (a red disc with a white bar).
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURES="$(cd "$(dirname "$0")" && pwd)/fixtures"
mkdir -p "$XDG_CONFIG_HOME/mingle"
printf 'reduced_motion: true\n' >"$XDG_CONFIG_HOME/mingle/settings.yaml"

for v in a b; do
  start_game --scenario "$FIXTURES/figures-$v" --seed 5
  key Return   # close the briefing
  # The pointer on Cleo, on the stage: she is the one ringed for E in both (else the nearest
  # within a few steps is, and that is Ben in one and Dev in the other).
  xdotool mousemove --window "$WID" 640 225
  # Wait for a still frame: the camera eases into place (slower on a busy machine).
  sleep 1.0
  still_shot "room-$v"
  kill -TERM "$GAME_PID"; wait_exit 10
done

# Where the two frames differ: a box round Ana's (Dev's) figure and badge, nothing else (Ben
# stands some 380 px to the right: a difference there would widen the box past 330 px).
compare -metric AE -fuzz 2% "$WORK/room-a.png" "$WORK/room-b.png" -compose src -highlight-color white \
  -lowlight-color black "$WORK/diff.png" 2>/dev/null || true
read -r w h x y < <(convert "$WORK/diff.png" -fuzz 10% -trim -format "%w %h %X %Y\n" info: | tr -d '+')
total=$(differing_pixels room-a room-b)
[ "${total:-0}" -gt 300 ] || fail "Ana and Dev on the same spot look alike (${total:-0} pixels differ)"
[ "$w" -lt 330 ] && [ "$h" -lt 200 ] ||
  fail "the frames differ over ${w}x${h} px at $x,$y: someone other than Ana/Dev looks different (Ben should not)"
# The lower half of that box is the body, under the badge: it must differ too.
body=$(convert "$WORK/diff.png" -crop "${w}x$((h / 2))+${x}+$((y + h / 2))" +repage -format "%[fx:round(mean*w*h)]" info:)
[ "${body:-0}" -gt 80 ] || fail "only the badges differ, not the figures (${body:-0} body pixels)"
pass "Ben looks the same in both events; Ana and Dev differ ($total px, body $body px, in ${w}x${h} at $x,$y)"

busy=$(count_colour room-a 1280x720+0+0 200 64 60)
[ "${busy:-0}" -gt 40 ] || fail "no busy sign over Cleo on the stage (${busy:-0} px)"
pass "Cleo, on the stage, shows the busy sign ($busy px)"
