#!/usr/bin/env bash
# `cmake --install` lays out bin/mingle and share/mingle/{assets,dialogues}, and the installed
# binary finds its data from its own location, whatever the current directory.
set -euo pipefail
build=${1:?usage: layout.sh BUILD-DIR}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

for p in bin/mingle share/mingle/assets share/mingle/dialogues share/mingle/schema/event.json \
         share/mingle/schema/dialogue.json; do
  [ -e "$prefix/$p" ] || { echo "FAIL: $p was not installed"; exit 1; }
done
[ -L "$prefix/share/mingle/assets" ] && { echo "FAIL: assets were installed as a link"; exit 1; }

found=$(cd / && env -u MINGLE_DATA_DIR "$prefix/bin/mingle" --print-data-dir)
[ "$found" = "$(realpath "$prefix/share/mingle")" ] ||
  { echo "FAIL: the installed game looks for its data in '$found'"; exit 1; }
echo "ok: installed under $prefix, data found at $found"

# A new scenario carries a copy of the installed schemas and names it by a relative path, so an
# editor finds them wherever the folder goes.
( cd "$prefix" && env -u MINGLE_DATA_DIR "$prefix/bin/mingle" new starter >/dev/null ) ||
  { echo "FAIL: the installed mingle could not write a starter scenario"; exit 1; }
grep -q "schema=schema/event.json" "$prefix/starter/event.yaml" ||
  { echo "FAIL: the starter names $(head -1 "$prefix/starter/event.yaml")"; exit 1; }
cmp -s "$prefix/starter/schema/event.json" "$prefix/share/mingle/schema/event.json" ||
  { echo "FAIL: the starter's schema/event.json is not the installed one"; exit 1; }

# Moved elsewhere, the install still finds its own data (nothing is baked in but the layout).
moved=$(mktemp -d)
trap 'rm -rf "$prefix" "$moved"' EXIT
cp -a "$prefix/." "$moved/"
found=$(cd /tmp && env -u MINGLE_DATA_DIR "$moved/bin/mingle" --print-data-dir)
[ "$found" = "$(realpath "$moved/share/mingle")" ] ||
  { echo "FAIL: a moved install looks for its data in '$found'"; exit 1; }
echo "ok: a moved install finds its data at $found"
