#!/bin/sh
# Measures `mingle check` on the malformed corpus: every file in tests/check/malformed plus a
# few large generated ones, each swapped in turn into a copy of tests/check/example as
# event.yaml, room.yaml, people.yaml and a conversation. Prints the slowest run and the largest
# peak memory, and fails if any run does not exit 1 with a diagnostic naming the swapped file
# and a line. A benchmark, not a ctest test: timings belong here, not in assertions.
# Usage: tests/check/measure_malformed.sh [path/to/mingle]   (default build/bin/mingle)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
mingle=$(realpath "${1:-$here/build/bin/mingle}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir gen
python3 - <<'PY'
import random
open("gen/huge-5MiB.yaml", "w").write("a" * 5 * 1024 * 1024)
s = ""
while len(s) < 1000 * 1024:
    s += "- { id: p, name: x, traits: [bussy] }\n"
open("gen/same-id-1MiB.yaml", "w").write(s)
open("gen/deep-100k.yaml", "w").write("[" * 100000)
open("gen/deep-map-50k.yaml", "w").write("{a: " * 50000)
r = random.Random(1)
open("gen/random-64KiB.yaml", "wb").write(bytes(r.randrange(256) for _ in range(65536)))
s, i = "person: grace\nnodes:\n", 0
while len(s) < 1000 * 1024:
    s, i = s + f"  n{i}:\n    say: hi\n    next: m{i}\n", i + 1
open("gen/broken-nodes-1MiB.yaml", "w").write(s)
s = "person: grace\nnodes:\n  hello:\n    say: hi\n    choices:\n"
while len(s) < 1000 * 1024:
    s += ('      - { id: same, text: t, if: "regard > 1 and rapport > 2 and time_left > 3'
          ' and familiarity > 4", end: parted-well }\n')
open("gen/conditions-1MiB.yaml", "w").write(s)
PY
runs=0 failures=0 max_t=0 max_m=0 worst_t= worst_m=
for f in "$here"/tests/check/malformed/* gen/*; do
  for target in event.yaml room.yaml people.yaml dialogues/grace.yaml; do
    rm -rf s && cp -r "$here/tests/check/example" s && cp "$f" "s/$target"
    rc=0
    /usr/bin/time -f "%e %M" -o t.txt "$mingle" check s >out.txt 2>/dev/null || rc=$?
    set -- $(tail -n 1 t.txt)
    runs=$((runs + 1))
    if [ "$rc" -ne 1 ] || ! grep -q "^s/$target:[0-9]" out.txt; then
      echo "FAIL: $(basename "$f") as $target (exit $rc)"; failures=$((failures + 1))
    fi
    if awk "BEGIN { exit !($1 > $max_t) }"; then max_t=$1 worst_t="$(basename "$f") as $target"; fi
    if [ "$2" -gt "$max_m" ]; then max_m=$2 worst_m="$(basename "$f") as $target"; fi
  done
done
echo "$runs runs, $failures failures"
echo "slowest: ${max_t} s ($worst_t)"
echo "largest peak RSS: ${max_m} KiB ($worst_m)"
[ "$failures" -eq 0 ]
