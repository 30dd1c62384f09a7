#!/usr/bin/env bash
# The camera keeps people clear of the HUD and the panels: at UI scale 1.5 (a big HUD), the
# player walks up to Ada, who stands in the room's top-left corner, right where the HUD sits.
# Once she is ringed for E, her figure and badge must be clear of the HUD and the prompt bar;
# once you talk, clear of the HUD and the conversation panel. The boxes come from the game's
# own camera log (MINGLE_CAMERA_LOG), in window pixels.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/camera-corner"
mkdir -p "$XDG_CONFIG_HOME/mingle"
printf 'ui_scale: 1.5\n' >"$XDG_CONFIG_HOME/mingle/settings.yaml"
export MINGLE_CAMERA_LOG=1

# clear_of ROLE: the last logged box of ROLE (ringed, partner) overlaps no logged cover box.
clear_of() {
  local line
  line=$(grep "^camera:.* $1 " "$WORK/game.log" | tail -n1)
  [ -n "$line" ] || fail "the camera log never showed a $1 person: $(tail -n3 "$WORK/game.log")"
  echo "$line" | awk -v role="$1" -F' [|] ' '
    { n = 0
      for (i = 2; i <= NF; i++) {
        split($i, f, " ")
        if (f[1] == "cover") { n++; l[n] = f[2]; t[n] = f[3]; r[n] = f[4]; b[n] = f[5] }
        if (f[1] == role) { who = f[2]; pl = f[3]; pt = f[4]; pr = f[5]; pb = f[6] }
      }
      if (n == 0) { print "no HUD or panel in the log"; exit 1 }
      for (k = 1; k <= n; k++)
        if (pl < r[k] && l[k] < pr && pt < b[k] && t[k] < pb) {
          printf "%s (%d %d %d %d) is under a panel (%d %d %d %d)\n", who, pl, pt, pr, pb, l[k], t[k], r[k], b[k]
          exit 1
        }
    }' || fail "$1 person hidden: $line"
}

start_game --scenario "$FIXTURE" --seed 3
key Return   # the briefing: walk in
# Walk up along the wall from the side door until Ada is ringed for E (within a few steps).
xdotool keydown --window "$WID" Up
for _ in $(seq 1 60); do
  grep -q "^camera:.* ringed ada " "$WORK/game.log" && break
  sleep 0.1
done
xdotool keyup --window "$WID" Up
grep -q "^camera:.* ringed ada " "$WORK/game.log" || fail "walking up never brought Ada within reach"
sleep 1.2    # the camera eases into place
shot ringed
clear_of ringed
pass "Ada, ringed in the top-left corner, is clear of the HUD and the prompt"

key e        # ringed from a few steps away, E walks over to her and the talk starts on arrival
for _ in $(seq 1 60); do
  grep -q "^camera:.* partner ada " "$WORK/game.log" && break
  sleep 0.1
done
sleep 1.2    # the camera eases into place
grep -q "^camera:.* partner ada " "$WORK/game.log" || fail "E did not start a conversation with Ada"
shot talking
clear_of partner
pass "talking with Ada, she is clear of the HUD and the conversation panel"
kill -TERM "$GAME_PID"; wait_exit 10
