#!/usr/bin/env python3
"""The terminal's briefing on a shared computer (issue 23, point 8): which try this is and
whether it counts, in plain words, and "Before:" lines that are the player's own runs in this
workshop only. Ann and Bo play the same assessed workshop on one account, in turns; a run of
Ann's in another workshop and one outside any workshop are not attempts at this one. A practice
workshop says every try counts.

Usage: attempt_line_test.py MINGLE SOURCE_DIR"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
here = root / "tests" / "workshop"

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"))
    results = tmp / "data" / "mingle" / "results"

    def workshop(name, title, mode):
        f = tmp / name
        f.write_text(f"title: {title}\nscenario: {here / 'harbour'}\nmode: {mode}\nseed: 7\n")
        return f

    assessed = workshop("assessed.workshop.yaml", "Spring group B", "assessed")
    other = workshop("other.workshop.yaml", "Autumn group A", "assessed")
    practice = workshop("practice.workshop.yaml", "Drop-in practice", "practice")

    def play(w, player, script="script-ann.txt"):
        r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(w), "--player", player,
                            "--script", str(here / script)], env=env, capture_output=True, text=True, timeout=120)
        expect(r.returncode == 0, f"{player} plays {w.name}" + ("" if r.returncode == 0 else "\n" + r.stderr[-400:]))
        return r.stdout

    def said(out, sentence):
        """The sentence is in the output, however the terminal's width wrapped it."""
        return " ".join(sentence.split()) in " ".join(out.split())

    # Before anything in this workshop: Ann in another workshop, and at her desk outside any.
    play(other, "Ann Lee")
    r = subprocess.run([str(mingle), "play", "--text", str(here / "harbour"), "--player", "Ann Lee",
                        "--script", str(here / "script-ann.txt")], env=env, capture_output=True, text=True,
                       timeout=120)
    expect(r.returncode == 0, "Ann practises outside any workshop")

    first = play(assessed, "Ann Lee")
    expect("Playing as Ann Lee, attempt 1." in first,
           "her runs elsewhere are not attempts at this workshop: this is her attempt 1")
    expect(said(first, "This is your first try, and it's the one that counts. Take your time."),
           "the briefing says her first try is the one that counts")
    expect("Before:" not in first, "and lists no run of hers from elsewhere")

    bo = play(assessed, "Bo Chen", "script-bo.txt")
    expect("attempt 1." in bo and said(bo, "This is your first try") and "Before:" not in bo,
           "Bo, next at the same computer, sees his first try and none of Ann's runs")

    second = play(assessed, "  ann lee ")
    expect("attempt 2." in second, "Ann's name typed with other spaces and capitals is still Ann: attempt 2")
    expect(said(second, "This is your second try. It's for practice: your first try is the one that counts."),
           "the briefing says her second try is for practice")
    before = [line for line in second.splitlines() if line.strip().startswith("Before:")]
    expect(len(before) == 1 and "attempt 1" in before[0], f"her one earlier attempt here is listed: {before}")
    bo_file = [json.loads(f.read_text()) for f in results.glob("*.json")
               if json.loads(f.read_text()).get("player", {}).get("name") == "Bo Chen"]
    expect(len(bo_file) == 1, "Bo left one results file")
    counted = sorted((json.loads(f.read_text())["workshop"]["attempt"], json.loads(f.read_text())["workshop"]["counted"])
                     for f in results.glob("*.json")
                     if json.loads(f.read_text()).get("workshop", {}).get("title") == "Spring group B"
                     and json.loads(f.read_text())["player"]["name"].strip().lower() == "ann lee")
    expect(counted == [(1, True), (2, False)], f"her results files: attempt 1 counted, attempt 2 not: {counted}")

    once = play(practice, "Ann Lee")
    again = play(practice, "Ann Lee")
    expect(said(once, "This is your first try. In practice mode every try counts, so play as often as you like.")
           and said(again, "This is your second try. In practice mode every try counts"),
           "a practice workshop says every try counts")

checks.finish()
