#!/usr/bin/env bash
# Regenerates the screenshots the README shows. They are taken by the GUI tests themselves, on
# the real game under a virtual display, so they show what the tests saw.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
SHOTS_DIR=$shots bash tests/gui/title_menu.sh build/bin/mingle >/dev/null
SHOTS_DIR=$shots bash tests/gui/room_play.sh build/bin/mingle >/dev/null
SHOTS_DIR=$shots bash tests/gui/settings.sh build/bin/mingle >/dev/null
SHOTS_DIR=$shots bash tests/gui/mouse_play.sh build/bin/mingle >/dev/null
SHOTS_DIR=$shots bash tests/gui/layout.sh build/bin/mingle >/dev/null   # the reception at 1.0 and 1.5
SHOTS_DIR=$shots bash tests/gui/replay_evening.sh build/bin/mingle >/dev/null  # a replay's ending
mkdir -p docs/screenshots
cp "$shots/title_menu-start.png" docs/screenshots/title.png
cp "$shots/room_play-brief.png" docs/screenshots/briefing.png
cp "$shots/room_play-talking.png" docs/screenshots/conversation.png
cp "$shots/room_play-debrief.png" docs/screenshots/debrief.png
cp "$shots/title_menu-newgame.png" docs/screenshots/new-game.png
cp "$shots/settings-after.png" docs/screenshots/settings-high-contrast.png   # the new options, ticked
cp "$shots/mouse_play-large.png" docs/screenshots/conversation-large.png     # UI scale 1.5
cp "$shots/layout-reception-1.0-talk-1.png" docs/screenshots/reception-talk.png
cp "$shots/layout-reception-1.5-talk-1.png" docs/screenshots/reception-talk-large.png  # UI scale 1.5, compact
cp "$shots/layout-reception-1.5.png" docs/screenshots/reception-large.png
cp "$shots/layout-crowd-1.5.png" docs/screenshots/crowd-large.png
cp "$shots/replay_evening-part-end.png" docs/screenshots/replay-end.png   # docs/workshops.md
# A room as a player walking in sees it: room_shot CONTENT OUT.png [KEYS...] (after Return).
room_shot() {
  local content=$1 out=$2; shift 2
  XDG_DATA_HOME=$shots XDG_CONFIG_HOME=$shots ALSOFT_DRIVERS=null xvfb-run -a -s "-screen 0 1280x720x24 -noreset" \
    bash -c '
    build/bin/mingle --scenario "$1" >/dev/null 2>&1 & pid=$!
    out=$2; shift 2
    wid=""
    for _ in $(seq 1 100); do wid=$(xdotool search --name "^Mingle$" | head -n1) && [ -n "$wid" ] && break; sleep 0.1; done
    sleep 1.5
    xdotool key --window "$wid" Return; sleep 0.3
    for k in "$@"; do xdotool key --window "$wid" "$k"; sleep 0.3; done
    sleep 1.0
    import -window "$wid" "$out"
    kill -TERM $pid; wait $pid' room_shot "$content" "$out" "$@"
}
room_shot dialogues/welcome-reception docs/screenshots/room.png
# A generated crowd of 500 (scripts/make-crowd.sh): the figures, groups and zones at scale.
scripts/make-crowd.sh 500 "$shots/crowd" >/dev/null
room_shot "$shots/crowd" docs/screenshots/crowd.png minus
echo "==> Wrote docs/screenshots/{title,new-game,briefing,room,crowd,conversation,conversation-large,debrief,settings-high-contrast,reception-talk,reception-talk-large,reception-large,crowd-large}.png"
