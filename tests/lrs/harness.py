"""The test LRS for Mingle's Python tests: installs the pinned npm packages once (npm ci, under a
lock so parallel tests don't trample each other), starts lrs.js on a free 127.0.0.1 port, and
stops it by its PID. Also: reading statements back, switching fault modes, and the validator."""
import base64
import fcntl
import json
import os
import pathlib
import select
import subprocess
import tempfile
import time
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent


def ensure_installed():
    """npm ci from the lockfile, unless the installed tree already matches it."""
    marker = HERE / "node_modules" / ".package-lock.json"
    with open(HERE / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and marker.stat().st_mtime >= (HERE / "package-lock.json").stat().st_mtime:
            return
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE, check=True,
                       timeout=600)


class Lrs:
    def __init__(self, key="mingle", secret="s3cret-for-tests"):
        ensure_installed()
        self.key, self.secret = key, secret
        self.storage = tempfile.TemporaryDirectory(prefix="mingle-lrs-")
        self.proc = subprocess.Popen(
            ["node", str(HERE / "lrs.js"), "--key", key, "--secret", secret, "--storage", self.storage.name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.proc.stdout], [], [], 60)
        line = self.proc.stdout.readline() if ready else ""
        if not line.startswith("listening "):
            self.stop()
            raise RuntimeError(f"the test LRS did not start: {line!r} {self.proc.stderr.read()}")
        self.port = int(line.split()[1])
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.storage.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def mode(self, name):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/_test/mode/{name}", method="POST", data=b"")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.read().decode() == name

    def statements(self, query=""):
        """Every statement the LRS holds (matching the query), following 'more'."""
        auth = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()
        out, path = [], "/xAPI/statements?limit=500" + (f"&{query}" if query else "")
        for _ in range(1000):
            req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", headers={
                "Authorization": f"Basic {auth}", "X-Experience-API-Version": "1.0.3"})
            with urllib.request.urlopen(req, timeout=20) as r:
                page = json.loads(r.read())
            out += page["statements"]
            if not page.get("more"):
                break
            path = page["more"]
        return out

    def wait_for(self, predicate, seconds=20):
        """Polls until predicate(statements) holds; returns the statements (bounded)."""
        deadline = time.monotonic() + seconds
        while True:
            got = self.statements()
            if predicate(got) or time.monotonic() > deadline:
                return got
            time.sleep(0.2)


def validate(files):
    """Runs Learning Locker's validator on JSON files; returns (exit code, output)."""
    ensure_installed()
    r = subprocess.run(["node", str(HERE / "validate.js"), *map(str, files)], capture_output=True, text=True,
                       timeout=120)
    return r.returncode, r.stdout + r.stderr
