#!/usr/bin/env bash
# Reach whoever you see (issue 22): from the door, nobody is within talking distance, but the
# group by the door is a few steps away; E walks the player over (into the group's ring, which
# makes room) and the talk starts on arrival. Then Tab picks Rafael, behind the long counter,
# and E walks round the counter to him; in his Invite... list, Down and Return ask for a coffee.
source "$(dirname "$0")/lib.sh"
gui_begin "$@"
FIXTURE="$(cd "$(dirname "$0")" && pwd)/fixtures/room-walk"
SAVE="$XDG_DATA_HOME/mingle/save.yaml"
last_talk() { grep -o "talk [a-z]*" "$SAVE" 2>/dev/null | tail -n1 | cut -d' ' -f2; }

start_game --scenario "$FIXTURE" --seed 5
key Return   # past the briefing
sleep 0.5
xdotool mousemove --window "$WID" 1200 120   # the pointer away from everyone (no hover)
key e
for _ in $(seq 1 40); do [ -n "$(last_talk)" ] && break; sleep 0.25; done
first=$(last_talk)
case "$first" in ana|ben|cleo) ;; *) fail "E three metres from the group did not walk over and talk: '$first'" ;; esac
pass "E from a few steps away walks over to the nearest ($first) and talks"

key Escape   # step away
key Escape   # close the ended conversation's panel
before=$(grep -c "talk " "$SAVE")
# Tab goes round everyone within reach, nearest first: Tab and E until the talk is with Rafael
# (the farthest), stepping away from anyone else on the way.
for _ in 1 2 3 4; do
  key Tab
  key e
  for _ in $(seq 1 40); do [ "$(grep -c "talk " "$SAVE")" -gt "$before" ] && break; sleep 0.25; done
  [ "$(last_talk)" = rafael ] && break
  before=$(grep -c "talk " "$SAVE")
  key Escape; key Escape
done
[ "$(last_talk)" = rafael ] || fail "Tab and E never reached Rafael behind the counter: $(grep -o 'talk [a-z]*' "$SAVE" | tr '\n' ' ')"
pass "Tab picks Rafael behind the counter, and E walks round it and talks"

# One key, one action in a list: V opens Invite..., Return with nothing chosen picks nothing,
# Down chooses the first option (Coffee) and Return asks it.
key v
key Return
grep -q "invite rafael" "$SAVE" && fail "Return picked an invitation before any was chosen"
key Down
key Return
for _ in $(seq 1 20); do grep -q "invite rafael coffee" "$SAVE" && break; sleep 0.25; done
grep -q "invite rafael coffee" "$SAVE" || fail "Down and Return in Invite... did not ask Rafael for a coffee"
pass "in Invite..., Down and Return ask for a coffee; Return alone picks nothing"

# The conversation's choices the same way: Return alone chooses nothing, Down then Return the first.
before=$(grep -c "choose " "$SAVE" || true)
key Return
[ "$(grep -c "choose " "$SAVE" || true)" = "$before" ] || fail "Return chose before any choice was selected"
key Down
key Return
for _ in $(seq 1 20); do [ "$(grep -c "choose 1" "$SAVE" || true)" -gt 0 ] && break; sleep 0.25; done
grep -q "choose 1" "$SAVE" || fail "Down and Return did not choose the first answer: $(grep -A12 commands "$SAVE")"
pass "in a conversation, Down and Return choose; Return alone chooses nothing"
kill -TERM "$GAME_PID"; wait_exit 10
