"""What the workshop tests share: their two arguments, a running list of checks, and the
window under a virtual display (Xvfb) that another server may take from under us.

Each test: `mingle, root = checks.args()`, then `checks.expect(ok, what)` as it goes, and
`checks.finish()` at the end (prints the tally and exits 1 if anything failed)."""
import pathlib
import random
import subprocess
import sys

failures = []


def args():
    """MINGLE SOURCE_DIR from the command line, resolved."""
    return pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()


def expect(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def finish():
    print(f"{len(failures)} failed" if failures else "all passed")
    sys.exit(1 if failures else 0)


def delivered(mingle, workshop, env, r):
    """Whether a terminal workshop run `r` got its statements to the LRS: the run says so at its
    end or, where a busy machine left some waiting (the game's last try to send lasts half a
    second, then it tells the player to run `mingle sync`), after doing as the player is told.
    For the tests whose point is elsewhere; tests/workshop/lrs_test.py holds the end's own word
    to account. Returns (ok, everything printed)."""
    said = r.stdout + r.stderr
    if r.returncode == 0 and "reached the workshop's learning record store" in r.stdout:
        return True, said
    if r.returncode != 0 or "wait on this computer" not in r.stdout:
        return False, said
    s = subprocess.run([str(mingle), "sync", "--workshop", str(workshop)], env=env, capture_output=True, text=True,
                       timeout=120)
    return s.returncode == 0 and "0 still waiting" in s.stdout, said + s.stdout + s.stderr


def under_xvfb(script, env, log, timeout=180):
    """Runs a shell script under its own virtual display (1280x800). A display lost to another
    server starting at the same moment is tried again on a number of its own, as
    tests/gui/lib.sh does. `log` is the file the script sends the game's output to."""
    for _ in range(3):
        r = subprocess.run(["xvfb-run", "-a", "-n", str(100 + random.randrange(800)), "-s",
                            "-screen 0 1280x800x24 -noreset", "bash", "-c", script], env=env,
                           capture_output=True, text=True, timeout=timeout)
        said = log.read_text() if log.exists() else ""
        if "open X11 display" not in said and "cannot open display" not in said:
            break
    return r
