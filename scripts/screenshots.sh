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
mkdir -p docs/screenshots
cp "$shots/title_menu-start.png" docs/screenshots/title.png
cp "$shots/room_play-brief.png" docs/screenshots/briefing.png
cp "$shots/room_play-talking.png" docs/screenshots/conversation.png
cp "$shots/room_play-debrief.png" docs/screenshots/debrief.png
echo "==> Wrote docs/screenshots/{title,briefing,conversation,debrief}.png"
