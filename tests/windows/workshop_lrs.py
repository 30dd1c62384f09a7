#!/usr/bin/env python3
"""A workshop run of the Windows build reaches the test LRS (tests/lrs: Learning Locker's
statement service on 127.0.0.1), through curl with Windows' own TLS stack built in (Schannel;
the test LRS speaks plain HTTP). mingle.exe plays tests/workshop/harbour in the terminal with
the workshop's LRS up; every statement it made arrives, and none is left waiting.

Usage: workshop_lrs.py MINGLE-UNDER-WINE SOURCE_DIR   (tests/windows/wine.sh makes the wrapper)"""
import os
import pathlib
import subprocess
import sys
import tempfile

mingle, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).resolve()
sys.path.insert(0, str(root / "tests" / "lrs"))
import harness  # noqa: E402

here = root / "tests" / "workshop"
failed = False


def expect(ok, what, detail=""):
    global failed
    print(("ok: " if ok else "FAIL: ") + what + ("" if ok or not detail else "\n" + detail))
    failed = failed or not ok


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = tmp / "workshop.yaml"
    workshop.write_text(f"""title: Spring induction, group B
scenario: {here / 'harbour'}
mode: practice
seed: 7
lrs:
  endpoint: {lrs.endpoint}
  key: {lrs.key}
  secret_env: MINGLE_TEST_LRS_SECRET
""")
    data = tmp / "ann"
    env = dict(os.environ, MINGLE_TEST_LRS_SECRET=lrs.secret, XDG_DATA_HOME=str(data))
    r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", "Ann Lee",
                        "--script", str(here / "script-ann.txt")], env=env, capture_output=True, text=True,
                       timeout=300)
    expect(r.returncode == 0, "mingle.exe plays a workshop run", r.stdout[-500:] + r.stderr[-500:])
    expect("reached the workshop's learning record store" in r.stdout, "mingle.exe says the run reached the LRS",
           r.stdout[-300:])
    stored = lrs.statements()
    waiting = sorted((data / "mingle" / "outbox").rglob("pending/*.json"))
    expect(len(stored) > 15 and not waiting,
           f"the LRS holds the run's {len(stored)} statements; {len(waiting)} left waiting")
sys.exit(1 if failed else 0)
