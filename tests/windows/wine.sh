#!/usr/bin/env bash
# The Windows build under Wine, against the Linux build: the zip's mingle.exe checks the bundled
# content and gives the same `mingle check` output as Linux for the check cases, plays the golden campaign in the terminal with the same
# transcript as tests/play/campaign-golden and a results file byte-identical to the Linux
# build's (but for the scenario's folder, which names each system's own path), and opens its
# window under Xvfb, where the GUI tests drive it as they drive the Linux window: the title
# screen, and a scripted walk-and-talk that writes its results; its sounds reach a sound device
# (tests/sound/plays.sh); and a workshop run reaches the test LRS (workshop_lrs.py).
#   tests/windows/wine.sh build-windows/mingle-VERSION-windows-x64.zip build/bin/mingle
set -euo pipefail
zip=$(realpath "${1:?usage: wine.sh MINGLE-WINDOWS.zip LINUX-MINGLE}")
linux=$(realpath "${2:?usage: wine.sh MINGLE-WINDOWS.zip LINUX-MINGLE}")
here=$(cd "$(dirname "$0")" && pwd)
tests=$(cd "$here/.." && pwd)
wine_run=$(cd "$tests/../packaging/windows" && pwd)/wine-run.sh
fail() { echo "FAIL: $*"; exit 1; }
pass() { echo "ok: $*"; }

export WINEPREFIX=${WINEPREFIX:-${MINGLE_CACHE:-$HOME/.cache/mingle}/windows/wineprefix}
# A Wine session keeps the X display its first window opened on: each part below starts from
# no session (wineserver -k ends this prefix's programs), and none is left behind.
end_wine() { wineserver -k 2>/dev/null || true; wineserver -w 2>/dev/null || true; }
work=$(mktemp -d)
trap 'end_wine; rm -rf "$work"' EXIT
end_wine
(cd "$work" && unzip -q "$zip")
dir=$(ls -d "$work"/mingle-*-windows-x64)
exe=$dir/mingle.exe
win() { "$wine_run" "$exe" "$@"; }
unix_text() { tr -d '\r'; }  # Windows' console writes CRLF

# One Wine server for the whole run (it stays 60 s after the last program), so each of the many
# short runs below starts in a fraction of a second.
wineserver -p 60 2>/dev/null || true
start=$(date +%s)
win --version | tr -d '\r' | grep -q '^mingle ' || fail "mingle.exe --version did not answer"
pass "mingle.exe runs under Wine ($(( $(date +%s) - start )) s, the first run makes Wine's prefix)"
found=$(win --print-data-dir | tr -d '\r')
[ "$(winepath -u "$found" 2>/dev/null)" = "$dir" ] || [ "$(winepath -u "$found" 2>/dev/null)" = "$dir/" ] ||
  fail "mingle.exe looks for its data in '$found', not beside itself ($dir)"
pass "mingle.exe finds its data beside itself ($found)"
out=$(cd "$dir" && win check dialogues 2>&1) || { echo "$out"; fail "mingle.exe check failed on the bundled content"; }
pass "mingle.exe check passes the bundled content"

