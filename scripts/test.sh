#!/usr/bin/env bash
# The README's second command (and CI's, through .ci/run): install what is missing, build, and
# run the whole suite: the core, tool and window tests, the Debian package installed on a clean
# Debian 12 root (tests/deb), the Windows build under Wine (tests/windows), then the core tests
# again in a build
# with AddressSanitizer and UndefinedBehaviorSanitizer, and a short run of each fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh test
scripts/build.sh

echo "==> Running the test suite"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "==> The Debian package: making it (./build-deb), then installing it into a clean Debian 12 root"
deb=$(scripts/build-deb.sh | tail -n1)
if [ "$(id -u)" -eq 0 ]; then
  bash tests/deb/install.sh "$deb"
else
  sudo bash tests/deb/install.sh "$deb"  # chroot and mounts need root
fi

echo "==> The Windows build: cross-built from Debian's source packages (the dependencies once, kept in ~/.cache/mingle/windows), then tested under Wine against this build"
zip=$(scripts/build-windows.sh | tail -n1)
bash tests/windows/wine.sh "$zip" build/bin/mingle

echo "==> Building the core with AddressSanitizer + UndefinedBehaviorSanitizer and the fuzz targets (./build-asan, clang)"
if ! grep -q "MINGLE_FUZZ:BOOL=ON" build-asan/CMakeCache.txt 2>/dev/null; then
  rm -rf build-asan  # an older gcc build-asan: the preset now builds with clang
  cmake --preset asan
fi
cmake --build build-asan -j "$jobs"
echo "==> Running the core tests under the sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
echo "==> Fuzzing each target for 10 seconds (MINGLE_FUZZ_SECONDS; longer runs by hand: scripts/fuzz.sh TARGET SECONDS)"
scripts/fuzz.sh all "${MINGLE_FUZZ_SECONDS:-10}"
echo "==> All tests passed."
