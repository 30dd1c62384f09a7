#!/usr/bin/env python3
"""The HTML report in a real browser: three trainees play a workshop (one of them twice), then
`mingle report FOLDER --html` writes the page, headless Chromium (Debian's chromium) loads it,
and the DOM it built is checked: a row of bars per run, a bar per idea counting the runs that
met it, the choice where people got stuck, a curve and a page per run, links to each results
file, and nothing fetched from a network. The cohort's figures leave out the second attempt
(assessed mode: not counted) unless --all-runs. Chromium also takes a screenshot, which must not be
blank (KEEP_SHOTS=1 keeps it in the build folder to look at).

Usage: report_html_test.py MINGLE SOURCE_DIR"""
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


class Dom(html.parser.HTMLParser):
    """Elements as (tag, attributes, text inside), enough for the checks below."""

    def __init__(self):
        super().__init__()
        self.elements, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": "", "parents": [e["tag"] + "#" + e["attrs"].get("id", "")
                                                                          for e in self.stack]}
        self.elements.append(el)
        if tag not in ("rect", "polyline", "meta", "br"):
            self.stack.append(el)

    def handle_endtag(self, tag):
        if not any(e["tag"] == tag for e in self.stack):
            return
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for el in self.stack:
            el["text"] += data

    def find(self, tag, cls=None, within=None):
        return [e for e in self.elements if e["tag"] == tag
                and (cls is None or cls in e["attrs"].get("class", "").split())
                and (within is None or any(p.endswith("#" + within) for p in e["parents"]))]


chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("FAIL: chromium is not installed (scripts/install-deps.sh test installs it)")
    sys.exit(1)

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = tmp / "workshop.yaml"
    workshop.write_text(f"title: Spring induction, group B\nscenario: {here / 'harbour'}\nmode: assessed\nseed: 7\n")
    data = tmp / "data"
    runs = [("Ann Lee", "script-ann.txt"), ("Bo Chen", "script-bo.txt"), ("Cara Diaz", "script-bo.txt"),
            ("Ann Lee", "script-bo.txt")]
    for player, script in runs:
        r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", player,
                            "--script", str(here / script)], env=dict(os.environ, XDG_DATA_HOME=str(data)),
                           capture_output=True, text=True, timeout=120)
        expect(r.returncode == 0, f"{player} plays {script}")
    # Progress across attempts: Ann's second run lists her first and says what changed.
    expect("attempt 2" in r.stdout and "Before: The Harbour Reception, attempt 1: enjoyment 5, value 15" in r.stdout,
           "a second attempt lists the first with its scores")
    expect("Since your last attempt:" in r.stdout and "Your value is 0, down 15 on last time." in r.stdout
           and "Met last time but not yet this time" in r.stdout, "and says at the end what changed\n" + r.stdout[-800:])
    results = data / "mingle" / "results"
    page = tmp / "report" / "cohort.html"
    r = subprocess.run([str(mingle), "report", str(results), "--html", str(page), "--csv", str(tmp / "cohort.csv")],
                       capture_output=True, text=True, timeout=120)
    expect(r.returncode == 0 and page.exists(), "mingle report writes the page\n" + r.stdout + r.stderr)
    rows = list(csv.DictReader(io.StringIO((tmp / "cohort.csv").read_text())))
    expect([row["counted"] for row in rows] == ["true", "false", "true", "true"],
           "the CSV says Ann's second attempt (assessed mode) is not counted: " + str([row["counted"] for row in rows]))
    expect("not counted" in r.stdout and "--all-runs" in r.stdout, "mingle report says a run was left out of the figures")
    all_page = tmp / "report" / "all.html"
    r = subprocess.run([str(mingle), "report", str(results), "--html", str(all_page), "--all-runs"],
                       capture_output=True, text=True, timeout=120)
    expect(r.returncode == 0 and all_page.exists(), "mingle report --all-runs writes the page\n" + r.stderr)

    def load(p, fragment=""):
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", p.as_uri() + fragment],
                           capture_output=True, text=True, timeout=120)
        expect(r.returncode == 0 and "<svg" in r.stdout, "Chromium loads the page and builds its DOM")
        d = Dom()
        d.feed(r.stdout)
        return d

    # --all-runs: every run in the cohort's figures.
    every = load(all_page)
    bars = every.find("g", "run-bars", within="scores-chart")
    expect(len(bars) == 4, f"with --all-runs the scores chart has a row per run ({len(bars)})")
    expect(any("Ann Lee (attempt 2)" in b["text"] for b in bars), "a second attempt is named as such")
    expect(any("Tell him at length" in s["text"] and "3 of 4" in s["text"] for s in every.find("tr", "stuck-row")),
           "where people got stuck, all runs: Marcus's awkward choice, taken in three runs")

    # By default: the counted runs only (Ann's second attempt left out), every run keeps its section.
    dom = load(page)
    counted = [row for row in rows if row["counted"] == "true"]
    bars = dom.find("g", "run-bars", within="scores-chart")
    expect(len(bars) == 3 and not any("attempt 2" in b["text"] for b in bars),
           f"the scores chart has a row per counted run ({len(bars)})")
    ideas = {g["attrs"]["data-idea"]: int(g["attrs"]["data-count"]) for g in dom.find("g", "idea-bar")}
    expect(len(ideas) == 8, f"a bar for each of the game's eight ideas ({len(ideas)})")
    for idea, count in ideas.items():
        want = sum(1 for row in counted if idea in row["ideas_met"].split("; "))
        expect(count == want, f"'{idea}': {count} counted runs met it, as the CSV says ({want})")
    stuck = dom.find("tr", "stuck-row")
    expect(any("Tell him at length" in s["text"] and "2 of 3" in s["text"] and "Bo Chen, Cara Diaz" in s["text"]
               for s in stuck), "where people got stuck: Marcus's awkward choice, in two of the three counted runs, by name")
    expect(len(dom.find("svg", "curve")) == 3, "a curve for each counted run")
    expect(len(every.find("svg", "curve")) == 4, "with --all-runs, a curve for each run")
    sections = dom.find("section", "trainee")
    expect(len(sections) == 4, "a page for each run, counted or not")
    expect(any("Not counted" in s["text"] for s in sections), "the run not counted says so in its section")
    expect(any("What went well" in s["text"] and "Next time, try" in s["text"] for s in sections),
           "each run's page carries its debrief")
    links = [a["attrs"]["href"] for a in dom.find("a", "results-link")]
    expect(len(links) == 4 and all((page.parent / l).resolve().is_file() for l in links),
           "each page links its trainee's results file")
    external = [e for e in dom.elements for k in ("src", "href") if e["attrs"].get(k, "").startswith(("http:", "https:", "//"))]
    expect(not external and not any("src" in s["attrs"] for s in dom.find("script")) and not dom.find("link"),
           "the page needs no network (its one script, for sorting, is on the page)")

    # The curves: one frame for the cohort (game time, one scale), drawn once and used by every chart.
    expect(len(dom.find("symbol")) == 2 and len(dom.find("polygon", "range")) == 2
           and len(dom.find("polyline", "median")) == 2, "the cohort's range and median, for enjoyment and for value")
    ticks = [t["text"] for t in dom.find("text", "tick")]
    expect(any(t.count(":") == 1 and t.replace(":", "").isdigit() for t in ticks) and "event 1" in ticks,
           f"the curves' axis is game time, by event ({ticks[:8]})")
    uses = [u["attrs"].get("href") for u in dom.find("use")]
    expect(len(dom.find("svg", "cohort-curve")) == 2 and uses.count("#cohort-0") == 4 and uses.count("#cohort-1") == 4,
           f"the cohort's two charts, and each counted run's over the same axes ({uses})")
    ends = [int(t["text"]) for t in dom.find("text", "end-value")]
    want = sorted(int(row[k]) for row in counted for k in ("enjoyment", "value"))
    expect(sorted(ends) == want, f"each run's curves end on its enjoyment and value, as the CSV says ({sorted(ends)})")

    # The grid: a row per counted run, a tick where the CSV says the run met the idea.
    grid_rows = [e for e in dom.elements if e["tag"] == "tr" and any(p == "tbody#" for p in e["parents"])
                 and any(p == "table#idea-grid" for p in e["parents"])]
    ticked = len(dom.find("td", "met", within="idea-grid"))
    expect(len(grid_rows) == 3 and ticked == sum(len(row["ideas_met"].split("; ")) for row in counted
                                                 if row["ideas_met"]),
           f"the trainee x idea grid: a row per counted run ({len(grid_rows)}), a tick per idea met ({ticked})")

    # The need table, sorted in Chromium by the minute found (its link's address), lowest first.
    def need_rows(d):
        return [e for e in d.elements if e["tag"] == "tr" and any(p == "table#need-table" for p in e["parents"])
                and any(p == "tbody#" for p in e["parents"])]
    rows_before = need_rows(dom)
    expect(len(rows_before) == 3, f"the need table has a row per counted run ({len(rows_before)})")
    found = sorted((row for row in counted if row["need_found"] == "yes"), key=lambda row: row["need_found_when"])
    sorted_dom = load(page, "#sort-need-table-3")
    table = [e for e in sorted_dom.elements if e["attrs"].get("id") == "need-table"]
    els = sorted_dom.elements
    order = [next(e["text"] for e in els[els.index(r):] if e["tag"] == "a") for r in need_rows(sorted_dom)]
    expect(table and table[0]["attrs"].get("data-sorted") == "3", "the table sorts when its arrow's address is opened")
    expect(order[:len(found)] == [row["name"] for row in found] and len(order) == 3,
           f"sorted by the time found, the trainees who found it come first, earliest first ({order})")
    by_name = load(page, "#sort-need-table-0-down")
    els = by_name.elements
    order = [next(e["text"] for e in els[els.index(r):] if e["tag"] == "a") for r in need_rows(by_name)]
    expect(order == sorted((row["name"] for row in counted), reverse=True),
           f"and by name, from the end of the alphabet ({order})")

    shot = tmp / "report.png"
    r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={shot}", "--window-size=1200,1400", page.as_uri()],
                       capture_output=True, text=True, timeout=120)
    expect(shot.exists() and shot.stat().st_size > 20000, "Chromium takes a screenshot of the page")
    if shot.exists() and shutil.which("convert"):
        colours = subprocess.run(["convert", str(shot), "-format", "%k", "info:"], capture_output=True, text=True)
        expect(colours.stdout.strip().isdigit() and int(colours.stdout) > 50,
               f"the screenshot is not blank ({colours.stdout.strip()} colours)")
    if os.environ.get("KEEP_SHOTS") and shot.exists():
        shutil.copy(shot, pathlib.Path.cwd() / "report-html.png")
        shutil.copy(page, pathlib.Path.cwd() / "report-html.html")

checks.finish()
