#!/usr/bin/env bash
# Words for people in the window too: the golden campaign (tests/play/campaign-golden), played
# in the terminal for its results, is replayed in the window with MINGLE_TEXT_LOG set, and every
# text the window drew is searched for words meant for the program (an author's hyphenated id,
# a person's lowercase id, a phase name) by program_words.py.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CASE="$ROOT/tests/play/campaign-golden"
"$GAME" play --text "$ROOT/dialogues" --seed "$(cat "$CASE/seed")" --script "$CASE/script.txt" \
  --results "$WORK/golden.json" >"$WORK/terminal.txt" 2>&1 || fail "the golden campaign did not play in the terminal"

export MINGLE_TEXT_LOG="$WORK/window-text.log"
start_game --replay "$WORK/golden.json" --replay-speed 64
wait_replay_done
sleep 0.5
key Escape
for _ in $(seq 1 50); do kill -0 "$GAME_PID" 2>/dev/null || break; sleep 0.1; done
[ -s "$MINGLE_TEXT_LOG" ] || fail "the window wrote no text log"
grep -q "Debrief" "$MINGLE_TEXT_LOG" || fail "the text log never shows a debrief"
python3 "$(dirname "$0")/program_words.py" "$ROOT/dialogues" "$MINGLE_TEXT_LOG" || fail "the window shows words meant for the program"
pass "the window's text for the whole golden campaign has no ids or phase names"
