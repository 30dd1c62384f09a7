#!/usr/bin/env bash
# Makes the Debian package: build-deb/mingle_VERSION_amd64.deb, with the game in /usr/bin, its
# content and schemas in /usr/share/mingle, a menu entry, the icon (drawn by our code), AppStream
# metadata and a man page, and Depends worked out by dpkg-shlibdeps. Prints the package's path
# on its last line. Builds in ./build-deb (once configured, a rebuild is incremental, and ccache
# shares its objects with ./build). Install it with: sudo apt install ./build-deb/mingle_*.deb
# tests/deb/install.sh installs it into a clean Debian 12 root and plays it there.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh deb >&2
if [ ! -f build-deb/build.ninja ]; then
  echo "==> Configuring the package build in ./build-deb" >&2
  # RelWithDebInfo like ./build, so ccache serves both; CPack strips the binary.
  cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
        -DMINGLE_BUILD_TESTS=OFF -DMINGLE_PACKAGE=ON >&2
fi
echo "==> Building the game, its icon and man page with $jobs jobs" >&2
cmake --build build-deb -j "$jobs" >&2

echo "==> Checking the menu entry and the AppStream metadata" >&2
desktop-file-validate packaging/mingle.desktop >&2
appstreamcli validate --no-net build-deb/packaging/org.mingle.Mingle.metainfo.xml >&2

echo "==> Packing" >&2
rm -f build-deb/mingle_*.deb
(cd build-deb && cpack -G DEB >&2)
deb=$(ls build-deb/mingle_*_amd64.deb)
echo "==> Made $deb: $(dpkg-deb -f "$deb" Depends)" >&2
echo "$(pwd)/$deb"
