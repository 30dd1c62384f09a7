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
    """The statement service (lrs.js --backend) behind its front door (front.js), both on
    127.0.0.1. stop_front()/start_front() take the LRS away and bring it back on the same port
    while the store behind keeps what it holds."""

    def __init__(self, key="mingle", secret="s3cret-for-tests"):
        ensure_installed()
        self.key, self.secret = key, secret
        self.storage = tempfile.TemporaryDirectory(prefix="mingle-lrs-")
        self.front = None
        self.backend = subprocess.Popen(
            ["node", str(HERE / "lrs.js"), "--backend", "1", "--storage", self.storage.name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            self.backend_port = self._port_of(self.backend, "the statement service")
            self.port = 0
            self.start_front()
        except RuntimeError:
            self.stop()
            raise
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"

    def _port_of(self, proc, what):
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready else ""
        if not line.startswith("listening "):
            _stop(proc)
            raise RuntimeError(f"{what} did not start: {line!r}")
        return int(line.split()[1])

    def start_front(self):
        """Starts the front door (on the same port as before, after a stop)."""
        for _ in range(50):  # the old socket may linger a moment after a stop
            self.front = subprocess.Popen(
                ["node", str(HERE / "front.js"), "--port", str(self.port), "--backend", str(self.backend_port),
                 "--key", self.key, "--secret", self.secret],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                self.port = self._port_of(self.front, "the LRS's front door")
                return
            except RuntimeError:
                time.sleep(0.1)
        raise RuntimeError("the LRS's front door could not start again")

    def stop_front(self):
        """Stops the front door by its PID: connections to the LRS are refused until start_front."""
        _stop(self.front)

    def stop(self):
        _stop(self.front)
        _stop(self.backend)
        self.storage.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    SECRET_ENV = "MINGLE_TEST_LRS_SECRET"

    def write_workshop(self, path, title, scenario, endpoint=None):
        """A practice workshop (seed 7) on this LRS, its secret in SECRET_ENV; returns the path.
        `endpoint` replaces the LRS's own address (to test a wrong one)."""
        path.write_text(f"""title: {title}
scenario: {scenario}
mode: practice
seed: 7
home_page: https://learning.example.org
lrs:
  endpoint: {endpoint or self.endpoint}
  key: {self.key}
  secret_env: {self.SECRET_ENV}
""")
        return path

    def env(self, **more):
        """The environment a game needs to reach this LRS (the secret in SECRET_ENV)."""
        return dict(os.environ, **{self.SECRET_ENV: self.secret}, **more)

    def mode(self, name):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/_test/mode/{name}", method="POST", data=b"")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.read().decode() == name

    def lost_replies(self):
        """How many answers the front door has dropped in lose-reply mode since it started."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_test/lost", timeout=10) as r:
            return int(r.read())

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


def _stop(proc):
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def validate(files):
    """Runs Learning Locker's validator on JSON files; returns (exit code, output)."""
    ensure_installed()
    r = subprocess.run(["node", str(HERE / "validate.js"), *map(str, files)], capture_output=True, text=True,
                       timeout=120)
    return r.returncode, r.stdout + r.stderr
