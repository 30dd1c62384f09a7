#!/usr/bin/env python3
"""Two trainees on one computer (issue 23, point 8), in the real window under Xvfb. Ann plays
the workshop (assessed mode) in the terminal; then Bo sits down at the window: the title lists
nobody's runs, New game shows none for him, and his briefing says this first try is the one that
counts. Then Ann sits down at the window: the title still lists nobody's runs (not Bo's), and
once she has typed her name New game shows her own run and not Bo's, and her briefing says this
second try is for practice. Outside the workshop, the title shows neither trainee's run. What the
window drew is read from its text log (MINGLE_TEXT_LOG); the terminal's briefing line is checked
too.

Usage: shared_machine_test.py MINGLE SOURCE_DIR"""
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
here = root / "tests" / "workshop"


def run_line(data, with_title=False):
    """A results file's line as the window lists it (net::past_run_line): New game leaves the
    scenario's title out (a workshop plays one)."""
    attempt = data["workshop"]["attempt"]
    line = (data["scenario"].get("title") or data["scenario"]["id"]) + f", attempt {attempt}" if with_title \
        else f"Attempt {attempt}"
    line += f": enjoyment {data.get('enjoyment', 0)}, value {data.get('value', 0)}"
    if data.get("need_found"):
        line += ", found what you came for"
    n = len(data.get("ideas_met", []))
    return line + f"; {n} idea{'' if n == 1 else 's'} met"


