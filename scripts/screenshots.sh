#!/usr/bin/env bash
# Regenerates the screenshots the README shows, from the real game under a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
mkdir -p docs/screenshots
export ALSOFT_DRIVERS=null
xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
  build/bin/mingle & pid=$!
  wid=""
  for _ in $(seq 1 100); do wid=$(xdotool search --name "^Mingle$" | head -n1) && [ -n "$wid" ] && break; sleep 0.1; done
  sleep 1.5
  import -window "$wid" docs/screenshots/title.png
  kill -TERM $pid; wait $pid'
echo "==> Wrote docs/screenshots/title.png"
