#!/usr/bin/env python3
"""Fail early, against a real LRS (tests/lrs): `mingle check --online workshop.yaml` asks the
workshop's learning record store for one statement with the workshop's key, and reports a wrong
key (E0403), an address that does not answer (E0402), one that answers but not as an LRS
(E0404) and an unset secret variable (E0401) as errors at the workshop file's line; a right
workshop passes and says so. The plain check (no --online) asks nothing. A trainee who starts a
run with a wrong key or an LRS that can't be reached is told at the start, in words to pass on
to the facilitator, and the run still plays and keeps its records. No secret is ever printed.

Usage: check_online_test.py MINGLE SOURCE_DIR"""
import os
import pathlib
import re
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
    env = lrs.env()
    no_secret = {k: v for k, v in env.items() if k != lrs.SECRET_ENV}

    def workshop(name, endpoint=None, key=None):
        folder = tmp / name
        folder.mkdir()
        path = lrs.write_workshop(folder / "workshop.yaml", "Spring induction", here / "harbour", endpoint=endpoint)
        if key:
            path.write_text(path.read_text().replace(f"key: {lrs.key}", f"key: {key}"))
        return path

    def check(path, *more, environ=env):
        return subprocess.run([str(mingle), "check", *more, str(path)], capture_output=True, text=True,
                              env=environ, timeout=60)

    def line_of(path, key):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if line.strip().startswith(key + ":"):
                return n
        return 0

    everything = ""

    right = workshop("right")
    r = check(right, "--online")
    everything += r.stdout + r.stderr
    expect(r.returncode == 0 and "answered, and took the key 'mingle'" in r.stdout,
           "a right workshop passes --online and says the LRS took its key\n" + r.stdout + r.stderr)

    wrong_key = workshop("wrong-key", key="not-the-key")
    r = check(wrong_key)
    expect(r.returncode == 0 and "E04" not in r.stdout, "the plain check asks no LRS: a wrong key passes it")
    r = check(wrong_key, "--online")
    everything += r.stdout + r.stderr
    want = f"{wrong_key}:{line_of(wrong_key, 'key')}:3: error:"
    expect(r.returncode == 1 and want in r.stdout and "[E0403]" in r.stdout and "not-the-key" in r.stdout
           and "401" in r.stdout, f"--online: a wrong key is an error at its line ({want})\n" + r.stdout)

    r = check(right, "--online", environ=no_secret)
    everything += r.stdout + r.stderr
    want = f"{right}:{line_of(right, 'secret_env')}:3: error:"
    expect(r.returncode == 1 and want in r.stdout and "[E0401]" in r.stdout and lrs.SECRET_ENV in r.stdout,
           "--online: an unset secret variable is an error at 'secret_env', naming the variable\n" + r.stdout)

    nowhere = workshop("nowhere", endpoint="http://127.0.0.1:1/xAPI/")
    r = check(nowhere, "--online")
    everything += r.stdout + r.stderr
    want = f"{nowhere}:{line_of(nowhere, 'endpoint')}:3: error:"
    expect(r.returncode == 1 and want in r.stdout and "[E0402]" in r.stdout and "does not answer" in r.stdout,
           "--online: an address nobody answers at is an error at 'endpoint'\n" + r.stdout)

    not_lrs = workshop("not-lrs", endpoint=f"http://127.0.0.1:{lrs.port}/no-xapi-here/")
    r = check(not_lrs, "--online")
    everything += r.stdout + r.stderr
    expect(r.returncode == 1 and ("[E0404]" in r.stdout or "[E0403]" in r.stdout),
           "--online: an address that is not the LRS's xAPI is an error\n" + r.stdout)

    r = check(right, "--online", "--json")
    expect(r.returncode == 0 and '"errors": 0' in r.stdout, "--online with --json: the same, as JSON\n" + r.stdout)

    # The start of a run: the trainee hears at once, in words to pass on, and the run still plays.
    def play(path, player, environ):
        data = tmp / ("data-" + player.split()[0])
        return subprocess.run([str(mingle), "play", "--text", "--workshop", str(path), "--player", player, "--script",
                               str(here / "script-bo.txt")], env=dict(environ, XDG_DATA_HOME=str(data)),
                              capture_output=True, text=True, timeout=120)

    def words(text):  # the terminal wraps at 80 columns: compare words, not lines
        return " ".join(text.split())

    r = play(wrong_key, "Ann Lee", env)
    everything += r.stdout + r.stderr
    said = words(r.stdout)
    told = said.find("Please tell your facilitator")
    expect(r.returncode == 0 and 0 <= told < said.find("== The Harbour Reception")
           and "turned down the workshop's key 'not-the-key'" in said,
           "a run with a wrong key: the trainee is told before the event begins, to tell the facilitator\n" +
           r.stdout[:1200])
    expect("kept safely on this computer" in said and "wait on this computer" in said,
           "and that their run is kept; it is, waiting to be sent")
    r = play(nowhere, "Bo Chen", env)
    everything += r.stdout + r.stderr
    said = words(r.stdout)
    told = said.find("can't be reached from this computer right now")
    expect(r.returncode == 0 and 0 <= told < said.find("== The Harbour Reception"),
           "a run whose LRS does not answer: said before the event begins\n" + r.stdout[:1200])
    r = play(right, "Cara Diaz", env)
    everything += r.stdout + r.stderr
    expect(r.returncode == 0 and "Please tell your facilitator" not in r.stdout and "reached the workshop" in r.stdout,
           "a right workshop: nothing to tell, and the run arrives")

    expect(lrs.secret not in everything, "the secret is never printed")

checks.finish()
