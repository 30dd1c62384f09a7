#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start the game on the bundled
# content. Arguments are passed to the game (e.g. scripts/play.sh --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
scripts/build.sh
echo "==> Starting Mingle"
exec build/bin/mingle "$@"
