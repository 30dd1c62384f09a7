#!/usr/bin/env bash
# Installs the Debian 12 packages Mingle needs, and only those that are missing.
#   scripts/install-deps.sh run     what building and playing need
#   scripts/install-deps.sh deb     that, plus what making the Debian package needs (build-deb.sh)
#   scripts/install-deps.sh windows that, plus the Windows cross-compiler and Wine (build-windows.sh)
#   scripts/install-deps.sh test    all of that but Windows, plus what the test suite needs
#   scripts/install-deps.sh bench   what building needs, plus what scripts/bench.sh measures with
# Works as root or through sudo. Idempotent: with everything present it installs nothing.
set -euo pipefail

what=${1:-run}
run_pkgs=(g++ cmake ninja-build pkg-config
          libsfml-dev libx11-dev libimgui-dev libopenal-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev
          libcurl4-openssl-dev fonts-dejavu-core libgl1-mesa-dri ccache)
# help2man writes the man page from --help; dpkg-dev (dpkg-shlibdeps) and file give CPack the
# package's Depends; the desktop entry and AppStream metadata are validated before packing;
# debootstrap makes the clean Debian 12 root the package is installed into (tests/deb).
deb_pkgs=(help2man dpkg-dev file desktop-file-utils appstream debootstrap)
# The Windows build: Debian's mingw-w64 (posix threads), dpkg-source to unpack Debian's source
# packages of the dependencies, Wine to run the result, zip to pack it (and unzip to test it).
# PulseAudio (a server with a null sink, and parecord) lets tests/sound hear the game's sounds
# with no sound card, from the Linux build and from the Windows build under Wine.
windows_pkgs=(g++-mingw-w64-x86-64-posix dpkg-dev wine wine64 zip unzip pulseaudio pulseaudio-utils)
# clang and its runtime build the fuzzers; clang-tools-14's clang-query checks that front-ends
# read a run only through the core's views (tests/layers/run_state_reads.py); graphviz draws
# `mingle graph --svg`; nodejs and npm run the test LRS (tests/lrs); chromium loads the HTML report;
# pulseaudio and pulseaudio-utils let tests/sound record what the game plays.
test_pkgs=(doctest-dev xvfb xauth xdotool imagemagick python3 python3-yaml python3-jsonschema
           clang libclang-rt-14-dev clang-tools-14 graphviz nodejs npm chromium pulseaudio pulseaudio-utils)
# The benchmarks (scripts/bench.sh): GNU time for peak memory, and Spin, whose book example is
# timed beside the explorer.
bench_pkgs=(time spin)

case "$what" in
  run) wanted=("${run_pkgs[@]}") ;;
  deb) wanted=("${run_pkgs[@]}" "${deb_pkgs[@]}") ;;
  windows) wanted=("${run_pkgs[@]}" "${windows_pkgs[@]}") ;;
  test) wanted=("${run_pkgs[@]}" "${deb_pkgs[@]}" "${test_pkgs[@]}") ;;
  bench) wanted=("${run_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "install-deps: say 'run', 'deb', 'windows', 'test' or 'bench', not '$what'" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  # A Node.js installed another way (its own npm included) serves as well as Debian's: Debian's
  # npm package would conflict with it.
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done

# The test suite's npm tools (tests/tools/package.json: the YAML language server), installed
# into tests/tools/node_modules once, as whoever runs this script.
npm_tools() {
  [ "$what" = test ] || return 0
  local tools
  tools="$(cd "$(dirname "$0")/.." && pwd)/tests/tools"
  [ -x "$tools/node_modules/.bin/yaml-language-server" ] && return 0
  echo "==> Installing the test tools from npm into tests/tools/node_modules"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "==> All ${#wanted[@]} packages Mingle needs are installed."
  npm_tools
  exit 0
fi

echo "==> Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: these packages are missing and I am not root and there is no sudo:" >&2
  echo "  ${missing[*]}" >&2
  echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "==> Installed: ${missing[*]}"
npm_tools
