#!/usr/bin/env bash
# The files `mingle new` writes validate in the real YAML language server (the one editors run),
# from the scenario's own folder, through the schema each file's first line names; and the
# server does read those schemas: a misspelt trait in a copy is reported.
set -uo pipefail
game=${1:?usage: new_yaml_ls.sh PATH-TO-MINGLE SOURCE-DIR}
src=${2:?usage: new_yaml_ls.sh PATH-TO-MINGLE SOURCE-DIR}
fail() { echo "FAIL: $*"; exit 1; }
tools="$src/tests/tools"
[ -x "$tools/node_modules/.bin/yaml-language-server" ] ||
  fail "the YAML language server is not installed: run scripts/install-deps.sh test"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" && "$game" new breakfast >/dev/null || fail "mingle new failed"
cp breakfast/people.yaml breakfast/people-misspelt.yaml
sed -i 's/traits: \[warm, chatty\]/traits: [warm, chaty]/' breakfast/people-misspelt.yaml
cd breakfast || exit 1
out=$(timeout 60 node "$tools/yaml_ls_check.mjs" event.yaml room.yaml people.yaml dialogues/rosa.yaml \
      dialogues/sam.yaml people-misspelt.yaml) || fail "the language server did not answer: $out"
/usr/bin/python3 - "$out" <<'PY' || exit 1
import json, sys
report = json.loads(sys.argv[1])
bad = False
for path, messages in report.items():
    name = path.rsplit("/breakfast/", 1)[-1]
    if messages is None:
        print(f"FAIL: no diagnostics came back for {name}"); bad = True
    elif name == "people-misspelt.yaml":
        if not any("chatty" in m for m in messages):
            print(f"FAIL: the misspelt trait was not reported: {messages}"); bad = True
    elif messages:
        print(f"FAIL: {name}: {messages}"); bad = True
    else:
        print(f"ok: {name} validates")
sys.exit(1 if bad else 0)
PY
echo "ok: the starter scenario validates in yaml-language-server, and a mistake in it is caught"
