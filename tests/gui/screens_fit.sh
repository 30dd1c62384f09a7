#!/usr/bin/env bash
# Every screen's words and buttons in view at 1280x720 at UI scale 1.5 (issue 22, point 6), for
# the screens the layout walk (layout.sh) does not reach: the new game with a folder of your own
# chosen and a problem shown, and a whole small campaign's screens between events — the
# debrief, "a month later" with its invitations, the last weeks after one answered, and the
# season in review. The game writes its layout dump (--layout-dump) and layout_check.py fails on
# text cut by its box (a panel whose words run past it with no scroll bar to reach them, words
# past a panel's side) or text over text.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$XDG_CONFIG_HOME/mingle"
printf 'ui_scale: 1.5\n' >"$XDG_CONFIG_HOME/mingle/settings.yaml"

check() {  # check NAME PANEL...: the dump of NAME passes, and shows each panel named
  local name=$1; shift
  echo "== $name"
  python3 "$HERE/layout_check.py" "$WORK/$name.jsonl" || fail "$name: words cut or over each other at UI scale 1.5 (above)"
  for panel in "$@"; do
    grep -q "\"text\": \"$panel\"" "$WORK/$name.jsonl" || fail "$name: the dump never shows the panel $panel"
  done
}

start_game --layout-dump "$WORK/new-game.jsonl"
key Return; sleep 0.3                      # New game
xdotool type --window "$WID" --delay 60 "Sam"
key Down; key Down; key Down; key Down; key Down   # a scenario folder of your own
key Return; sleep 0.5                      # no folder typed: a problem under it
shot new-game
kill -TERM "$GAME_PID"; wait_exit 10
check new-game "##newgame"
pass "the new game's rows, problem and buttons fit at UI scale 1.5"

rm -rf "$XDG_DATA_HOME"
start_game --scenario "$HERE/fixtures/two-evenings" --seed 11 --layout-dump "$WORK/between.jsonl"
key Return                                 # past the briefing
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.4
key e; key 1; key 1                        # Dana: hello, the survey trick
key Return                                 # the ended conversation's panel
key Escape; key Down; key Down; key Return; key Return   # pause, end this event, yes
sleep 0.5; shot debrief
key Return; sleep 0.5; shot month          # a month later: Dana's invitations
key Return; sleep 0.8                      # on to the second evening
key Return; key Return
key Escape; key Down; key Down; key Return; key Return   # end it at once
sleep 0.5
key Return; sleep 0.5                      # the last weeks after
key 1; sleep 0.8; shot after               # coffee with Dana: its answer in the results box
key Return; sleep 0.8; shot season         # the season in review
kill -TERM "$GAME_PID"; wait_exit 10
check between "##debrief" "##followup" "##season"
pass "the debrief, the weeks after and the season in review fit at UI scale 1.5"
