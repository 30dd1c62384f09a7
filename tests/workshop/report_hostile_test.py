#!/usr/bin/env python3
"""The report from hostile results files, in a real browser: results files named to break out
of a link ("javascript:...", quotes, '#', '?', spaces, accents) and a player named like a
spreadsheet formula. `mingle report` writes the HTML page and the CSV; headless Chromium
(Debian's chromium) opens the page and clicks every link on it, one at a time. No click may run
script (the hostile names write 'PWNED' into the page if they do), every link must land on the
page itself or on the results file it names, and no CSV cell may start a formula.

Usage: report_hostile_test.py MINGLE SOURCE_DIR"""
import csv
import html.parser
import io
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import checks  # noqa: E402
from checks import expect  # noqa: E402

mingle, root = checks.args()
here = root / "tests" / "workshop"

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("FAIL: chromium is not installed (scripts/install-deps.sh test installs it)")
    sys.exit(1)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))


PAYLOAD = "document.write('PW'+'NED')"  # the marker appears only if the script runs
HOSTILE_NAMES = [
    f"javascript:{PAYLOAD}",                  # a scheme, if left as it is
    f"javascript:{PAYLOAD}.json",
    f"\" onmouseover=\"{PAYLOAD}\" x=\".json",  # out of the attribute
    "#top.json", "?q=1.json", "with space.json", "caf\u00e9.json", "%2e%2e.json",
]
FORMULAS = ["=HYPERLINK(\"https://example.org\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"]

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    data, out = tmp / "data", tmp / "out"
    data.mkdir()
    out.mkdir()
    files = []
    for i, name in enumerate(HOSTILE_NAMES):
        player = FORMULAS[i % len(FORMULAS)]
        # Results beside the page and in a folder next to it, so links go both ways.
        target = (out if i % 2 else data) / name
        r = subprocess.run([str(mingle), "play", "--text", str(here / "harbour"), "--player", player,
                            "--script", str(here / "script-bo.txt"), "--results", str(target)],
                           capture_output=True, text=True, timeout=120, env=dict(os.environ, XDG_DATA_HOME=str(tmp / "xdg")))
        expect(r.returncode == 0 and target.is_file(), f"a results file named {name!r} is written\n" + r.stderr)
        files.append(target)
    page = out / "report.html"
    r = subprocess.run([str(mingle), "report", *map(str, files), "--html", str(page), "--csv", str(out / "r.csv")],
                       capture_output=True, text=True, timeout=120)
    expect(r.returncode == 0 and page.exists(), "mingle report writes the page and the CSV\n" + r.stdout + r.stderr)

    # The CSV: no cell starts a formula (a plain number like -3 is a number, not a formula).
    rows = list(csv.reader(io.StringIO((out / "r.csv").read_text(), newline="")))
    bad = [c for row in rows for c in row
           if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not c.lstrip("-").isdigit()]
    expect(len(rows) == len(files) + 1 and not bad, f"no CSV cell starts a formula ({bad[:3]})")
    names = [row[0] for row in rows[1:]]
    expect(all(n.startswith("'") for n in names), f"the formula-like names are kept, after a quote ({names[:3]})")

    # Every link, clicked in Chromium.
    parser = Links()
    parser.feed(page.read_text())
    hrefs = parser.hrefs
    results_links = [h for h in hrefs if not h.startswith("#")]
    expect(len(results_links) == len(files), f"a link for each results file ({len(results_links)})")
    expect(all(":" not in h and not h.startswith("/") for h in results_links),
           "every results link is a relative path, with no scheme")
    clicked_ok = 0
    for i, href in enumerate(hrefs):
        clicker = out / f"click-{i}.html"
        clicker.write_text(page.read_text() + f"""<script>
window.addEventListener('load', () => document.querySelectorAll('a')[{i}].click());
</script>""")
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
                            "--allow-file-access-from-files", "--dump-dom", clicker.as_uri()],
                           capture_output=True, text=True, timeout=120)
        dom = r.stdout
        clicker.unlink()
        if "PWNED" in dom:
            expect(False, f"clicking link {i} ({href!r}) ran script")
            continue
        if href.startswith("#"):
            ok = "class=\"trainee\"" in dom
        else:
            ok = "schema_version" in dom  # the results file itself, shown as text
        expect(ok, f"link {i} ({href!r}) lands on {'the page' if href.startswith('#') else 'its results file'}")
        clicked_ok += ok
    expect(clicked_ok == len(hrefs) and len(hrefs) > len(files),
           f"{clicked_ok} of {len(hrefs)} links clicked land where they should, none ran script")

checks.finish()
