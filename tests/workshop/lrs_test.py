#!/usr/bin/env python3
"""Workshops against a real learning record store (Learning Locker's statement service, npm
xapi-statements, in memory mode behind tests/lrs/lrs.js):

1. a scripted run queues statements that all pass Learning Locker's validator, and
   `mingle sync` delivers every one of them; so do the statements of where a trainee got stuck;
2. a run played while the LRS is stopped (its process ended by PID: connections refused) and
   started again, then loses replies (it stores the statements but the answer never arrives),
   then answers 503, then comes back: every statement arrives exactly once and nothing is left
   waiting;
3. a statement the LRS refuses (a 4xx) is reported once with the LRS's own message and kept
   aside; the others still go;
4. the report from the results files and the report read back from the LRS agree.

Usage: lrs_test.py MINGLE SOURCE_DIR"""
import json
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
sys.path.insert(0, str(root / "tests" / "lrs"))
import harness  # noqa: E402

here = root / "tests" / "workshop"


def queue_files(data):
    return sorted((data / "mingle" / "outbox").rglob("pending/*.json"))


def registration_of(data):
    [results] = list((data / "mingle" / "results").glob("*.json"))
    return json.loads(results.read_text())["workshop"]["registration"]


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = lrs.write_workshop(tmp / "workshop.yaml", "Spring induction, group B", here / "harbour")
    env = lrs.env()

    def play(data, player, script, **kw):
        return subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", player,
                               "--script", str(script)], env=dict(env, XDG_DATA_HOME=str(data)),
                              capture_output=True, text=True, timeout=120, **kw)

    def sync(data):
        return subprocess.run([str(mingle), "sync", "--workshop", str(workshop)],
                              env=dict(env, XDG_DATA_HOME=str(data)), capture_output=True, text=True, timeout=120)

    # 1. With the LRS stopped, the run's statements wait in the queue; they validate; sync sends them.
    ann = tmp / "ann"
    lrs.stop_front()
    r = play(ann, "Ann Lee", here / "script-ann.txt")
    expect(r.returncode == 0, "a workshop run plays while the LRS is away\n" + r.stdout[-500:] + r.stderr)
    queued = queue_files(ann)
    expect(len(queued) > 15, f"its statements wait in the queue ({len(queued)})")
    expect("wait on this computer" in r.stdout, "the player is told statements wait, and how to send them")
    code, out = harness.validate(queued)
    expect(code == 0, "every queued statement passes Learning Locker's validator\n" + out)
    bad = tmp / "bad.json"
    bad.write_text(json.dumps({"actor": {"mbox": "not-an-email"}, "verb": {"id": "no iri"}, "object": {}}))
    code, out = harness.validate([bad])
    expect(code == 1, "the validator does catch a wrong statement")
    ids = {json.loads(f.read_text())["id"] for f in queued}
    lrs.start_front()
    r = sync(ann)
    expect(r.returncode == 0 and f"Sent {len(ids)} of {len(ids)}" in r.stdout, "mingle sync sends them all\n" + r.stdout)
    held = lrs.statements(f"registration={registration_of(ann)}")
    expect({s["id"] for s in held} == ids and len(held) == len(ids), "the LRS holds each of them, once")
    stored = tmp / "stored.json"
    stored.write_text(json.dumps(held))
    code, out = harness.validate([stored])
    expect(code == 0, "the statements as the LRS gives them back validate too\n" + out)
    expect(not queue_files(ann), "nothing is left waiting")

    # 1b. Where a trainee got stuck is stated too, and those statements validate: a talk refused
    # (no introduction), a greyed choice tried, a talk left, a talk cut off as the script ends,
    # and the need never found.
    lrs.stop_front()
    eve = tmp / "eve"
    r = play(eve, "Eve Stuck", here / "script-stuck.txt")
    expect(r.returncode == 0, "a run that gets stuck plays\n" + r.stdout[-500:] + r.stderr)
    stuck = {}
    for f in queue_files(eve):
        st = json.loads(f.read_text())
        kind = st.get("result", {}).get("extensions", {}).get(
            "https://w3id.org/xapi/mingle/extensions/stuck-kind")
        if kind:
            stuck.setdefault(kind, []).append(st["verb"]["id"].rsplit("/", 1)[-1])
    expect(stuck == {"refused": ["attempted", "attempted"], "left": ["exited"], "cut_off": ["terminated"],
                     "need_not_found": ["failed"]}, f"each stuck point is stated once, with its verb ({stuck})")
    code, out = harness.validate(queue_files(eve))
    expect(code == 0, "the stuck points' statements pass Learning Locker's validator\n" + out)
    lrs.start_front()

    # 2. The LRS is stopped mid-run and started again, then loses replies, then answers 503,
    # then comes back: exactly once.
    bo = tmp / "bo"
    reference = play(tmp / "bo-reference", "Bo Reference", here / "script-bo.txt")  # LRS up: count only
    expected = len(lrs.statements(f"registration={registration_of(tmp / 'bo-reference')}"))
    p = subprocess.Popen([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", "Bo Chen"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=dict(env, XDG_DATA_HOME=str(bo)))
    lines = [l for l in (here / "script-bo.txt").read_text().splitlines() if l.strip()]

    def send(line):
        p.stdin.write(line + "\n")
        p.stdin.flush()
        time.sleep(0.3)

    for line in lines[:2]:
        send(line)
    seen = lrs.wait_for(lambda got: any(s["actor"]["account"]["name"] == "Bo Chen" for s in got))
    expect(any(s["actor"]["account"]["name"] == "Bo Chen" for s in seen), "statements reach the LRS while playing")
    lrs.stop_front()
    for line in lines[2:4]:
        send(line)
    time.sleep(1.5)
    lrs.start_front()
    lrs.mode("lose-reply")
    for line in lines[4:6]:
        send(line)
    time.sleep(2.5)  # the sender tries while replies are lost
    lost = lrs.lost_replies()
    expect(lost >= 1, f"the LRS stored statements whose answers were lost ({lost}), so they are sent again")
    lrs.mode("error")  # 503 for everything
    send(lines[6])
    time.sleep(1.0)
    lrs.mode("ok")
    for line in lines[7:]:
        send(line)
    out, err = p.communicate(timeout=120)
    expect(p.returncode == 0, "the run ends normally\n" + err)
    held = lrs.statements(f"registration={registration_of(bo)}")
    expect(len(held) == expected and len({s['id'] for s in held}) == expected,
           f"every statement arrived exactly once ({len(held)} held, {expected} made by the same run)")
    expect(not queue_files(bo), "nothing is left waiting after the LRS came back")
    expect("reached the workshop's learning record store" in out, "the player is told the run arrived")

    # 3. A statement the LRS refuses: reported once, with its message, and kept aside.
    cara = tmp / "cara"
    lrs.stop_front()
    r = play(cara, "Cara Diaz", here / "script-bo.txt")
    queued = queue_files(cara)
    broken = json.loads(queued[1].read_text())
    broken["verb"]["id"] = "not an iri"
    queued[1].write_text(json.dumps(broken))
    lrs.start_front()
    r = sync(cara)
    expect(r.returncode == 1, "sync says not everything went")
    expect("refused statement " + broken["id"] in r.stdout and "400" in r.stdout,
           "the refusal is reported with the LRS's own message\n" + r.stdout)
    aside = list((cara / "mingle" / "outbox").rglob("rejected/*"))
    expect(len([a for a in aside if a.suffix == ".json"]) == 1 and len([a for a in aside if a.suffix == ".txt"]) == 1,
           "the refused statement is kept aside with the reason")
    held = lrs.statements(f"registration={registration_of(cara)}")
    expect(len(held) == len(queued) - 1, "the others all arrived")
    r = sync(cara)
    expect("refused" not in r.stdout and "1 kept aside" in r.stdout, "the refusal is told once, not again\n" + r.stdout)

    # 4. The report from the files and the report from the LRS agree (Cara's refused statement
    # was her event's start, which the report does not need).
    files = [str(d / "mingle" / "results") for d in (ann, bo, tmp / "bo-reference", cara)]
    r1 = subprocess.run([str(mingle), "report", *files, "--csv", str(tmp / "files.csv")], capture_output=True, text=True)
    r2 = subprocess.run([str(mingle), "report", "--workshop", str(workshop), "--csv", str(tmp / "lrs.csv")],
                        capture_output=True, text=True, env=env)
    expect(r1.returncode == 0 and r2.returncode == 0, "both reports are written\n" + r1.stderr + r2.stderr)
    from_files = (tmp / "files.csv").read_text()
    from_lrs = (tmp / "lrs.csv").read_text() if (tmp / "lrs.csv").exists() else ""
    expect(from_files.count("\n") == 5, "one header and four rows")
    expect(from_files == from_lrs, "the report from the files and from the LRS agree\n" + from_files + "---\n" + from_lrs)

    # The same report, naming the LRS by hand (key and the variable holding the secret).
    r3 = subprocess.run([str(mingle), "report", "--lrs", lrs.endpoint, "--key", lrs.key, "--secret-env",
                         "MINGLE_TEST_LRS_SECRET", "--csv", str(tmp / "lrs-by-hand.csv")],
                        capture_output=True, text=True, env=env)
    expect(r3.returncode == 0 and (tmp / "lrs-by-hand.csv").read_text() == from_lrs,
           "mingle report --lrs ENDPOINT --key --secret-env gives the same rows\n" + r3.stderr)

    # 5. A wrong secret is not the statements' fault: they wait (nothing is set aside), and the
    # secret itself is never printed.
    dan = tmp / "dan"
    r = subprocess.run(
        [str(mingle), "play", "--text", "--workshop", str(workshop), "--player", "Dan Wu", "--script",
         str(here / "script-bo.txt")], env=dict(env, XDG_DATA_HOME=str(dan), MINGLE_TEST_LRS_SECRET="wrong-secret-xyz"),
        capture_output=True, text=True, timeout=120)
    expect("401" in r.stdout and "wait on this computer" in r.stdout, "a 401 is told, and the statements wait\n" + r.stdout[-600:])
    expect(len(queue_files(dan)) > 5 and not list((dan / "mingle" / "outbox").rglob("rejected/*")),
           "they are all still queued, none set aside")
    expect("wrong-secret-xyz" not in r.stdout + r.stderr, "the secret is never printed")
    r = sync(dan)  # the right secret again
    expect(r.returncode == 0 and not queue_files(dan), "with the right secret, sync sends them all")

checks.finish()
