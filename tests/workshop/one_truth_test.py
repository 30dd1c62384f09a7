#!/usr/bin/env python3
"""One truth: two trainees play the whole bundled campaign in a workshop with a real LRS (tests/lrs),
then `mingle report --html` is written twice, from their results files and read back from the
LRS. The two pages are diffed: they must be the same, line for line, but for the title and each
run's line saying where it was read from (its results file, or the LRS). Every event's figures
on the page ("This event: enjoyment +16, value +36. Running total: ...") are the ones the
trainee's own debrief said in the terminal, and what went well and what to try next time are
the debrief's as shown when the event ended, not as the run stood at its end.

Usage: one_truth_test.py MINGLE SOURCE_DIR"""
import difflib
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

plays = root / "tests" / "play"
SOURCE_LINE = re.compile(r'<p class="source">.*</p>')
TITLE = re.compile(r"<title>.*</title>|<h1>.*</h1>")


def section_of(page, player):
    """The text of a run's section on the page, tags left out."""
    m = re.search(r'<section class="trainee"[^>]*data-player="' + re.escape(player) + r'".*?</section>', page, re.S)
    return re.sub(r"<[^>]+>", "", m.group(0)) if m else ""


with harness.Lrs() as lrs, tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    workshop = lrs.write_workshop(tmp / "workshop.yaml", "Autumn induction", root / "dialogues")
    workshop.write_text(workshop.read_text().replace("seed: 7", "seed: 1"))  # the scripts' seed
    env = lrs.env()
    said = {}
    folders = []
    for player, case in (("Ann Lee", "campaign-golden"), ("Bo Chen", "campaign-four-friends")):
        data = tmp / player.split()[0]
        folders.append(str(data / "mingle" / "results"))
        r = subprocess.run([str(mingle), "play", "--text", "--workshop", str(workshop), "--player", player, "--script",
                            str(plays / case / "script.txt")], env=dict(env, XDG_DATA_HOME=str(data)),
                           capture_output=True, text=True, timeout=300)
        ok, printed = checks.delivered(mingle, workshop, dict(env, XDG_DATA_HOME=str(data)), r)
        expect(ok, f"{player} plays the campaign and every statement reaches the LRS" +
               ("" if ok else "\n" + printed[-400:]))
        said[player] = r.stdout

    files_page, lrs_page = tmp / "files.html", tmp / "lrs.html"
    r1 = subprocess.run([str(mingle), "report", *folders, "--html", str(files_page)], capture_output=True, text=True)
    r2 = subprocess.run([str(mingle), "report", "--workshop", str(workshop), "--html", str(lrs_page)],
                        capture_output=True, text=True, env=env)
    expect(r1.returncode == 0 and r2.returncode == 0, "both pages are written\n" + r1.stderr + r2.stderr)
    a = files_page.read_text().splitlines() if files_page.exists() else []
    b = lrs_page.read_text().splitlines() if lrs_page.exists() else []

    def plain(lines):
        return [SOURCE_LINE.sub("(source)", TITLE.sub("(title)", l)) for l in lines]

    diff = list(difflib.unified_diff(plain(a), plain(b), "from the files", "from the LRS", lineterm="", n=0))
    expect(len(a) > 50 and not diff, "the page from the files and the page from the LRS are the same\n" +
           "\n".join(l[:300] for l in diff[:40]))
    sources = [SOURCE_LINE.search(l).group(0) for l in a if SOURCE_LINE.search(l)]
    expect(len(sources) == 2 and all("results file" in s for s in sources), "each run says where it was read from")

    page = files_page.read_text() if files_page.exists() else ""
    for player, out in said.items():
        debriefs = re.findall(r"This event: enjoyment ([+-]?\d+), value ([+-]?\d+)\. Running total: enjoyment (-?\d+), "
                              r"value (-?\d+)\.", out)
        # The last debrief is shown again by 'debrief --all'; each event's once is enough.
        seen = []
        for d in debriefs:
            if d not in seen:
                seen.append(d)
        on_page = re.findall(r"This event: enjoyment ([+-]?\d+), value ([+-]?\d+)\. Running total: enjoyment (-?\d+), "
                             r"value (-?\d+)\.", section_of(page, player))
        expect(len(seen) == 4 and on_page == seen,
               f"{player}: each event's figures on the page are the debrief's ({on_page} against {seen})")
        # What to try next time, as the debrief said it when each event ended: each "You and X
        # are coffee mates" the terminal's debrief named is in that event's part of the page.
        shown = {}
        for title, body in re.findall(r"-- Debrief: (.*?) --\n(.*?)\n\(Every choice", out, re.S):
            shown.setdefault(title, body)
        blocks = re.split(r"<h3>Event \d+</h3>", page[page.find(f'data-player="{player}"'):])[1:5]
        blocks = [b.split("</section>")[0] for b in blocks]
        expect(len(shown) == 4 and len(blocks) == 4, f"{player}: four debriefs in the terminal and on the page")
        for (title, body), block in zip(shown.items(), blocks):
            for who in re.findall(r"You and ([^.]*?) are (?:coffee|lunch) mates\.", body.replace("\n    ", " ")):
                expect(f"You and {who} are" in block,
                       f"{player}, {title}: the debrief's 'You and {who} are ... mates' is in that event on the page")

checks.finish()
