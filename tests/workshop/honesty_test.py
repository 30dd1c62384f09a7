#!/usr/bin/env python3
"""Success is said only when true, the secret goes nowhere, and no shared or redirected folder
is written, with the real game and the real test LRS (tests/lrs):

1. A workshop run whose queue can't be written: the records can't be kept, the player is told,
   the end never says the run reached the LRS, and the exit code is 1.
2. A password in the endpoint's address: `mingle check` gives E0214 with the fix, `play` and
   `sync` refuse, and the password appears in no output and no file.
3. A run with the secret in an environment variable: the secret appears in no file, no folder
   name, no statement held by the LRS and no output.
4. A data folder whose mingle folder is a symlink (as one planted in a shared /tmp would be):
   refused with the reason; nothing is written where it points.

Usage: honesty_test.py MINGLE SOURCE_DIR"""
import os
import pathlib
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
SECRET = "s3cret-for-tests"


def everything_written(folder):
    """Every path and every file's bytes under folder, as one text."""
    parts = []
    for p in pathlib.Path(folder).rglob("*"):
        parts.append(str(p))
        if p.is_file() and not p.is_symlink():
            parts.append(p.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


with harness.Lrs(secret=SECRET) as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)

    def workshop_file(name, endpoint):
        return lrs.write_workshop(tmp / name, "Spring induction, group H", here / "harbour", endpoint)

    workshop = workshop_file("workshop.yaml", lrs.endpoint)
    env = lrs.env()

    def play(data, player, w=workshop, extra_env=None):
        return subprocess.run([str(mingle), "play", "--text", "--workshop", str(w), "--player", player,
                               "--script", str(here / "script-bo.txt")],
                              env=dict(env, XDG_DATA_HOME=str(data), **(extra_env or {})),
                              capture_output=True, text=True, timeout=120)

    # 1. The queue can't be written: its folder's name is taken by a file (as a read-only or full
    # data folder would refuse it, but for root too).
    blocked = tmp / "blocked"
    (blocked / "mingle").mkdir(parents=True)
    (blocked / "mingle" / "outbox").write_text("not a folder\n")
    r = play(blocked, "Ro Only")
    said = r.stdout + r.stderr
    expect("reached the workshop" not in said, "a queue that can't be written: no claim that the run arrived\n" + said[-600:])
    expect("Couldn't keep this run's records on this computer" in said, "the player is told the records can't be kept")
    expect("could not be kept on this computer" in said and r.returncode == 1,
           f"the end says the LRS won't have all of the run, and the exit code is 1 ({r.returncode})")

    # The queue can't be read (its 'pending' folder's name is taken by a file): sync says so and
    # exits 1, never "0 still waiting".
    queue = tmp / "unreadable-queue"
    queue.mkdir()
    (queue / "pending").write_text("not a folder\n")
    r = subprocess.run([str(mingle), "sync", "--workshop", str(workshop), "--queue", str(queue)], env=env,
                       capture_output=True, text=True, timeout=120)
    expect(r.returncode == 1 and "can't be read" in r.stderr and "Sent" not in r.stdout,
           "sync with a queue it can't read says so, exit 1\n" + r.stdout + r.stderr)

    # 2. Credentials in the address.
    password = "hunter2-do-not-print"
    creds = workshop_file("creds.workshop.yaml", lrs.endpoint.replace("http://", f"http://{lrs.key}:{password}@"))
    r = subprocess.run([str(mingle), "check", str(creds)], capture_output=True, text=True, timeout=120)
    expect(r.returncode == 1 and "E0214" in r.stdout and "secret_env" in r.stdout,
           "check: a password in the endpoint is an error, with the fix\n" + r.stdout)
    creds_data = tmp / "creds"
    r2 = play(creds_data, "Cy Creds", w=creds)
    r3 = subprocess.run([str(mingle), "sync", "--workshop", str(creds)], env=dict(env, XDG_DATA_HOME=str(creds_data)),
                        capture_output=True, text=True, timeout=120)
    expect(r2.returncode == 1 and r3.returncode == 1, "play and sync refuse such a workshop")
    r4 = subprocess.run([str(mingle), "report", "--lrs", lrs.endpoint.replace("http://", f"http://{lrs.key}:{password}@"),
                         "--key", lrs.key, "--secret-env", "MINGLE_TEST_LRS_SECRET"], env=env,
                        capture_output=True, text=True, timeout=120)
    expect(r4.returncode == 2 and "--secret-env" in r4.stderr, "report --lrs refuses such an address too\n" + r4.stderr)
    seen = (r.stdout + r.stderr + r2.stdout + r2.stderr + r3.stdout + r3.stderr + r4.stdout + r4.stderr +
            everything_written(tmp / "creds"))
    expect(password not in seen, "the password appears in no output and no file")
    plain = workshop_file("plain.workshop.yaml", "http://lrs.example.org/xAPI/")
    r = subprocess.run([str(mingle), "check", str(plain)], capture_output=True, text=True, timeout=120)
    expect(r.returncode == 0 and "W0215" in r.stdout, "check: plain http:// to another computer is a warning\n" + r.stdout)
    r = subprocess.run([str(mingle), "check", str(workshop)], capture_output=True, text=True, timeout=120)
    expect("W0215" not in r.stdout, "but not to 127.0.0.1")

    # 3. The secret, from the environment, goes nowhere.
    data = tmp / "secret"
    r = play(data, "Sam Secret")
    ok, printed = checks.delivered(mingle, workshop, dict(env, XDG_DATA_HOME=str(data)), r)
    expect(ok, "a run reaches the LRS\n" + printed[-400:])
    lrs.stop_front()
    r2 = play(data, "Sam Secret")  # queued, not sent: the statements are on disk
    lrs.start_front()
    held = lrs.statements()
    written = everything_written(data)
    expect("outbox" in written and ".json" in written, "files were written (results, queue)")
    expect(SECRET not in written, "the secret is in no file or folder name")
    expect(SECRET not in printed + r2.stdout + r2.stderr, "nor in any output")
    expect(held and all(SECRET not in str(s) for s in held), f"nor in any statement the LRS holds ({len(held)})")

    # 4. A mingle folder that is a symlink is not followed.
    planted, elsewhere = tmp / "planted", tmp / "elsewhere"
    planted.mkdir()
    elsewhere.mkdir()
    (planted / "mingle").symlink_to(elsewhere)
    r = play(planted, "Pat Planted")
    said = r.stdout + r.stderr
    expect(r.returncode == 1 and "symbolic link" in said, "a symlinked data folder is refused, with why\n" + said[-400:])
    expect(not any(elsewhere.iterdir()), "and nothing is written where it points")

checks.finish()
