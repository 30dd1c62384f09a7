#!/usr/bin/env bash
# The debrief's default view fits the 1280x720 window: at the golden campaign's first and last
# events, the moments that mattered (three that went well, the rest that could have gone
# better) need no scrolling at UI scale 1 (the game's MINGLE_DEBRIEF_LOG gives the moments'
# height and the page's); A opens the expander with everything else.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CASE="$ROOT/tests/play/campaign-golden"
export MINGLE_DEBRIEF_LOG=1

# save_before_end N OUT: the golden run up to the Nth event's 'end', saved by the terminal.
save_before_end() {
  local n=$1 out=$2 line
  line=$(grep -n '^end$' "$CASE/script.txt" | sed -n "${n}p" | cut -d: -f1)
  { head -n $((line - 1)) "$CASE/script.txt"; echo "save $out"; } >"$WORK/pre.txt"
  "$GAME" play --text "$ROOT/dialogues" --script "$WORK/pre.txt" >/dev/null
  [ -f "$out" ] || fail "the terminal did not save before event $n's end"
}

for n in 1 4; do
  save_before_end "$n" "$WORK/event$n.yaml"
  start_game --load "$WORK/event$n.yaml"
  window_of_size 1280x720 || fail "the window is not 1280x720"
  key Return   # closes the ended conversation's panel if it is up, and does only that
  key Escape; key Down; key Down; key Return; key Return   # pause, end this event, yes
  sleep 1
  still_shot "debrief$n"
  line=$(grep "^debrief-layout: event $n," "$WORK/game.log" | tail -n1)
  [ -n "$line" ] || fail "no debrief layout logged for event $n: $(tail -n3 "$WORK/game.log")"
  read -r used avail < <(sed -E 's/.*moments ([0-9]+) of ([0-9]+) px.*/\1 \2/' <<<"$line")
  [ "$used" -le "$avail" ] || fail "event $n: the moments need $used px, the page has $avail"
  grep -q ", 3 well" <<<"$line" || fail "event $n: not three moments that went well: $line"
  pass "event $n: the moments fit the 1280x720 page ($used of $avail px)"
  if [ "$n" = 4 ]; then
    key a
    still_shot "debrief$n-all"
    d=$(differing_pixels "debrief$n" "debrief$n-all")
    [ "${d:-0}" -gt 3000 ] || fail "A did not open the rest of the debrief (${d:-0} pixels changed)"
    pass "A opens the rest of the debrief ($d pixels changed)"
  fi
  kill "$GAME_PID"; wait "$GAME_PID" 2>/dev/null || true; GAME_PID=""
done
