#!/usr/bin/env python3
"""A workshop in the real window (under Xvfb) with a real LRS: `mingle --workshop FILE`, New
game, a name, walk in; the run's opening statements reach the LRS; the window is closed
(SIGTERM) mid-run, so the run is stated as suspended, and the results file carries the
workshop's part with the registration the LRS groups the statements under. Then Continue: the
run is resumed under the same registration, its statements numbered on from where they stopped.

Usage: window_test.py MINGLE SOURCE_DIR"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
sys.path.insert(0, str(root / "tests" / "lrs"))
import harness  # noqa: E402

here = root / "tests" / "workshop"


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = tmp / "window.workshop.yaml"
    workshop.write_text(f"""title: Window cohort
scenario: {here / 'harbour'}
mode: practice
lrs:
  endpoint: {lrs.endpoint}
  key: {lrs.key}
  secret_env: MINGLE_TEST_LRS_SECRET
""")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               ALSOFT_DRIVERS="null", MINGLE_TEST_LRS_SECRET=lrs.secret)
    log, shot = tmp / "game.log", tmp / "room.png"
    def window(keys):
        script = f'''
"{mingle}" --workshop "{workshop}" > "{log}" 2>&1 & p=$!
for i in $(seq 100); do w=$(xdotool search --name '^Mingle$' 2>/dev/null | head -n1); [ -n "$w" ] && break; sleep 0.2; done
sleep 1
{keys}
sleep 2
import -window root "{shot}"
kill -TERM $p; wait $p; echo "exit $?" >> "{log}"
'''
        return checks.under_xvfb(script, env, log)

    window('xdotool key --window "$w" Return; sleep 0.5\n'
           'xdotool type --window "$w" --delay 60 "Sam Ito"; sleep 0.3\n'
           'xdotool key --window "$w" Return')
    said = log.read_text() if log.exists() else ""
    expect("exit 0" in said, "the window opens the workshop and closes cleanly\n" + said)
    results = list((tmp / "data" / "mingle" / "results").glob("*.json"))
    expect(len(results) == 1, "closing the window writes one results file")
    if results:
        data = json.loads(results[0].read_text())
        part = data.get("workshop", {})
        expect(part.get("title") == "Window cohort" and part.get("mode") == "practice" and part.get("attempt") == 1,
               f"the results file carries the workshop's part: {part}")
        expect(data.get("player", {}).get("name") == "Sam Ito", "and the player's name")
        seq = "https://w3id.org/xapi/mingle/extensions/sequence"

        def verbs_of(registration):
            held = lrs.statements(f"registration={registration}")
            return held, [s["verb"]["id"].rsplit("/", 1)[1] for s in sorted(held, key=lambda s: s["context"]["extensions"][seq])]

        lrs.wait_for(lambda got: any(s["verb"]["id"].endswith("/suspended") for s in got), seconds=10)
        mine, verbs = verbs_of(part.get("registration"))
        expect(verbs[:2] == ["initialized", "initialized"] and verbs[-1] == "suspended" and "terminated" not in verbs,
               f"the LRS holds the run from its start to its suspension, under the file's registration: {verbs}")
        expect(all(s["actor"]["account"]["name"] == "Sam Ito" for s in mine), "as Sam Ito")

        # Continue (in a workshop the title leaves New game selected: the save may be another's)
        window('xdotool key --window "$w" Down; sleep 0.3; xdotool key --window "$w" Return')
        said = log.read_text() if log.exists() else ""
        expect("exit 0" in said, "Continue resumes the workshop run and closes cleanly\n" + said)
        lrs.wait_for(lambda got: sum(s["verb"]["id"].endswith("/suspended") for s in got) >= 2, seconds=10)
        mine, verbs = verbs_of(part.get("registration"))
        numbers = [s["context"]["extensions"][seq] for s in mine]
        expect("resumed" in verbs and verbs[-1] == "suspended" and verbs.count("initialized") == 2,
               f"Continue resumes the run under the same registration: {verbs}")
        expect(sorted(numbers) == list(range(1, len(numbers) + 1)), f"numbered on without a gap or repeat: {sorted(numbers)}")
        (tmp / "window-statements.json").write_text(json.dumps(mine))
        code, out = harness.validate([tmp / "window-statements.json"])
        expect(code == 0, "suspended and resumed pass Learning Locker's validator too\n" + out)
    expect(not list((tmp / "data" / "mingle" / "outbox").rglob("pending/*.json")), "nothing is left waiting")
    if os.environ.get("KEEP_SHOTS") and shot.exists():
        shutil.copy(shot, pathlib.Path.cwd() / "workshop-window.png")

    # The queue can't be written (its folder's name is taken by a file): the window says so and
    # never that the records are kept and go later.
    blocked = tmp / "blocked"
    (blocked / "mingle").mkdir(parents=True)
    (blocked / "mingle" / "outbox").write_text("not a folder\n")
    env["XDG_DATA_HOME"] = str(blocked)
    window('xdotool key --window "$w" Return; sleep 0.5\n'
           'xdotool type --window "$w" --delay 60 "Una Kept"; sleep 0.3\n'
           'xdotool key --window "$w" Return')
    said = log.read_text() if log.exists() else ""
    expect("exit 0" in said and "Couldn't keep this run's records on this computer" in said,
           "a queue that can't be written is told, and the window closes cleanly\n" + said[-600:])

checks.finish()
