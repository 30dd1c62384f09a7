#!/usr/bin/env bash
# A campaign in the window: finish the first evening, read its debrief, go through the
# follow-up phase with the keyboard, and walk into the second evening, where the person met
# before is a familiar face.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/two-evenings"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
RESULTS="$WORK/results.json"

start_game --scenario "$FIXTURE" --seed 11 --results "$RESULTS"
key Return                                   # past the briefing
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.4
key e; key 1; key 1                          # Dana: hello, the survey trick
key Return   # closes the ended conversation's panel if it is up, and does only that
key Escape; key Down; key Down; key Return; key Return   # pause, end this event, yes
sleep 0.5
shot debrief
grep -Eq '^event: "?first"?$' "$SAVE" || fail "the save is not at the first event"
key Return                                   # debrief -> the month after
sleep 0.5
shot after
n=$(differing_pixels debrief after)
[ "${n:-0}" -gt 20000 ] || fail "Return on the debrief did not open the follow-up phase (${n:-0} pixels changed)"
pass "the debrief leads to the follow-up phase"

key Return                                   # on to the next event
sleep 0.8
shot second
n=$(differing_pixels after second)
[ "${n:-0}" -gt 20000 ] || fail "Return in the follow-up phase did not open the next event (${n:-0} pixels changed)"
grep -Eq '^event: "?second"?$' "$SAVE" || fail "the save did not move on to the second event: $(grep -n event: "$SAVE" | head -3)"
pass "Return goes on to the second evening, and the save follows"

python3 - "$RESULTS" <<'PY' || fail "the results after the first evening are not right"
import json, sys
r = json.load(open(sys.argv[1]))
dana = [p for p in r["people"] if p["id"] == "dana"][0]
assert dana["stage"] == "acquaintance", dana
assert r["commands"][-1] == "end", r["commands"]
PY
pass "the results were written when the first evening ended"
kill -TERM "$GAME_PID"; wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "SIGTERM in the second evening: exit code $GAME_RC"
python3 - "$RESULTS" <<'PY' || fail "the results after SIGTERM in the second evening are not right"
import json, sys
r = json.load(open(sys.argv[1]))
assert "next" in r["commands"], r["commands"]
PY
pass "leaving in the second evening rewrites the results with the whole campaign so far"