# Every check case, as Linux gives it. Left to the core's test: cases needing a smaller size
# limit, and those about symbolic links (Wine shows a Linux link to a Windows program as the
# file it points to; Windows users meet links rarely, and then as shortcuts Mingle never follows).
n=0
for case in "$tests"/check/cases/*/; do
  grep -q '^# max-file-bytes:' "$case/expected.txt" && continue
  [ -n "$(find "$case" -type l | head -1)" ] && continue
  target=$(sed -n 's/^# path: //p' "$case/expected.txt")
  target=${target:-.}
  lin=$(cd "$case" && "$linux" check "$target" 2>&1; echo "exit $?")
  w=$(cd "$case" && win check "$target" 2>&1 | unix_text; echo "exit ${PIPESTATUS[0]}")
  [ "$lin" = "$w" ] || { diff <(echo "$lin") <(echo "$w") | head -20; fail "check case $(basename "$case") differs on Windows"; }
  n=$((n + 1))
done
pass "mingle.exe check gives Linux's output for $n check cases"

# The golden campaign in the terminal. Paths are given as a Windows user types them (CLI11
# reads a word starting with / as a Windows-style option there).
golden=$tests/play/campaign-golden
seed=$(cat "$golden/seed")
win_results=$(winepath -w "$work/win.json" 2>/dev/null)
(cd "$work" && win play --text "$(winepath -w "$dir/dialogues" 2>/dev/null)" --seed "$seed" --script "$(winepath -w "$golden/script.txt" 2>/dev/null)" \
   --results "$win_results" | unix_text >"$work/win.txt") || fail "mingle.exe play --text did not finish the campaign"
transcript=$(cat "$work/win.txt"; echo x)
transcript=${transcript%x}
printf '%s' "${transcript//"$win_results"/RESULTS}" >"$work/win.txt"
if ! cmp -s "$golden/transcript.txt" "$work/win.txt"; then
  diff -u "$golden/transcript.txt" "$work/win.txt" | head -30
  fail "the Windows transcript differs from tests/play/campaign-golden/transcript.txt"
fi
"$linux" play --text "$tests/../dialogues" --seed "$seed" --script "$golden/script.txt" --results "$work/linux.json" >/dev/null
folderless() { grep -v '^    "folder": ' "$1"; }
cmp -s <(folderless "$work/linux.json") <(folderless "$work/win.json") ||
  { diff <(folderless "$work/linux.json") <(folderless "$work/win.json") | head -20; fail "the results files differ"; }
pass "the golden campaign plays the same on Windows: transcript as tests/play says, results file identical"

# The window: the Linux GUI tests drive mingle.exe through a wrapper. Their files live under
# /tmp, which Windows programs under Wine see on drive Z:; paths and the XDG folders the tests
# set are given to the game as Windows paths (Z:\tmp\...), as a Windows user's would be.
wrapper=$work/mingle-under-wine
cat >"$wrapper" <<WRAP
#!/usr/bin/env bash
for v in XDG_CONFIG_HOME XDG_DATA_HOME; do
  [ -n "\${!v:-}" ] && export "\$v=\$(winepath -w "\${!v}" 2>/dev/null)"
done
args=()
for a in "\$@"; do
  case "\$a" in /*) args+=("\$(winepath -w "\$a" 2>/dev/null)") ;; *) args+=("\$a") ;; esac
done
# Wine's sound driver (PulseAudio's client) reads those Windows-style XDG paths as Unix ones:
# with no XDG_RUNTIME_DIR it would make a folder named Z:\...\config in the current folder.
mkdir -p -m 700 "$work/run" && export XDG_RUNTIME_DIR="$work/run"
# Where a Linux test sends SIGTERM, Windows asks a program to close: taskkill without /f posts
# WM_CLOSE to its windows, as Task Manager's "End task" and a shutdown do.
"$wine_run" "$exe" "\${args[@]}" &
pid=\$!
trap '"$wine_run" taskkill /im mingle.exe >/dev/null 2>&1' TERM
while :; do
  rc=0
  wait "\$pid" || rc=\$?
  kill -0 "\$pid" 2>/dev/null || exit "\$rc"
done
WRAP
chmod +x "$wrapper"
# new_and_continue is left out: xdotool's typed capitals reach a Wine window without Shift
# ("Sam" arrives as "sam"), a limit of the test's keyboard, not of the game.
for t in ${MINGLE_WINE_GUI_TESTS:-title_menu room_play}; do
  end_wine  # a new session for the test's own display
  MINGLE_GUI_START_SECONDS=60 bash "$tests/gui/$t.sh" "$wrapper" >"$work/gui-$t.log" 2>&1 ||
    { cat "$work/gui-$t.log"; fail "mingle.exe's window failed tests/gui/$t.sh"; }
  pass "mingle.exe's window passes tests/gui/$t.sh ($(grep -c '^ok:' "$work/gui-$t.log") checks)"
done

# Its sounds reach a sound device: our mixer through winmm, which Wine hands to a PulseAudio
# server of the test's own (tests/sound/plays.sh records it).
end_wine
bash "$tests/sound/plays.sh" "$wine_run" "$exe" >"$work/sound.log" 2>&1 ||
  { cat "$work/sound.log"; fail "mingle.exe's sounds did not reach the sound device"; }
pass "mingle.exe plays its sounds ($(grep -c '^ok:' "$work/sound.log") checks: $(grep -o 'loudness [0-9]*' "$work/sound.log" | sed -n 2p))"

# A workshop run reaches the test LRS (tests/lrs, on 127.0.0.1) from mingle.exe.
end_wine
python3 "$here/workshop_lrs.py" "$wrapper" "$tests/.." || fail "mingle.exe's workshop run did not reach the LRS"
