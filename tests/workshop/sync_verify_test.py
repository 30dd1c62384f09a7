#!/usr/bin/env python3
"""`mingle sync --verify` against the real test LRS (tests/lrs) put into its forget mode: the
LRS acknowledges a run's statements and keeps none of them, so plain `mingle sync` finds
nothing waiting; `--verify` asks the LRS for every statement this computer sent, sends the
missing ones again, and afterwards the LRS holds each exactly once. A second `--verify` sends
nothing. A run whose statements the LRS did keep is left alone.

Usage: sync_verify_test.py MINGLE SOURCE_DIR"""
import json
import pathlib
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
sys.path.insert(0, str(root / "tests" / "lrs"))
import harness  # noqa: E402

here = root / "tests" / "workshop"


def registration_of(data):
    [results] = list((data / "mingle" / "results").glob("*.json"))
    return json.loads(results.read_text())["workshop"]["registration"]


def files(data, folder):
    return sorted((data / "mingle" / "outbox").rglob(f"{folder}/*.json"))


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = lrs.write_workshop(tmp / "workshop.yaml", "Spring induction, group C", here / "harbour")
    env = lrs.env()
    data = tmp / "data"

    def play(player, script):
        return subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", player,
                               "--script", str(script)], env=dict(env, XDG_DATA_HOME=str(data)),
                              capture_output=True, text=True, timeout=120)

    def sync(*more):
        return subprocess.run([str(mingle), "sync", "--workshop", str(workshop), *more],
                              env=dict(env, XDG_DATA_HOME=str(data)), capture_output=True, text=True, timeout=120)

    # A run the LRS keeps, then a run it acknowledges and forgets.
    r = play("Ann Lee", here / "script-ann.txt")
    expect(r.returncode == 0, "Ann's run plays and reaches the LRS\n" + r.stdout[-400:] + r.stderr)
    ann = registration_of(data)
    ann_held = {s["id"] for s in lrs.statements(f"registration={ann}")}
    expect(len(ann_held) > 10, f"the LRS holds Ann's statements ({len(ann_held)})")
    lrs.mode("forget")
    before = set(p.name for p in (data / "mingle" / "results").glob("*.json"))
    r = play("Bo Chen", here / "script-bo.txt")
    expect(r.returncode == 0, "Bo's run plays while the LRS forgets\n" + r.stderr)
    [bo_file] = [p for p in (data / "mingle" / "results").glob("*.json") if p.name not in before]
    bo = json.loads(bo_file.read_text())["workshop"]["registration"]
    lrs.mode("ok")
    with urllib.request.urlopen(f"http://127.0.0.1:{lrs.port}/_test/forgotten", timeout=10) as f:
        forgotten = int(f.read())
    expect(forgotten > 5, f"the LRS acknowledged and forgot Bo's statements ({forgotten})")
    expect(lrs.statements(f"registration={bo}") == [], "it holds none of them")
    sent = files(data, "sent")
    expect(not files(data, "pending") and len(sent) == len(ann_held) + forgotten,
           f"this computer keeps a record of all it sent ({len(sent)}), and nothing waits")

    r = sync()
    expect(r.returncode == 0 and "0 still waiting" in r.stdout,
           "plain sync sees nothing waiting (what the LRS lost goes unnoticed)\n" + r.stdout)
    r = sync("--verify")
    expect(r.returncode == 0, "sync --verify succeeds\n" + r.stdout + r.stderr)
    expect(f"{forgotten} were missing from the learning record store and were sent again" in r.stdout
           and "It holds every one of them now." in r.stdout, "it says how many were missing and sent again\n" + r.stdout)
    held = lrs.statements(f"registration={bo}")
    bo_sent = {json.loads(p.read_text())["id"] for p in files(data, "sent")} - ann_held
    expect(len(held) == forgotten and {s["id"] for s in held} == bo_sent,
           f"the LRS now holds each of Bo's statements exactly once ({len(held)} of {forgotten})")
    expect({s["id"] for s in lrs.statements(f"registration={ann}")} == ann_held
           and len(lrs.statements(f"registration={ann}")) == len(ann_held), "Ann's statements are as they were")

    r = sync("--verify")
    expect(r.returncode == 0 and "0 were missing" in r.stdout, "a second --verify sends nothing\n" + r.stdout)
    expect(len(lrs.statements(f"registration={bo}")) == forgotten, "and nothing arrives twice")

checks.finish()
