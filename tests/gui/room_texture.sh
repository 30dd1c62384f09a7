#!/usr/bin/env bash
# A room with a crowd is drawn once into a texture and the texture put down each frame (a
# software renderer then fills the floor once, not once a layer); a small gathering draws the
# room's layers. The player must see the same room either way: two still frames of the same
# start, one each way (MINGLE_ROOM_TEXTURE=1 or 0 makes the choice), must match but for a few
# edge pixels. The game's camera log says which way each frame drew the room.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/figures-a"
MAKE_CROWD="$(cd "$(dirname "$0")/../.." && pwd)/scripts/make-crowd.sh"
mkdir -p "$XDG_CONFIG_HOME/mingle"
printf 'reduced_motion: true\n' >"$XDG_CONFIG_HOME/mingle/settings.yaml"
export MINGLE_CAMERA_LOG=1

drawn_as() {  # drawn_as WAY: the room was last drawn that way (texture, layers)
  local last
  for _ in $(seq 1 30); do
    last=$(grep "^camera:" "$WORK/game.log" | tail -n1)
    case "$last" in *"| room $1 "*) return 0 ;; esac
    sleep 0.2
  done
  fail "the room was not drawn from its $1: ${last:-no camera log}"
}

for way in texture layers; do
  if [ "$way" = texture ]; then export MINGLE_ROOM_TEXTURE=1; else export MINGLE_ROOM_TEXTURE=0; fi
  start_game --scenario "$FIXTURE" --seed 5
  xdotool mousemove --window "$WID" 4 716   # the pointer on no one
  key Return   # close the briefing
  sleep 1.0    # the camera eases into place; then wait for a still frame
  still_shot "room-$way"
  drawn_as "$way"
  kill -TERM "$GAME_PID"; wait_exit 10
done

# A texture one pixel off differs over some 9,000 pixels, a flipped one or one missing a layer
# over far more. Edges of shapes may round differently: a few hundred at most.
total=$(differing_pixels room-texture room-layers)
echo "pixels that differ: ${total:-?}"
[ -n "$total" ] && [ "$total" -lt 1000 ] || fail "the room from its texture differs from the room drawn in layers over ${total:-?} pixels"
pass "the room drawn from its texture looks as the room drawn layer by layer (${total} pixels differ)"

# Left to the game: three people draw layers; 500 in a hall that fits a texture use one; 1,000
# in a hall some 8,000 pixels wide draw layers, only the part in view, and its floor is there.
unset MINGLE_ROOM_TEXTURE
start_game --scenario "$FIXTURE" --seed 5
key Return
drawn_as layers
kill -TERM "$GAME_PID"; wait_exit 10
"$MAKE_CROWD" 500 "$WORK/packed" --in-view >/dev/null
start_game --scenario "$WORK/packed" --seed 5
key Return
drawn_as texture
kill -TERM "$GAME_PID"; wait_exit 10
"$MAKE_CROWD" 1000 "$WORK/hall" >/dev/null
start_game --scenario "$WORK/hall" --seed 5
key Return
drawn_as layers
grep -q "^camera: | room texture" "$WORK/game.log" && fail "the big hall was drawn from a texture"
shot hall
bare=$(count_colour hall 1280x500+0+120 46 36 42)   # the wall colour behind the room: no floor drawn
[ "$bare" -lt 300000 ] || fail "the big hall's floor is not drawn ($bare pixels of bare background)"
pass "the game keeps a crowd's room in a texture, and draws a small gathering's and a hall too big for one in layers"
