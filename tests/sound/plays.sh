#!/usr/bin/env bash
# The game's sounds reach a sound device: `mingle --sound-check` plays into a PulseAudio server
# of this test's own with a null sink (no sound card needed), and a recording of that sink's
# monitor must hold sound where a recording with nothing playing holds silence. With no server
# to talk to, the game must say there is no device and exit 1, not hang or crash.
# Works for the Linux build (SFML audio through OpenAL Soft's PulseAudio backend) and for the
# Windows build under Wine (our mixer through winmm, which Wine hands to PulseAudio):
#   tests/sound/plays.sh build/bin/mingle
#   tests/sound/plays.sh packaging/windows/wine-run.sh path/to/mingle.exe
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: plays.sh COMMAND... (the game, or a wrapper and the game)" >&2; exit 2; }
game=("$@")
fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "ok: $*"; }
for tool in pulseaudio parecord python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh test installs it)"
done

work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -m 700 "$work/run" "$work/home"
export XDG_RUNTIME_DIR=$work/run
socket=$work/run/pulse.sock
# Never start or reach another server: this test's server is the only one.
printf 'autospawn = no\n' >"$work/client.conf"
export PULSE_CLIENTCONFIG=$work/client.conf PULSE_SERVER=unix:$socket

HOME=$work/home pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no \
  --load="module-null-sink sink_name=mingle_test" \
  --load="module-native-protocol-unix socket=$socket auth-anonymous=1" \
  --log-target=file:"$work/pulse.log" &
server=$!
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { cat "$work/pulse.log" >&2; fail "the test's PulseAudio server did not start"; }

# The loudness (RMS of 16-bit samples) of a WAV recording.
loudness() {
  python3 - "$1" <<'PY'
import math, struct, sys, wave
w = wave.open(sys.argv[1])
data = w.readframes(w.getnframes())
s = struct.unpack("<%dh" % (len(data) // 2), data)
print(round(math.sqrt(sum(x * x for x in s) / len(s))) if s else 0)
PY
}
record() {  # record FILE COMMAND...: records the sink while COMMAND runs
  local file=$1; shift
  parecord --device=mingle_test.monitor --file-format=wav "$file" &
  local rec=$!
  sleep 0.5
  local rc=0
  "$@" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
  sleep 0.3
  kill -INT "$rec" 2>/dev/null; wait "$rec" 2>/dev/null || true
  return $rc
}

record "$work/quiet.wav" sleep 2
quiet=$(loudness "$work/quiet.wav")
[ "$quiet" -lt 20 ] || fail "the sink is not silent with nothing playing (loudness $quiet)"
pass "with nothing playing, the recording is silent (loudness $quiet)"

rc=0
record "$work/game.wav" timeout 120 "${game[@]}" --sound-check || rc=$?
[ "$rc" = 0 ] || { cat "$work/err.txt" >&2; fail "--sound-check exited $rc with a sound device there"; }
grep -q "^Played a chime" "$work/out.txt" || fail "--sound-check did not say what it played: $(cat "$work/out.txt")"
loud=$(loudness "$work/game.wav")
[ "$loud" -gt 200 ] || fail "the game said it played, but the recording is nearly silent (loudness $loud)"
pass "the game's chime and murmur reached the sound device (loudness $loud, silence $quiet)"

# No server at all: the game finds no device, says so once, and exits 1.
rc=0
PULSE_SERVER=unix:$work/run/nobody.sock timeout 120 "${game[@]}" --sound-check >"$work/out.txt" 2>"$work/err.txt" || rc=$?
[ "$rc" = 1 ] || fail "with no sound device, --sound-check exited $rc, not 1"
grep -q "no audio device was found" "$work/err.txt" || fail "with no sound device, the game did not say so: $(cat "$work/err.txt")"
pass "with no sound device, the game says so and exits 1"
