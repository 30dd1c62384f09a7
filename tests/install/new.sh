#!/usr/bin/env bash
# mingle new: the starter scenario checks with no errors and no warnings, its journey passes,
# the explorer covers it completely, every file validates against the schema its first line
# names (an absolute path, so it works wherever the folder is), and an existing folder is
# never overwritten.
set -uo pipefail
game=${1:?usage: new.sh PATH-TO-MINGLE}
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
out=$("$game" new "My Breakfast" 2>&1) || fail "mingle new exited $?: $out"
out=$("$game" check "My Breakfast" 2>&1) || fail "the starter scenario has errors: $out"
grep -q "^0 errors, 0 warnings" <<<"$out" || fail "the starter scenario is not clean: $out"
grep -q "^id: my-breakfast$" "My Breakfast/event.yaml" || fail "the event id is not made from the folder's name"
out=$("$game" test "My Breakfast" 2>&1) || fail "the starter journey fails: $out"
out=$("$game" explore --json "My Breakfast" 2>&1) || fail "explore failed: $out"
grep -q '"complete": true' <<<"$out" || fail "the starter scenario is not explored completely"
grep -q '"unreached_nodes": \[\]' <<<"$out" || fail "the starter scenario has unreached lines: $out"

# Each file against the schema its modeline names, from another folder.
cd / && /usr/bin/python3 - "$tmp/My Breakfast" <<'PY' || fail "a starter file does not validate against its schema"
import json, pathlib, sys
import jsonschema, yaml
folder = pathlib.Path(sys.argv[1])
files = [p for p in folder.rglob("*.yaml") if p.parent.name != "journeys"]
assert len(files) == 5, files
for path in files:
    first = path.read_text().splitlines()[0]
    # Relative, and inside the folder: it still works when the folder is shared or moved.
    assert first.startswith("# yaml-language-server: $schema="), (path, first)
    named = first.split("$schema=", 1)[1]
    assert not named.startswith("/"), (path, named)
    schema_path = (path.parent / named).resolve()
    assert folder.resolve() in schema_path.parents, (path, schema_path)
    schema = json.loads(schema_path.read_text())
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(path.read_text())))
    assert not errors, (path, [e.message for e in errors])
    print("ok:", path.relative_to(folder), "against", schema_path)
PY

cd "$tmp" || exit 1
"$game" new "My Breakfast" > /dev/null 2>&1; rc=$?
[ $rc -eq 1 ] || fail "mingle new over an existing folder exited $rc, not 1"
echo "ok: mingle new writes a clean, complete, schema-valid scenario and never overwrites"
