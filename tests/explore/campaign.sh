#!/usr/bin/env bash
# The explorer over the bundled campaign: every line can be reached, no conversation can get
# stuck, every need can be found, and every `assumes:` the content states holds on every way in
# (broken: none; unproven: none), and every question is decided (reachable with a witness, or
# unreachable with its reason: none undecided).
set -uo pipefail
game=${1:?usage: campaign.sh PATH-TO-MINGLE SOURCE-DIR}
src=${2:?usage: campaign.sh PATH-TO-MINGLE SOURCE-DIR}
fail() { echo "FAIL: $*" >&2; exit 1; }
out=$(mktemp); trap 'rm -f "$out" "$out.err"' EXIT
"$game" explore --json "$src/dialogues" >"$out" 2>"$out.err"; rc=$?
[ $rc -eq 0 ] || fail "explore exited $rc: $(cat "$out.err")"
python3 - "$out" <<'PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
problems = []
for key, v in d["verdicts"]["nodes"].items():
    if v["verdict"] == "unreachable":
        problems.append(f"{v['file']}:{v['line']}:{v['column']}: unreachable line {key}: {v['reason']}")
for key, v in d["verdicts"]["needs"].items():
    if v["verdict"] == "unreachable":
        problems.append(f"need never obtained: {key}: {v['reason']}")
for b in d["broken_assumptions"]:
    problems.append(f"{b['file']}:{b['line']}:{b['col']}: {b['where']} assumes '{b['assumption']}', broken by: {'; '.join(b['witness'])}")
for s in d["stuck"]:
    problems.append(f"{s['file']}:{s['line']}: stuck at {s['node']}")
if d["assumptions"]["total"] == 0:
    problems.append("the campaign states no assumptions: this test would prove nothing about them")
for kind, verdicts in d["verdicts"].items():
    for key, v in verdicts.items():
        if v["verdict"] == "undecided":
            problems.append(f"{v.get('file', '?')}:{v.get('line', 0)}: undecided {kind} {key}")
if d["undecided"] or not d["complete"]:
    problems.append(f"{d['undecided']} questions undecided (complete: {d['complete']})")
if d["assumptions"]["unproven"]:
    problems.append(f"{d['assumptions']['unproven']} assumptions neither proved nor broken")
for p in problems:
    print("FAIL:", p, file=sys.stderr)
print(f"the bundled campaign: {d['assumptions']['total']} assumptions, all hold; "
      f"{d['undecided']} questions undecided")
sys.exit(1 if problems else 0)
PY
