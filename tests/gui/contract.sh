#!/usr/bin/env bash
# The window shows everything the core says, and ends an event exactly as the terminal does:
# an item received mid-conversation appears in the conversation panel while the talk goes on;
# "End this event" from the pause menu is the core's `end`, so the window's results equal the
# terminal's for the same seed and commands.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/mid-talk"
RESULTS="$WORK/window.json"


start_game --scenario "$FIXTURE" --seed 5 --results "$RESULTS"
key Return   # past the briefing
xdotool keydown --window "$WID" Up; sleep 1.6; xdotool keyup --window "$WID" Up; sleep 0.4
key e
key 1        # ask what she's working on
sleep 0.3
shot before
before=$(count_colour before "$PANEL" $NOTE)   # "You and Dana are acquainted now."
key 1        # ask how she kept it to two questions: she gives you the survey tips
sleep 0.3
shot received
n=$(count_colour received "$PANEL" $NOTE)
[ "${n:-0}" -gt $(( ${before:-0} + 300 )) ] ||
  fail "the item received mid-conversation is not shown in the panel ($n note pixels, $before before)"
pass "an item received mid-conversation is shown in the panel ($n note pixels, $before before) while the talk goes on"

# Close the conversation, then end the event from the pause menu (Down twice to "End this
# event", Return, Return to confirm).
key 1
sleep 0.5
key Return   # closes the ended conversation's panel, and does only that
key Escape
key Down; key Down; key Return; key Return
sleep 0.8
[ -s "$RESULTS" ] || { cat "$WORK/game.log"; fail "ending the event wrote no results file"; }
cp "$RESULTS" "$WORK/window-at-end.json"
kill -TERM "$GAME_PID"; wait_exit 10

# The same seed and commands in the terminal, ended with its own `end`.
python3 - "$WORK/window-at-end.json" > "$WORK/script.txt" <<'PY'
import json, sys
print("\n".join(json.load(open(sys.argv[1]))["commands"]))
PY
grep -qx end "$WORK/script.txt" || fail "the window's pause menu did not send 'end': $(cat "$WORK/script.txt")"
grep -qx leave "$WORK/script.txt" && fail "ending from the pause menu sent 'leave' as well"
"$GAME" play --text "$FIXTURE" --seed 5 --script "$WORK/script.txt" --results "$WORK/terminal.json" >"$WORK/terminal.txt" ||
  fail "the terminal could not replay the window's commands: $(tail -5 "$WORK/terminal.txt")"
python3 - "$WORK/window.json" "$WORK/terminal.json" <<'PY' || fail "the window's results differ from the terminal's"
import json, sys
w, t = (json.load(open(p)) for p in sys.argv[1:3])
# Who played and why the run stopped are the only things allowed to differ.
for r in (w, t):
    for k in ("player", "stopped_because"):
        r.pop(k, None)
diff = [k for k in sorted(set(w) | set(t)) if w.get(k) != t.get(k)]
assert not diff, "differ in: %s\nwindow: %s\nterminal: %s" % (diff, {k: w.get(k) for k in diff}, {k: t.get(k) for k in diff})
PY
pass "ending from the pause menu gives the same results as the terminal's 'end'"
