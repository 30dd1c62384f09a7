#!/usr/bin/env python3
"""Live during the session: `mingle report --workshop FILE --html PAGE --watch --every 1` keeps the
page up to date from a real LRS (tests/lrs) while a scripted trainee plays, and headless
Chromium shows it: the page asks the browser to reload it (Chromium, left on it, fetches it
again by itself), a run still being played is on it as "Playing now" with where the trainee
got stuck so far, and once the run ends it is shown as ended. Ctrl-C (SIGINT) stops the
watch and leaves a page that no longer reloads. The same with a results folder.

The page is served to Chromium by a small local web server, which counts how often Chromium
asks for it.

Usage: report_watch_test.py MINGLE SOURCE_DIR"""
import functools
import http.server
import pathlib
import re
import shutil
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
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("FAIL: chromium is not installed (scripts/install-deps.sh test installs it)")
    sys.exit(1)

requests = []


class Pages(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        requests.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


def wait_for(check, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        if check():
            return True
        time.sleep(0.2)
    return False


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = lrs.write_workshop(tmp / "workshop.yaml", "Spring induction, group B", here / "harbour")
    env = lrs.env()
    site = tmp / "site"
    site.mkdir()
    page = site / "live.html"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Pages, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/live.html"

    def browse():
        """The page's DOM as Chromium builds it."""
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
                           capture_output=True, text=True, timeout=120)
        return r.stdout

    def left_open(seconds):
        """How often Chromium, left on the page for a while, asks for it."""
        before = len(requests)
        browser = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                    "--remote-debugging-port=0", url],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(seconds)
        browser.terminate()
        try:
            browser.wait(timeout=20)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait()
        return len(requests) - before

    watch = subprocess.Popen([str(mingle), "report", "--workshop", str(workshop), "--html", str(page), "--watch",
                              "--every", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    expect(wait_for(page.exists), "mingle report --watch writes the page")
    dom = browse()
    fetched = left_open(6)
    expect("Live: updated at" in dom and "0 runs are being played" in dom, "the page says it is live, and when\n" + dom[:600])
    expect('http-equiv="refresh" content="1"' in dom and fetched >= 3,
           f"the page reloads itself in the browser (left on it 6 s, Chromium asked for it {fetched} times)")

    # A trainee plays; the facilitator's page shows them while they play, stuck where they are.
    data = tmp / "eve"
    eve = subprocess.Popen([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", "Eve Stuck"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=dict(env, XDG_DATA_HOME=str(data)))
    lines = [l for l in (here / "script-stuck.txt").read_text().splitlines() if l.strip()]
    for line in lines[:5]:  # up to 'leave': a refused talk, a greyed choice tried, a talk walked away from
        eve.stdin.write(line + "\n")
        eve.stdin.flush()
        time.sleep(0.3)

    def shows(pattern):
        return lambda: re.search(pattern, page.read_text(), re.S) is not None

    expect(wait_for(shows(r'data-player="Eve Stuck".*?Playing now')), "the page gains the run being played")
    # Her statements arrive one command at a time: the page may show her before it shows her
    # last step (the walk-away). Wait for the page to catch up, as a facilitator would.
    expect(wait_for(shows(r'walked away mid-talk')), "the page catches up with her walk-away")
    dom = browse()
    section = re.search(r'<section class="trainee"[^>]*data-player="Eve Stuck".*?</section>', dom, re.S)
    section = section.group(0) if section else ""
    expect("Playing now" in section and "1 run is being played" in dom,
           "Chromium shows Eve's run as being played\n" + section[:400])
    stuck = [row for row in re.findall(r'<tr class="stuck-row">.*?</tr>', dom, re.S) if "Eve Stuck" in row]
    expect(any("refused" in row for row in stuck) and any("walked away" in row for row in stuck),
           "where people got stuck shows Eve now: a refused try and a talk walked away from\n" + "\n".join(stuck)[:800])

    for line in lines[5:]:
        eve.stdin.write(line + "\n")
        eve.stdin.flush()
    eve.stdin.close()
    eve.wait(timeout=120)
    expect(eve.returncode == 0, "Eve's run ends")
    expect(wait_for(lambda: "Playing now" not in page.read_text() and "0 runs are being played" in page.read_text()),
           "once it ends, the page shows it ended")
    dom = browse()
    expect("Eve Stuck" in dom and "stopped: the commands ran out" in dom, "Chromium shows how it ended")

    watch.send_signal(signal.SIGINT)
    out, err = watch.communicate(timeout=30)
    final = page.read_text()
    expect(watch.returncode == 0 and "Stopped watching" in out, "Ctrl-C stops the watch\n" + out + err)
    expect('http-equiv="refresh"' not in final and "when watching stopped" in final,
           "and the last page stays, without reloading")
    expect(lrs.secret not in out + err + final, "the secret is never printed")

    # From a results folder too.
    folder_page = site / "folder.html"
    watch = subprocess.Popen([str(mingle), "report", str(data / "mingle" / "results"), "--html", str(folder_page),
                              "--watch", "--every", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    expect(wait_for(lambda: folder_page.exists() and "Eve Stuck" in folder_page.read_text()),
           "watching a results folder: the page has the runs in it")
    watch.send_signal(signal.SIGTERM)
    out, err = watch.communicate(timeout=30)
    expect(watch.returncode == 0, "SIGTERM stops it too\n" + err)
    server.shutdown()

checks.finish()
