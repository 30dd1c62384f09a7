#!/usr/bin/env bash
# One save format for both front-ends: a save made in the terminal opens straight in the window
# with `mingle --load FILE` (and the window goes on saving there); a game saved by the window
# loads in the terminal; and both front-ends write the same results file for the same run.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/one-hello"
SAVE="$WORK/from the terminal.yaml"   # a space in the name, on purpose

# The terminal plays two commands and saves, as the player "Pat".
printf 'talk dana\nchoose 1\nsave %s\nquit\n' "$SAVE" >"$WORK/script.txt"
"$GAME" play --text "$FIXTURE" --seed 5 --player Pat --script "$WORK/script.txt" >"$WORK/terminal.txt"
grep -q "Saved to $SAVE" "$WORK/terminal.txt" || fail "the terminal did not save: $(tail -5 "$WORK/terminal.txt")"
cp "$SAVE" "$WORK/terminal-save.yaml"

# The title screen, for comparison.
start_game
shot title
kill -TERM "$GAME_PID"; wait_exit 10

start_game --load "$SAVE" --results "$WORK/window.json"
shot loaded
n=$(differing_pixels title loaded)
[ "${n:-0}" -gt 50000 ] || fail "--load did not open the saved game (${n:-0} pixels differ from the title screen)"
grep -q "mingle:" "$WORK/game.log" && fail "--load complained: $(cat "$WORK/game.log")"
pass "a terminal save opens straight in the window with --load ($n pixels differ from the title)"

kill -TERM "$GAME_PID"; wait_exit 10
[ "$GAME_RC" -eq 0 ] || fail "SIGTERM after --load: exit $GAME_RC"
[ -s "$WORK/window.json" ] || fail "the window wrote no results for the loaded game"
python3 - "$WORK/window.json" <<'PY' || fail "the window's results lost the terminal's run"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["player"]["name"] == "Pat", r["player"]
assert r["commands"] == ["talk dana", "choose 1"], r["commands"]
assert r["seed"] == 5, r["seed"]
PY
pass "the window continues the terminal's run: its commands, seed and player name"

# The reverse: the window saved the game (there, on closing); the terminal loads it and writes
# its results. Apart from why the run stopped, the two results files are the same.
"$GAME" play --text "$FIXTURE" --results "$WORK/terminal.json" --strict <<<"load $SAVE
quit" >"$WORK/terminal2.txt" || fail "the terminal could not load the window's save: $(tail -5 "$WORK/terminal2.txt")"
grep -q "Loaded $SAVE" "$WORK/terminal2.txt" || fail "the terminal did not say it loaded the window's save"
python3 - "$WORK/window.json" "$WORK/terminal.json" <<'PY' || fail "the two front-ends' results differ"
import json, sys
w, t = (json.load(open(p)) for p in sys.argv[1:3])
assert w["stopped_because"] == "the game was asked to stop", w["stopped_because"]
assert t["stopped_because"] == "you quit", t["stopped_because"]
w["stopped_because"] = t["stopped_because"] = None
def shape(v):
    if isinstance(v, dict): return {k: shape(x) for k, x in v.items()}
    if isinstance(v, list): return [shape(x) for x in v]
    return type(v).__name__
assert list(w) == list(t), (list(w), list(t))
assert shape(w) == shape(t)
assert w == t, [k for k in w if w[k] != t[k]]
PY
pass "the window's save loads in the terminal; both write the same results, keys and values"

# A save of the earlier window format (version 1, the terminal's save wrapped with the content
# and the player) still continues in the window.
python3 - "$FIXTURE" "$WORK/old.yaml" "$(cd "$(dirname "$0")/../core/sim/saves" && pwd)" <<'PY'
import sys
fixture, out, saves = sys.argv[1:4]
old = open(saves + "/one-hello-v1-terminal.yaml").read()
open(out, "w").write("mingle_save: 1\ncontent: " + fixture + "\nplayer: Old\nrun: |\n" +
                     "".join("  " + l for l in old.splitlines(True)))
PY
start_game --load "$WORK/old.yaml" --results "$WORK/old.json"
shot old
n=$(differing_pixels title old)
[ "${n:-0}" -gt 50000 ] || fail "an old window save did not open (${n:-0} pixels differ from the title screen)"
kill -TERM "$GAME_PID"; wait_exit 10
python3 - "$WORK/old.json" <<'PY' || fail "the old save's run was not continued: $(cat "$WORK/game.log")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["player"]["name"] == "Old" and r["commands"] == ["talk dana"], (r["player"], r["commands"])
PY
grep -q "^mingle_save: 2" "$WORK/old.yaml" || fail "the window did not save the old game in the new format"
pass "a save of the earlier window format continues in the window, and is saved anew in format 2"
