#!/usr/bin/env bash
# The end of a campaign in the window: play both evenings of a small campaign with the keyboard,
# go through the last weeks after, and see the season in review (not the title) before going
# back to the title. The results file carries the same review as 'season'.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/two-evenings"
RESULTS="$WORK/results.json"

start_game --scenario "$FIXTURE" --seed 11 --results "$RESULTS"
key Return                                   # past the briefing
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.4
key e; key 1; key 1                          # Dana: hello, the survey trick
key Return   # closes the ended conversation's panel if it is up, and does only that
key Escape; key Down; key Down; key Return; key Return   # pause, end this event, yes
sleep 0.5
key Return                                   # debrief -> the month after
sleep 0.5
key Return                                   # on to the second evening
sleep 0.8
key Return                                   # past the briefing
key Return   # closes the ended conversation's panel if it is up, and does only that
key Escape; key Down; key Down; key Return; key Return   # end the second evening at once
sleep 0.5
key Return                                   # debrief -> the weeks after
sleep 0.5
shot after
key Return                                   # finish
sleep 0.8
shot season
n=$(differing_pixels after season)
[ "${n:-0}" -gt 20000 ] || fail "Return after the last weeks did not open the season in review (${n:-0} pixels changed)"
python3 - "$RESULTS" <<'PY' || fail "the results do not carry the finished season"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["season"]
assert r["stopped_because"] == "finished", r["stopped_because"]
assert s["complete"] and s["events_played"] == 2, s
assert len(s["take_away"]) == 3, s["take_away"]
dana = [p for p in s["people"] if p["id"] == "dana"][0]
assert dana["by_event"][0] == "acquaintance", dana
PY
pass "the last weeks lead to the season in review, and the results carry it"

key Return                                   # season -> the title
sleep 0.8
shot title
n=$(differing_pixels season title)
[ "${n:-0}" -gt 20000 ] || fail "Return on the season in review did not go back to the title (${n:-0} pixels changed)"
pass "Return on the season in review goes back to the title"
kill -TERM "$GAME_PID"; wait_exit 10
