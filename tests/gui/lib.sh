# Helpers for GUI tests: run the real game under a virtual display, find its window, send real
# key and mouse events with xdotool and read pixels from screenshots with ImageMagick.
# Source this from a test script; the script re-runs itself under xvfb-run.

set -euo pipefail

gui_begin() {  # gui_begin "$@" at the top of a test script
  if [ -z "${MINGLE_GUI_INNER:-}" ]; then
    for tool in xvfb-run xdotool import convert compare; do
      command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/install-deps.sh test installs it)"; exit 1; }
    done
    # A random starting display number: parallel xvfb-run -a calls (another checkout's tests,
    # say) can race for the same one. If the display was lost that way (exit 75), try again.
    # -noreset: the game opens and closes a display connection before SFML opens its own, and
    # the server must not reset between the two.
    local attempt rc
    for attempt in 1 2 3; do
      rc=0
      MINGLE_GUI_INNER=1 xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x800x24 -noreset" bash "$0" "$@" || rc=$?
      [ "$rc" -eq 75 ] || exit "$rc"
      echo "(the virtual display was lost; trying again)"
    done
    exit 1
  fi
  GAME=${1:?usage: $0 PATH-TO-MINGLE}
  WORK=$(mktemp -d)
  GAME_PID=""
  trap 'gui_cleanup' EXIT
  export ALSOFT_DRIVERS=null  # a silent audio device: no sound card on test machines
  # Settings and saves go to the test's own folder, never the tester's home.
  export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
}

gui_cleanup() {
  if [ -n "$GAME_PID" ] && kill -0 "$GAME_PID" 2>/dev/null; then kill -KILL "$GAME_PID" 2>/dev/null || true; fi
  if [ -n "${KEEP_SHOTS:-}" ]; then echo "screenshots kept in $WORK"; else rm -rf "$WORK"; fi
}

fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "ok: $*"; }

start_game() {  # start_game [ARGS...]: starts the game and waits for its window
  "$GAME" "$@" >"$WORK/game.log" 2>&1 &
  GAME_PID=$!
  WID=""
  # MINGLE_GUI_START_SECONDS: how long the window may take to appear (tests/windows waits longer
  # for Wine, whose first window in a session can take a while on a busy machine).
  for _ in $(seq 1 $((${MINGLE_GUI_START_SECONDS:-10} * 10))); do
    WID=$(xdotool search --name '^Mingle$' 2>/dev/null | head -n1 || true)
    [ -n "$WID" ] && break
    if ! kill -0 "$GAME_PID" 2>/dev/null; then
      cat "$WORK/game.log"
      grep -q "Failed to open X11 display\|cannot open display\|does not answer" "$WORK/game.log" && exit 75
      fail "the game exited before opening its window"
    fi
    sleep 0.1
  done
  [ -n "$WID" ] || fail "no window titled 'Mingle' appeared within ${MINGLE_GUI_START_SECONDS:-10} seconds"
  sleep 1.5  # let the first frames draw
}

window_of_size() {  # window_of_size WxH: waits (up to 5 s) for the game's window at that size
  # and makes it WID. A window made again (fullscreen on or off) is a new X window, and the
  # old one may linger for a moment, so the size tells them apart.
  local w g
  for _ in $(seq 1 50); do
    for w in $(xdotool search --name '^Mingle$' 2>/dev/null); do
      g=$(xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: //p')
      if [ "$g" = "$1" ]; then WID=$w; return 0; fi
    done
    sleep 0.1
  done
  return 1
}

shot() {  # shot NAME: screenshot of the game window only (window coordinates)
  import -window "$WID" "$WORK/$1.png"
  # scripts/screenshots.sh collects the screenshots the README shows from the tests themselves.
  if [ -n "${SHOTS_DIR:-}" ]; then cp "$WORK/$1.png" "$SHOTS_DIR/$(basename "$0" .sh)-$1.png"; fi
}

key() { xdotool key --window "$WID" "$@"; sleep 0.4; }

still_shot() {  # still_shot NAME: a screenshot once two in a row (0.4 s apart) match, at most ~5 s
  shot "$1"
  for _ in $(seq 1 10); do
    cp "$WORK/$1.png" "$WORK/_still.png"
    sleep 0.4
    shot "$1"
    [ "$(differing_pixels _still "$1")" = "0" ] && return 0
  done
}

# pixel NAME X Y -> "R G B" (0-255)
pixel() {
  convert "$WORK/$1.png" -crop "1x1+$2+$3" -depth 8 txt:- | tail -n1 |
    sed -E 's/.*\(([0-9]+),([0-9]+),([0-9]+).*/\1 \2 \3/'
}

# is_highlight NAME X Y: the menu's selection colour (a warm orange) is at that pixel
is_highlight() {
  local r g b
  read -r r g b < <(pixel "$1" "$2" "$3")
  [ "$r" -gt 180 ] && [ "$g" -gt 100 ] && [ "$g" -lt 200 ] && [ "$b" -lt 120 ]
}

# differing_pixels A B [GEOMETRY]: how many pixels differ between two screenshots
differing_pixels() {
  local a="$WORK/$1.png" b="$WORK/$2.png"
  if [ -n "${3:-}" ]; then
    convert "$a" -crop "$3" +repage "$WORK/_a.png"; convert "$b" -crop "$3" +repage "$WORK/_b.png"
    a="$WORK/_a.png"; b="$WORK/_b.png"
  fi
  compare -metric AE -fuzz 2% "$a" "$b" null: 2>&1 | sed -E 's/[^0-9].*//' || true
}

# count_colour NAME GEOMETRY R G B: how many pixels of about that colour are inside the crop
count_colour() {
  convert "$WORK/$1.png" -crop "$2" +repage -fuzz 7% -fill black +opaque "rgb($3,$4,$5)" \
    -fill white -opaque "rgb($3,$4,$5)" -format "%[fx:round(mean*w*h)]" info:
}
NOTE="158 224 158"      # the conversation panel's notes: an item, a hint, an answer to an ask
PANEL=1280x400+0+320    # the conversation panel's part of a 1280x720 window

# wait_replay_done: waits (up to three minutes) for a --replay started with start_game to say it
# has played every command; fails if the game stops first or never says so
wait_replay_done() {
  for _ in $(seq 1 900); do
    grep -q "the replay is done" "$WORK/game.log" && return 0
    kill -0 "$GAME_PID" 2>/dev/null || fail "the game stopped during the replay: $(cat "$WORK/game.log")"
    sleep 0.2
  done
  fail "the replay did not finish within three minutes"
}

# wait_exit SECONDS: waits for the game to exit and sets GAME_RC
wait_exit() {
  for _ in $(seq 1 $(( $1 * 10 ))); do
    if ! kill -0 "$GAME_PID" 2>/dev/null; then
      GAME_RC=0; wait "$GAME_PID" || GAME_RC=$?
      GAME_PID=""
      return 0
    fi
    sleep 0.1
  done
  fail "the game did not exit within $1 seconds"
}
