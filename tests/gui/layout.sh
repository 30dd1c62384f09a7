#!/usr/bin/env bash
# The window's layout rules (issue 22), checked frame by frame: walking the crowded welcome
# reception and a crowd of 500 (scripts/make-crowd.sh), at UI scale 1.0 and 1.5, talking to
# whoever is near on the way, the game writes where every panel, sign, badge, rising reaction
# and the player and their target were in each frame (--layout-dump), and the words inside the
# briefing, the notebook and the pause menu (with its "End this event?"), each opened on the way;
# layout_check.py then fails on text over text, anything over the player or the talk target, or
# text cut by its box.
# MINGLE_LAYOUT_ONLY=NAME runs one of the four walks (reception-1.0, crowd-1.5, ...).
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
"$ROOT/scripts/make-crowd.sh" 500 "$WORK/crowd-500" >/dev/null
mkdir -p "$XDG_CONFIG_HOME/mingle"
export MINGLE_CAMERA_LOG=1  # says when a conversation is open ("partner")

hold() {  # hold KEY SECONDS: walk with a key held down
  xdotool keydown --window "$WID" "$1"
  sleep "$2"
  xdotool keyup --window "$WID" "$1"
  sleep 0.3
}

talking() { grep "^camera:" "$WORK/game.log" | tail -n1 | grep -q " partner "; }

wait_talk() {  # wait_talk TENTHS: until a conversation is open, at most TENTHS tenths of a second
  local i
  for ((i = 0; i < $1; i++)); do
    talking && return 0
    sleep 0.1
  done
  return 1
}

# talk_if_near: E talks to (or walks over to) whoever is ringed; in a conversation, two choices
# and then step away, so every panel of a talk is laid out along the way.
talk_if_near() {
  key e
  if wait_talk "$REACH_TENTHS"; then
    TALKS=$((TALKS + 1))
    sleep 0.5  # the camera settles for the screenshot (the check reads every frame anyway)
    shot "$NAME-talk-$TALKS"
    key 1; sleep 0.8  # the reaction rises for 2.5 s: the next steps are laid out over it
    shot "$NAME-talk-$TALKS-answer"
    key 1; sleep 0.8
    if talking; then key Escape; sleep 1.0; fi
  fi
  key space  # an ended conversation's recap closes (or talk again to whoever is ringed)
  if wait_talk 4; then key Escape; sleep 0.6; fi
}

walk() {  # walk NAME SCENARIO SCALE TENTHS: TENTHS, how long E may take to open a talk
  local name=$1 scenario=$2 scale=$3
  NAME=$name TALKS=0 REACH_TENTHS=$4
  if [ -n "${MINGLE_LAYOUT_ONLY:-}" ] && [ "$MINGLE_LAYOUT_ONLY" != "$name" ]; then return 0; fi
  printf 'ui_scale: %s\n' "$scale" >"$XDG_CONFIG_HOME/mingle/settings.yaml"
  : >"$WORK/game.log"
  start_game --scenario "$scenario" --seed 3 --layout-dump "$WORK/$name.jsonl"
  key Return  # the briefing: walk in
  sleep 1.0
  for leg in "Up 1.6" "Left 1.2" "Up 1.0" "Right 2.4" "Down 1.0" "Right 1.5" "Up 1.5" "Left 3.0"; do
    set -- $leg
    hold "$1" "$2"
    talk_if_near
  done
  shot "$name"
  key n; sleep 0.6         # the notebook, after the talks: it has people and promises in it
  shot "$name-notebook"
  key Escape; sleep 0.4
  key Escape; sleep 0.4    # paused
  key Down; key Down; key Return; sleep 0.4  # "End this event?": the longest rows
  shot "$name-end"
  key Escape; key Escape
  kill -TERM "$GAME_PID"; wait_exit 20
  [ -s "$WORK/$name.jsonl" ] || fail "$name: the game wrote no layout dump"
  echo "== $name"
  if python3 "$HERE/layout_check.py" "$WORK/$name.jsonl" --min-frames 50 --expect-kind badge --expect-kind player \
    --expect-kind panel --expect-panel "##brief" --expect-panel "Notebook" --expect-panel "##pause"; then
    pass "$name: no text over text, nothing over the player or the target, no text cut"
  else
    echo "FAIL: $name: the layout rules were broken (above)"
    FAILED="$FAILED $name"
  fi
}
FAILED=""

# In the reception E may walk a few metres to someone before the talk opens; in the crowd someone
# is always close (and a stranger's hello ends at once, so no talk is seen open for long).
walk reception-1.0 "$ROOT/dialogues/welcome-reception" 1.0 25
walk reception-1.5 "$ROOT/dialogues/welcome-reception" 1.5 25
walk crowd-1.0 "$WORK/crowd-500" 1.0 8
walk crowd-1.5 "$WORK/crowd-500" 1.5 8
[ -z "$FAILED" ] || fail "the layout rules were broken in:$FAILED"
