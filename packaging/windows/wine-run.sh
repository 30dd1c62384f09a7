#!/usr/bin/env bash
# Runs a Windows program under Wine in Mingle's own Wine prefix (made on first use, which takes
# some seconds; kept under ~/.cache/mingle/windows/wineprefix), with Wine's debug chatter off.
# The cross-build's CMAKE_CROSSCOMPILING_EMULATOR, so ctest runs the Windows test programs.
set -euo pipefail
export WINEPREFIX=${WINEPREFIX:-${MINGLE_CACHE:-$HOME/.cache/mingle}/windows/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}  # no Mono or Gecko installer prompts
exec wine "$@"
