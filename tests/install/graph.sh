#!/usr/bin/env bash
# mingle graph: its DOT is read by Graphviz's dot without complaint (the whole bundled campaign
# and the frozen example), it says what lines and choices do and marks hidden choices, --svg draws a file, --path draws a player's route in bold, and a
# conversation that does not exist is a usage mistake.
set -uo pipefail
game=${1:?usage: graph.sh PATH-TO-MINGLE SOURCE-DIR}
src=${2:?usage: graph.sh PATH-TO-MINGLE SOURCE-DIR}
fail() { echo "FAIL: $*"; exit 1; }
command -v dot >/dev/null || fail "Graphviz's dot is missing: scripts/install-deps.sh test installs it"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for s in "$src/dialogues" "$src/tests/check/example"; do
  "$game" graph "$s" > "$tmp/g.dot" || fail "mingle graph $s exited $?"
  dot -Tsvg "$tmp/g.dot" > "$tmp/g.svg" 2> "$tmp/err" || fail "dot rejected the graph of $s: $(cat "$tmp/err")"
  [ ! -s "$tmp/err" ] || fail "dot warned about the graph of $s: $(cat "$tmp/err")"
done
nodes=$(grep -c '^    "e1/grace/[a-z-]*" \[label=' <("$game" graph "$src/tests/check/example" --dialogue grace))
want=$(grep -c '^  [a-z-]*:$' "$src/tests/check/example/dialogues/grace.yaml")
[ "$nodes" -eq "$want" ] || fail "grace's graph has $nodes nodes, her file $want"

# What lines and choices do, and which choices stay hidden until they open.
grace=$("$game" graph "$src/tests/check/example" --dialogue grace)
for does in "gives win-back-ideas" "teaches grace-fixed-renewals" "introduces owen"; do
  grep -q "$does" <<<"$grace" || fail "grace's graph does not say '$does'"
done
"$game" graph "$src/dialogues" --dialogue amara-reception | grep -- '-> "e2/amara-reception/rota-tip"' | grep -q 'hidden until open' ||
  fail "amara's hidden choice 'know-lucia' is not marked as hidden until open"

# A route: three choices, the last an ask that is accepted with this seed.
printf 'talk grace\nchoose 1\nchoose 2\nchoose 2\nend\nnext\n' |
  "$game" play --text "$src/tests/check/example" --seed 1 --results "$tmp/r.json" > /dev/null || fail "play failed"
"$game" graph "$src/tests/check/example" --dialogue grace --path "$tmp/r.json" > "$tmp/route.dot" || fail "graph --path failed"
bold=$(grep -c 'penwidth=2.5' "$tmp/route.dot")
[ "$bold" -ge 4 ] || fail "the route drew $bold bold marks, expected the start and three choices at least"
grep -q 'introduce-yourself\|hello" -> "e1/grace/new-here" \[label="Tell her your name.*penwidth=2.5' "$tmp/route.dot" ||
  fail "the first choice of the route is not bold"

"$game" graph "$src/tests/check/example" --svg "$tmp/out.svg" || fail "--svg exited $?"
grep -q '<svg' "$tmp/out.svg" || fail "--svg wrote no SVG"
"$game" graph "$src/tests/check/example" --dialogue nobody > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "an unknown conversation exited $rc, not 2"
# No temporary file is left behind, and a dot that hangs is stopped with a sentence.
export TMPDIR="$tmp/own-tmp"; mkdir -p "$TMPDIR"
"$game" graph "$src/tests/check/example" --svg "$tmp/again.svg" || fail "--svg exited $?"
[ -z "$(ls -A "$TMPDIR")" ] || fail "--svg left files in TMPDIR: $(ls -A "$TMPDIR")"
mkdir -p "$tmp/slow-bin"
printf '#!/bin/sh\nexec sleep 600\n' > "$tmp/slow-bin/dot"; chmod +x "$tmp/slow-bin/dot"
start=$(date +%s)
PATH="$tmp/slow-bin:$PATH" MINGLE_DOT_SECONDS=1 "$game" graph "$src/tests/check/example" --svg "$tmp/slow.svg" \
  2> "$tmp/slow.err"; rc=$?
[ $rc -eq 1 ] && grep -q "took longer than 1 second and was stopped" "$tmp/slow.err" ||
  fail "a hanging dot: exit $rc, $(cat "$tmp/slow.err")"
[ $(( $(date +%s) - start )) -lt 30 ] || fail "a hanging dot was not stopped"
[ ! -e "$tmp/slow.svg" ] || fail "a stopped dot still wrote an SVG"
echo "ok: graphs parse with dot, show effects and hidden choices, --svg draws (no temp file, a hanging dot is stopped), --path highlights the route"
