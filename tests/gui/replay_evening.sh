#!/usr/bin/env bash
# A replay shows the evening (issue 23, point 7). The golden campaign, played in the terminal,
# is replayed in the window with --layout-dump and MINGLE_TEXT_LOG: the player's figure walks
# over to each person the trainee talked to (it used to stay at the door); the debrief goes on
# to the weeks after, whose follow-ups play with their results, and the season's review follows;
# the end is a panel on screen saying the run was played to the end. A second run, stopped in
# the middle of a talk, ends on a panel saying the trainee walked away, where and with whom.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CASE="$ROOT/tests/play/campaign-golden"
"$GAME" play --text "$ROOT/dialogues" --seed "$(cat "$CASE/seed")" --script "$CASE/script.txt" --player "Sam Ito" \
  --results "$WORK/golden.json" >"$WORK/terminal.txt" 2>&1 || fail "the golden campaign did not play in the terminal"
# The same run, its commands running out in the middle of the talk with Rafael (event 2).
sed -n '1,/^talk rafael$/p' "$CASE/script.txt" >"$WORK/part.txt"
echo "choose 1" >>"$WORK/part.txt"
"$GAME" play --text "$ROOT/dialogues" --seed "$(cat "$CASE/seed")" --script "$WORK/part.txt" --player "Sam Ito" \
  --results "$WORK/part.json" >"$WORK/terminal-part.txt" 2>&1 || fail "the shorter run did not play in the terminal"

replay() {  # replay NAME: replays $WORK/NAME.json to its end, logs in $WORK/NAME.*, then Esc
  export MINGLE_TEXT_LOG="$WORK/$1.text"
  start_game --replay "$WORK/$1.json" --replay-speed 16 --layout-dump "$WORK/$1.layout" --results "$WORK/$1-again.json"
  wait_replay_done
  sleep 1
  shot "$1-end"
  key Return  # hides the ending, to look at the screen behind
  shot "$1-behind"
  key Return
  shot "$1-end-again"
  key Escape
  wait_exit 10
  cp "$WORK/game.log" "$WORK/$1.log"
  cmp -s "$WORK/$1.json" "$WORK/$1-again.json" || fail "the replay of $1 wrote a different results file"
}

replay golden
grep -q "the replay is done (119 commands): finished. All 4 events" "$WORK/golden.log" ||
  fail "the terminal is not told the run finished: $(tail -n 3 "$WORK/golden.log")"
python3 - "$WORK/golden.json" "$WORK/golden.layout" "$WORK/golden.text" <<'PY' || fail "the golden replay does not show the evening"
import json, math, sys
results, layout, text = sys.argv[1:]
talked = {c.split()[1] for c in json.load(open(results))["commands"] if c.startswith("talk ")}
# The figure near each person talked to: centres within 1.5 figure heights in some frame (the
# layout dump is in window pixels, and the camera moves, so both are measured in one frame).
nearest, at_start = {}, {}
for line in open(layout):
    rects = json.loads(line)["rects"]
    player = next((r for r in rects if r["kind"] == "player"), None)
    if not player:
        continue
    centre = lambda r: (r["x"] + r["w"] / 2, r["y"] + r["h"] / 2)
    for r in rects:
        if r["kind"] == "figure" and r["text"] in talked:
            d = math.dist(centre(player), centre(r)) / player["h"]
            nearest[r["text"]] = min(nearest.get(r["text"], 1e9), d)
            at_start.setdefault(r["text"], d)
far = {p: round(nearest.get(p, 1e9), 2) for p in talked if nearest.get(p, 1e9) > 1.5}
if far:
    sys.exit(f"the figure never came near {far} (in figure heights; {len(talked)} people talked to)")
if sum(1 for p in talked if at_start.get(p, 0) > 3) < len(talked) // 2:
    sys.exit("most people talked to were already beside the figure when first seen: the test proves nothing")
print(f"the figure walked to all {len(talked)} people talked to")
# The screens between events and the season's review, in the order the run had them.
log = open(text).read()
def at(words, start=0):
    i = log.find(words, start)
    if i < 0:
        sys.exit(f"the window never showed '{words}'")
    return i
first_debrief = at("Debrief: Members' Evening")
weeks = at("Follow-ups you agreed", first_debrief)
at("You follow up with Grace Mbeki", weeks)  # a follow-up played, its result shown
season = at("The season in review", weeks)
end = at("How Sam Ito's run ended", season)
at("Played to the end", end)
at("All 4 events of A Conference Season", end)
PY
# Every character the whole evening drew has a glyph in the window's font (a missing one shows
# as '?': the season's arrows did): the ranges as game/app/platform/imgui_sfml.cpp loads them.
python3 - "$ROOT/game/app/platform/imgui_sfml.cpp" "$WORK/golden.text" <<'PY' || fail "the window draws characters its font lacks"
import re, sys
source, text = sys.argv[1:]
numbers = [int(n, 16) for n in re.search(r"kRanges\[\] = \{([^}]*)\}", open(source).read()).group(1).split(",")[:-1]]
ranges = list(zip(numbers[::2], numbers[1::2]))
missing = sorted({c for c in open(text, encoding="utf-8").read() if c != "\n" and not any(a <= ord(c) <= b for a, b in ranges)})
if missing:
    sys.exit("no glyph for " + ", ".join(f"U+{ord(c):04X} ({c})" for c in missing))
PY
# The ending is drawn in the window, not only logged: over the (still) season page, Return takes
# it away and brings it back.
middle=600x150+340+290
hidden=$(differing_pixels golden-end golden-behind "$middle")
again=$(differing_pixels golden-end golden-end-again "$middle")
[ "$hidden" -gt 10000 ] && [ "$again" -lt 2000 ] ||
  fail "the ending is not drawn in the middle of the window ($hidden pixels change when hidden, $again when shown again)"

replay part
grep -q "the replay is done ([0-9]* commands): walked away. During event 2 of 4" "$WORK/part.log" ||
  fail "the terminal is not told the run walked away in event 2: $(tail -n 3 "$WORK/part.log")"
for words in "How Sam Ito's run ended" "Walked away part-way" "in the middle of a talk with Rafael Mendes" \
  "typed or scripted commands ended there"; do
  grep -qF "$words" "$WORK/part.text" || fail "the end of the shorter run does not say '$words'"
done
grep -q "The season in review" "$WORK/part.text" && fail "a run that stopped in event 2 shows the season's review"
pass "a replay walks the figure to each person, plays the weeks after and the season, and shows how the run ended"
