#!/usr/bin/env python3
"""Replays for the debrief: a workshop run played in the terminal leaves a results file;
`mingle --replay FILE` plays it back in the real window (under Xvfb) from its seed and
commands, and the results file the replay writes is byte for byte the original. The replay
also finds its scenario from the file alone, and refuses a file that is not a run. Hostile
input never aborts the window: settings with NaN sizes, a command of 5,000 characters (shown
cut), and one of 20,000 (refused with a sentence).

Usage: replay_test.py MINGLE SOURCE_DIR"""
import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
here = root / "tests" / "workshop"


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               ALSOFT_DRIVERS="null")
    (tmp / "workshop.yaml").write_text(f"title: Replays\nscenario: {here / 'harbour'}\nmode: assessed\nseed: 11\n")
    for player, script in [("Ann Lee", "script-ann.txt"), ("Bo Chen", "script-bo.txt")]:
        r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(tmp / "workshop.yaml"), "--player", player,
                            "--script", str(here / script)], env=env, capture_output=True, text=True, timeout=120)
        expect(r.returncode == 0, f"{player}'s run is played in the terminal")
    originals = sorted((tmp / "data" / "mingle" / "results").glob("*.json"))
    expect(len(originals) == 2, "two results files")
    for original in originals:
        out = tmp / ("replayed-" + original.name)
        log = tmp / "replay.log"
        # The window runs under Xvfb; once it says the replay is done, it is asked to stop (as a
        # facilitator closing it would), and writes the results file.
        script = (f'"{mingle}" --replay "{original}" --results "{out}" --replay-speed 200 > "{log}" 2>&1 & p=$!; '
                  f'for i in $(seq 300); do grep -q "replay is done" "{log}" && break; kill -0 $p 2>/dev/null || break; '
                  'sleep 0.2; done; '
                  'kill -TERM $p; wait $p')
        checks.under_xvfb(script, env, log)
        said = log.read_text() if log.exists() else ""
        expect("replay is done" in said, f"the window plays {original.name} back to its end\n{said}")
        expect(out.exists() and out.read_bytes() == original.read_bytes(),
               f"the replay's results file is byte for byte the original ({original.name})")
    expect(not (tmp / "data" / "mingle" / "save.yaml").exists(), "a replay touches nobody's saved game")
    bad = tmp / "not-a-run.json"
    bad.write_text('{"hello": 1}')
    log = tmp / "bad.log"
    checks.under_xvfb(f'"{mingle}" --replay "{bad}" > "{log}" 2>&1; echo "exit $?" >> "{log}"', env, log, timeout=60)
    said = log.read_text() if log.exists() else ""
    expect("is not a results file" in said and "exit 1" in said,
           "a file that is not a run is refused with a sentence and exit status 1\n" + said)

    # Hostile input: NaN sizes in the settings (an ImGui assertion aborted the window), and long
    # commands in a results file (16-bit vertex indices aborted it at 20,000 characters).
    (tmp / "config" / "mingle").mkdir(parents=True, exist_ok=True)
    (tmp / "config" / "mingle" / "settings.yaml").write_text("ui_scale: .nan\ntext_scale: .nan\n")
    import json
    run = json.loads(originals[0].read_text())
    for length, refused in ((5000, False), (20000, True)):
        hostile = tmp / f"long-{length}.json"
        run["commands"] = run["commands"][:2] + ["talk " + "x" * length] + run["commands"][2:]
        hostile.write_text(json.dumps(run))
        log = tmp / f"long-{length}.log"
        script = (f'"{mingle}" --replay "{hostile}" --results "{tmp / "long-out.json"}" --replay-speed 200 > "{log}" 2>&1 & p=$!; '
                  f'for i in $(seq 300); do grep -q "replay is done" "{log}" && break; kill -0 $p 2>/dev/null || break; '
                  'sleep 0.2; done; '
                  f'kill -TERM $p 2>/dev/null; wait $p; echo "exit $?" >> "{log}"')
        checks.under_xvfb(script, env, log)
        said = log.read_text() if log.exists() else ""
        if refused:
            expect("is 20005 bytes long" in said and "exit 1" in said,
                   "a 20,000-character command is refused with a sentence and exit 1, not an abort\n" + said[-600:])
        else:
            expect("replay is done" in said and "exit 0" in said,
                   "NaN settings and a 5,000-character command: the window replays to the end\n" + said[-600:])

checks.finish()
