#!/usr/bin/env bash
# Configures (once) and builds Mingle in ./build. Extra arguments go to the configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/build.ninja ]; then
  echo "==> Configuring the build in ./build"
  cmake --preset dev "$@"
fi
echo "==> Building Mingle with $jobs jobs"
cmake --build build -j "$jobs"