def frames(log):
    """The window's text, one string a frame, in order."""
    text = log.read_text() if log.exists() else ""
    return [f for f in text.split("--- frame\n") if f]


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = tmp / "shared.workshop.yaml"
    workshop.write_text(f"title: One desk, two trainees\nscenario: {here / 'harbour'}\nmode: assessed\nseed: 7\n")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               ALSOFT_DRIVERS="null")
    results = tmp / "data" / "mingle" / "results"

    # Ann's first try, in the terminal; its header is the terminal's briefing.
    r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", "Ann Lee",
                        "--script", str(here / "script-ann.txt")], env=env, capture_output=True, text=True,
                       timeout=120)
    expect(r.returncode == 0, "Ann plays her first try in the terminal\n" + r.stderr[-400:])
    expect("This is your first try, and it's the one that counts." in " ".join(r.stdout.split()),
           "the terminal's briefing tells Ann her first try is the one that counts")
    ann_files = list(results.glob("*.json"))
    expect(len(ann_files) == 1, f"her run leaves one results file: {ann_files}")
    ann_first = json.loads(ann_files[0].read_text()) if ann_files else {}

    def window(name, log, shot, args=("--workshop", str(workshop)), to_new_game="Return", then=""):
        """The title, a screenshot of it, then (with a name) New game, the name, a screenshot
        of New game, Return and a screenshot of the briefing; then `then` (keys), and the
        window is closed. `to_new_game`: the keys that open New game (Up first when Continue
        is selected). After `then`, the name is typed again and the game walked into: a new run,
        which the window's closing saves."""
        game = tmp / "game.log"
        type_name = "" if name is None else f'''
xdotool key --window "$w" --delay 300 {to_new_game}; sleep 0.8
xdotool type --window "$w" --delay 60 "{name}"; sleep 1
import -window root "{shot}-new.png"
xdotool key --window "$w" Return; sleep 2
import -window root "{shot}-brief.png"
''' + ("" if not then else f'''
xdotool key --window "$w" --delay 500 {then}; sleep 1.5
import -window root "{shot}-then.png"
xdotool type --window "$w" --delay 60 "{name}"; sleep 0.5
xdotool key --window "$w" Return; sleep 2
''')
        script = f'''
MINGLE_TEXT_LOG="{log}" "{mingle}" {" ".join(f'"{a}"' for a in args)} > "{game}" 2>&1 & p=$!
for i in $(seq 100); do w=$(xdotool search --name '^Mingle$' 2>/dev/null | head -n1); [ -n "$w" ] && break; sleep 0.2; done
sleep 1.5
import -window root "{shot}-title.png"
{type_name}
kill -TERM $p; wait $p; echo "exit $?" >> "{game}"
'''
        checks.under_xvfb(script, env, game)
        said = game.read_text() if game.exists() else ""
        expect("exit 0" in said, f"the window ({name or 'no name'}) opens and closes cleanly" +
               ("" if "exit 0" in said else "\n" + said[-600:]))
        return frames(log)

    def title_frames(all_frames):
        return [f for f in all_frames if "Workshop: One desk" in f and "A new game" not in f]

    # Bo sits down at the window, walks in, and goes back to the title (Esc, "Save and return to
    # the title"); New game again in the same window, as the next trainee would find it.
    bo = window("Bo Chen", tmp / "bo.log", tmp / "bo", then="Return Escape Down Down Down Return Return")
    titles = title_frames(bo)
    expect(titles and all("Past runs" not in f and "Ann Lee" not in f for f in titles),
           "the title lists none of Ann's runs to Bo")
    expect(any("Your past runs show under New game, once you have typed your name." in f for f in titles),
           "the title says where a trainee's own runs are")
    expect(not any(run_line(ann_first) in f or run_line(ann_first, True) in f for f in bo),
           "Ann's run appears nowhere Bo looks")
    expect(not any("Your past runs" in f and "A new game" in f for f in bo), "Bo has no past runs of his own yet")
    expect(any("This is your first try, and it's the one that counts." in f for f in bo),
           "Bo's briefing says his first try is the one that counts")
    # New game again, after the pause menu took him back to the title: its first frame is the
    # box as the next trainee finds it ("{ e.g. Sam }" is the empty box's hint).
    paused = [i for i, f in enumerate(bo) if "Save and return to the title" in f]
    again = [f for f in bo[paused[0]:] if "A new game" in f] if paused else []
    expect(again and "{ e.g. Sam }" in again[0] and "Bo Chen" not in again[0],
           "back at New game in the same window, the name box starts empty, not with Bo's name" +
           ("" if again and "{ e.g. Sam }" in again[0] else "\n" + (again[0] if again else "(never reached)")))

    bo_files = [f for f in results.glob("*.json") if f not in ann_files]
    expect(len(bo_files) == 1, f"Bo's run leaves a results file when the window closes: {bo_files}")
    bo_first = json.loads(bo_files[0].read_text()) if bo_files else {}
    expect(bo_first.get("player", {}).get("name") == "Bo Chen" and bo_first.get("workshop", {}).get("attempt") == 1,
           "as Bo's first attempt")
    expect(run_line(bo_first) != run_line(ann_first), "their runs read differently (so the checks below can tell)")

    # Then Ann sits down at the window.
    # Bo's run was saved as the window closed: the title leaves New game selected, so Return
    # never plays on in Bo's name, and says whose the saved game is.
    ann = window("Ann Lee", tmp / "ann.log", tmp / "ann")
    titles = title_frames(ann)
    expect(titles and all("Past runs" not in f and run_line(bo_first, True) not in f and "Ann Lee" not in f
                          for f in titles),
           "the title lists none of Bo's runs (nor Ann's) before Ann has typed her name")
    expect(titles and "Continue goes on with Bo Chen's game." in titles[0], "the title says the saved game is Bo's")
    new_game = [f for f in ann if "A new game" in f]
    mine = [f for f in new_game if "Your past runs" in f]
    expect(any(run_line(ann_first) in f for f in mine),
           "once she has typed her name, New game lists her own run: " + run_line(ann_first))
    expect(not any(run_line(bo_first) in f or run_line(bo_first, True) in f for f in ann),
           "and never Bo's: " + run_line(bo_first))
    expect(any("This is your second try. It's for practice: your first try is the one that counts." in f
               for f in ann), "Ann's briefing says this second try is for practice")

    # Outside the workshop (someone practising alone on the same account): no trainee's run.
    alone = window(None, tmp / "alone.log", tmp / "alone", args=())
    expect(alone and not any("Past runs" in f or "Ann Lee" in f or "Bo Chen" in f for f in alone),
           "outside the workshop, the title lists no trainee's workshop runs")

    if os.environ.get("KEEP_SHOTS"):
        for png in tmp.glob("*.png"):
            shutil.copy(png, pathlib.Path.cwd() / f"shared-{png.name}")

checks.finish()
