# Helpers for the fault tests: run the real `mingle` while things go wrong (kills, full disks,
# signals, cut files, huge lines) and check that nothing is lost and every failure is said.
# Source this from a test script: `source lib.sh "$@"` with the path to mingle as $1.
set -euo pipefail
GAME=${1:?usage: $0 PATH-TO-MINGLE}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CONTENT="$HERE/../play/scenarios/harbour"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The game's sentences are read with grep, one line each: no wrapping at 80 columns (which the
# terminal front-end does when its output is not a terminal and COLUMNS is unset).
export COLUMNS=100000

fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "ok: $*"; }

# play ARGS...: terminal play of the test content, commands on stdin
play() { "$GAME" play --text "$CONTENT" "$@"; }

# loads FILE: the save loads in terminal play (strict: a refused load exits 1)
loads() {
  local out
  out=$(printf 'load %s\nquit\n' "$1" | play --strict 2>&1) || return 1
  grep -q "Loaded $1" <<<"$out"
}

# refused FILE: loading the save is refused with a sentence and exit 1 under --strict
refused_with_sentence() {
  local out rc=0
  out=$(printf 'load %s\nquit\n' "$1" | play --strict 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || return 1
  ! grep -q "Loaded $1" <<<"$out" || return 1
  grep -q "It was not loaded\|isn't a Mingle save\|damaged" <<<"$out"
}

# json FILE EXPR: a Python expression over the results file r
json() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print($2)" "$1"; }
