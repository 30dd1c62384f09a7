#!/usr/bin/env python3
"""A year's cohort for the report's benchmark: plays the bundled campaign's four scripted
playthroughs (tests/play/campaign-*) once each, then writes N results files into OUT, each a
copy of one of them under a trainee's own name and registration (as N trainees playing the same
workshop would leave). Usage: scripts/make-cohort.py MINGLE OUT N"""
import json
import pathlib
import subprocess
import sys
import tempfile
import uuid

mingle, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
root = pathlib.Path(__file__).resolve().parent.parent
out.mkdir(parents=True, exist_ok=True)
plays = []
with tempfile.TemporaryDirectory() as tmp:
    for case in sorted((root / "tests" / "play").glob("campaign-*")):
        results = pathlib.Path(tmp) / (case.name + ".json")
        seed = (case / "seed").read_text().strip() if (case / "seed").exists() else "1"
        subprocess.run([str(mingle), "play", "--text", str(root / "dialogues"), "--seed", seed, "--player", "x",
                        "--script", str(case / "script.txt"), "--results", str(results)],
                       capture_output=True, check=True)
        plays.append(json.loads(results.read_text()))
for i in range(n):
    run = json.loads(json.dumps(plays[i % len(plays)]))
    run["player"]["name"] = f"Trainee {i + 1:04d}"
    registration = str(uuid.UUID(int=i + 1))
    run["workshop"] = {"title": "A year's cohort", "mode": "practice", "registration": registration,
                       "attempt": 1, "counted": True}
    (out / f"bundled-trainee-{i + 1:04d}.json").write_text(json.dumps(run, indent=2))
print(f"{n} results files in {out}")
