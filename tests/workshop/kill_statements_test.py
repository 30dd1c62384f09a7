#!/usr/bin/env python3
"""Nothing lost when the network is slow: workshop runs in the terminal are killed (SIGKILL) at
random points while the real test LRS (tests/lrs) hangs (accepts the connection, never answers)
or is slow (answers after 3 s). Each command's statements must be on disk, or already with the
LRS, by the time the game has answered it; then `mingle sync` delivers every one exactly once.

1. A reference run with the LRS away counts the statements each command makes.
2. For each of 'hang' and 'slow', killed runs: 0 statements lost, and after sync the LRS holds
   each exactly once and nothing waits.
3. With the LRS hanging, a run that is ended (quit, or SIGTERM) exits within a second,
   and says its statements wait rather than that they arrived.

Usage: kill_statements_test.py MINGLE SOURCE_DIR"""
import json
import os
import pathlib
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
sys.path.insert(0, str(root / "tests" / "lrs"))
import harness  # noqa: E402

here = root / "tests" / "workshop"
LINES = [l for l in (here / "script-bo.txt").read_text().splitlines() if l.strip()]
COMMANDS = LINES[:-1]  # all but 'end', so a killed run is always mid-event
KILLS_PER_MODE = int(os.environ.get("MINGLE_KILLS_PER_MODE", "8"))
rng = random.Random(int(os.environ.get("MINGLE_KILL_SEED", "25")))


class Game:
    """`mingle play --text --workshop` with commands on a pipe; each command is followed by
    'status', whose echo shows the command before it has been answered in full."""

    def __init__(self, workshop, data, player, env):
        self.p = subprocess.Popen([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", player],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  env=dict(env, XDG_DATA_HOME=str(data)), text=True)
        self.out = ""
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.answered = 0

    def _read(self):
        for line in self.p.stdout:
            with self.lock:
                self.out += line

    def said(self):
        with self.lock:
            return self.out

    def wait_for(self, predicate, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if predicate(self.said()):
                return True
            time.sleep(0.01)
        return False

    def command(self, line):
        """Sends one command and waits until the game has answered it."""
        self.p.stdin.write(line + "\nstatus\n")
        self.p.stdin.flush()
        self.answered += 1
        n = self.answered
        ok = self.wait_for(lambda s: s.count("> status\n") >= n)
        if not ok:
            expect(False, f"the game answered command {n} ({line})")
        return ok


def pending(data):
    out = {}
    for f in (data / "mingle" / "outbox").rglob("pending/*.json"):
        st = json.loads(f.read_text())
        out[st["id"]] = st
    return out


def held_by(lrs, player):
    return [s for s in lrs.statements() if s["actor"].get("account", {}).get("name") == player]


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = lrs.write_workshop(tmp / "workshop.yaml", "Spring induction, group K", here / "harbour")
    env = lrs.env()

    # 1. With the LRS away, how many statements the run has made after each command.
    lrs.stop_front()
    ref_data = tmp / "reference"
    g = Game(workshop, ref_data, "Ref Erence", env)
    made = [0]
    for line in COMMANDS:
        g.command(line)
        made.append(len(pending(ref_data)))
    g.p.kill()
    g.p.wait()
    expect(made[-1] > len(COMMANDS), f"the reference run made statements as it went ({made})")
    lrs.start_front()

    # 2. Killed runs against a hanging and a slow LRS.
    for mode in ("hang", "slow"):
        total_lost = total_made = 0
        for trial in range(KILLS_PER_MODE):
            k = rng.randrange(1, len(COMMANDS) + 1)
            player = f"Kim {mode} {trial}"
            data = tmp / f"{mode}-{trial}"
            lrs.mode(mode)
            g = Game(workshop, data, player, env)
            for line in COMMANDS[:k]:
                g.command(line)
            g.p.send_signal(signal.SIGKILL)
            g.p.wait()
            if mode == "slow":
                time.sleep(3.5)  # a request in flight when the game died has landed (or not) by now
            lrs.mode("ok")
            on_disk = pending(data)
            held = {s["id"] for s in held_by(lrs, player)}
            have = len(set(on_disk) | held)
            total_lost += max(0, made[k] - have)
            total_made += made[k]
            expect(have == made[k], f"{mode}: killed after {k} commands, {made[k]} statements made, "
                                    f"{len(on_disk)} on disk and {len(held)} with the LRS ({have} in all)")
            r = subprocess.run([str(mingle), "sync", "--workshop", str(workshop)],
                               env=dict(env, XDG_DATA_HOME=str(data)), capture_output=True, text=True, timeout=120)
            expect(r.returncode == 0, f"{mode}: mingle sync sends what waited\n" + r.stdout + r.stderr)
            now = held_by(lrs, player)
            ids = [s["id"] for s in now]
            expect(len(ids) == made[k] and len(set(ids)) == made[k],
                   f"{mode}: the LRS holds each of the {made[k]} statements exactly once ({len(ids)} held)")
            expect(not pending(data), f"{mode}: nothing waits after sync")
        expect(total_lost == 0, f"{mode}: {KILLS_PER_MODE} killed runs, {total_made} statements made, {total_lost} lost")

    # 3. Ending a run while the LRS hangs: out within a second, and no claim that the run arrived.
    for how in ("quit", "SIGTERM"):
        lrs.mode("hang")
        data = tmp / f"end-{how}"
        g = Game(workshop, data, f"Lee {how}", env)
        for line in COMMANDS[:3]:
            g.command(line)
        ended = time.monotonic()  # from the moment the player asks to stop
        if how == "quit":
            g.p.stdin.write("quit\n")
            g.p.stdin.flush()
        else:
            g.p.send_signal(signal.SIGTERM)
        try:
            g.p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            g.p.kill()
            g.p.wait()
        took = time.monotonic() - ended
        g.reader.join(5)
        said = g.said()
        expect(took <= 1.0, f"{how} with the LRS hanging: the game exits {took:.2f} s after it is asked to (at most 1 s)")
        expect("statements wait on this computer" in said and "reached the workshop" not in said,
               f"{how}: the player is told the statements wait, not that they arrived\n" + said[-400:])
        expect(len(pending(data)) > made[3],
               f"{how}: the run's statements are on disk ({len(pending(data))})")
        lrs.mode("ok")

checks.finish()
