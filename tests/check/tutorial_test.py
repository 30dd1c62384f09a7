#!/usr/bin/env python3
"""Holds docs/authoring.md to its promise: the tutorial's files, copied from the guide alone,
make a scenario that passes `mingle check` with no message, and the mistakes the guide shows
give exactly the output it prints. Usage: tutorial_test.py MINGLE_BINARY SOURCE_DIR"""
import pathlib
import re
import subprocess
import sys
import tempfile

mingle, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2])
guide = (root / "docs" / "authoring.md").read_text(encoding="utf-8")
files = re.findall(r"<!-- tutorial-file: (\S+) -->\n```yaml\n(.*?)```", guide, re.S)
output = re.search(r"<!-- tutorial-output: mistakes -->\n```\n(.*?)```", guide, re.S).group(1)
failures = []
if {name for name, _ in files} != {"event.yaml", "room.yaml", "people.yaml",
                                   "dialogues/ruth.yaml", "dialogues/jonas.yaml"}:
    failures.append(f"the tutorial's files are not all marked: {[n for n, _ in files]}")

with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp) / "coffee-break"
    for name, text in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    r = subprocess.run([mingle, "check", "coffee-break"], cwd=tmp, capture_output=True, text=True,
                       timeout=30)
    if r.returncode != 0 or r.stdout:
        failures.append(f"the tutorial scenario does not check clean:\n{r.stdout}")

    people = folder / "people.yaml"
    people.write_text(people.read_text().replace("[warm, busy]", "[warm, bussy]"))
    ruth = folder / "dialogues" / "ruth.yaml"
    ruth.write_text(ruth.read_text().replace("next: chat\n", "next: chatt\n", 1))
    r = subprocess.run([mingle, "check", "coffee-break"], cwd=tmp, capture_output=True, text=True,
                       timeout=30)
    shown = "\n".join(line for line in output.splitlines() if not line.startswith("$"))
    got = r.stdout + r.stderr
    if r.returncode != 1 or got.strip() != shown.strip():
        failures.append(f"the guide's example output differs from the checker's:\n{got}")

for f in failures:
    print("FAIL:", f)
print("ok" if not failures else "")
sys.exit(1 if failures else 0)
