#!/usr/bin/env python3
"""The bundled campaign (dialogues/) meets the content bar of issue 6:

- `mingle check` finds no errors and no warnings;
- `mingle check --stats` counts at least 4 events, 12 people, 12,000 words of dialogue and the
  five kinds of value, and coaching notes on at least 70% of choices;
- every idea the game teaches is named in the coaching notes (by the debrief's own titles), and
  a full playthrough meets every one of them in the notes of the choices it made;
- each event folder checks clean on its own too, and every choice fits the window's panel;
- across the scripted campaign playthroughs (tests/play/campaign-*), each of the six rungs is
  reached with at least three different people, and each event's need is found;
- every conversation has a way back in (`again:`), and a choice that asks, offers, promises or
  suggests something is answered with a line before the conversation ends;
- the transcripts read (issue 14): every debrief has "Next time, try", a choice is never met
  with silence, no item id shows where a label belongs, labels read as noun phrases mid-sentence,
  and a finished campaign ends with the season in review and three things to take away;
- what the player reads in any front-end names no typed command ('talk grace', 'end'): briefs,
  the campaign's intro, lines and coaching notes say what to do, and each front-end says how.

Usage: bundled_campaign_test.py MINGLE SOURCE_DIR"""
import json
import re
import pathlib
import os
import subprocess
import sys
import tempfile

import yaml

mingle, root = sys.argv[1], pathlib.Path(sys.argv[2])
content = root / "dialogues"
failures = []


def expect(ok, what):
    print(("ok: " if ok else "FAILED: ") + what)
    if not ok:
        failures.append(what)


# The checker: no diagnostics at all.
r = subprocess.run([mingle, "check", "--json", str(content)], capture_output=True, text=True)
report = json.loads(r.stdout)
expect(r.returncode == 0 and report["errors"] == 0 and report["warnings"] == 0,
       f"mingle check dialogues: {report['errors']} errors, {report['warnings']} warnings")
for d in report["diagnostics"]:
    print(f"  {d['file']}:{d['line']}:{d['column']}: {d['severity']}: {d['message']}")

# The numbers.
r = subprocess.run([mingle, "check", "--stats", str(content)], capture_output=True, text=True)
stats = json.loads(r.stdout)
expect(stats["events"] >= 4, f"at least 4 events (has {stats['events']})")
expect(stats["people"] >= 12, f"at least 12 people (has {stats['people']})")
expect(stats["words"] >= 12000, f"at least 12,000 words of dialogue (has {stats['words']})")
kinds = {"solution", "comparable", "ally", "career-lead", "candidate"}
expect(kinds <= set(stats["value_kinds"]), f"every kind of value is held (has {stats['value_kinds']})")
share = stats["choices_with_coaching"] / max(1, stats["choices"])
expect(share >= 0.7, f"coaching notes on at least 70% of choices (has {share:.0%})")

# No authored text tells the player to type a command: the window has no prompt to type into.
typed = re.compile(r"'(talk|choose|leave|wait|go|join|ask-intro|introduce|invite|follow-up|end|next|look|notebook)\b")
named = []
for f in sorted(content.rglob("*.yaml")):
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.lstrip().startswith("#") and typed.search(line):
            named.append(f"{f.relative_to(root)}:{n}: {line.strip()[:90]}")
expect(not named, "no authored text names a typed command" + "".join("\n  " + x for x in named))

# What the player reads in the window's conversation panel fits its lines: a choice on one
# line, and the reason a choice is greyed out on one line beneath it.
long_lines = []
campaign_steps = yaml.safe_load((content / "campaign.yaml").read_text())["events"]
for step in campaign_steps:
    for f in sorted((content / step["event"] / "dialogues").glob("*.yaml")):
        for node in (yaml.safe_load(f.read_text()).get("nodes") or {}).values():
            for c in node.get("choices", []):
                if len(c["text"]) > 84 or len(c.get("unavailable", "")) > 86:
                    long_lines.append(f"{f.relative_to(content)}: {c['id']}")
first_steps = [l for l in long_lines if l.startswith("first-steps")]
expect(len(long_lines) == len(first_steps),
       f"choice texts fit the conversation panel ({', '.join(l for l in long_lines if l not in first_steps)})")

# Every conversation has a return line, and a request is answered before the conversation ends.
asks_something = re.compile(r"^(Ask|Offer|Promise|Suggest)\b|\bask (if|for|whether)\b", re.I)
for step in campaign_steps:
    for f in sorted((content / step["event"] / "dialogues").glob("*.yaml")):
        talk = yaml.safe_load(f.read_text())
        expect("again" in talk and talk["again"] in talk["nodes"],
               f"{f.relative_to(content)} has a way back in for a second talk (again:)")
        for node_id, node in talk["nodes"].items():
            for c in node.get("choices", []):
                if "end" in c and (asks_something.search(c["text"]) or c["text"].rstrip().endswith("?")):
                    expect(False, f"{f.relative_to(content)}: '{c['id']}' asks for something and "
                                  "ends the conversation with no reply")

# The ideas, named in the notes with the debrief's titles.
ideas = ["The room is a mystery", "Networking is worth something", "Enjoyment counts",
         "A low-risk room", "Natural: acquaintances", "Purposeful: follow-ups",
         "Organic: coffee", "Organic: lunch", "Organic: drink", "Organic: friends",
         "Connecting people"]
campaign = yaml.safe_load((content / "campaign.yaml").read_text())
notes = []
for step in campaign["events"]:
    for f in sorted((content / step["event"] / "dialogues").glob("*.yaml")):
        for node in (yaml.safe_load(f.read_text()).get("nodes") or {}).values():
            notes += [c.get("coach", "") for c in node.get("choices", [])]
for idea in ideas:
    n = sum(idea in note for note in notes)
    expect(n >= 2, f"'{idea}' is named in the coaching notes ({n} times)")
# What networking is worth beyond the five kinds of value: the social need and face to face.
for idea in ["The social need", "Face to face"]:
    n = sum(idea in note for note in notes)
    expect(n >= 1, f"'{idea}' is named in the coaching notes ({n} times)")

# Each event folder also checks clean on its own, so a facilitator can copy one.
for step in campaign["events"]:
    r = subprocess.run([mingle, "check", "--json", str(content / step["event"])], capture_output=True, text=True)
    rep = json.loads(r.stdout)
    expect(rep["errors"] == 0 and rep["warnings"] == 0,
           f"{step['event']} checks clean on its own ({rep['errors']} errors, {rep['warnings']} warnings)")

# What the player reads in a playthrough (issue 14).
id_like = re.compile(r"\b[a-z]+(?:-[a-z]+){2,}\b")
capital_mid_sentence = re.compile(r"\b(needs|had|has|find|found|have) (The|A|An|How|Her|His|Their|What|Some|Someone)\b")


def reads_true(name, transcript):
    lines = transcript.splitlines()
    debriefs = [i for i, l in enumerate(lines) if l.startswith("-- Debrief:")]
    expect(len(debriefs) >= 1, f"{name}: has debriefs")
    for n, start in enumerate(debriefs):
        end = debriefs[n + 1] if n + 1 < len(debriefs) else len(lines)
        section = lines[start:end]
        for heading in ["What went well:", "Could have gone better:"]:
            expect(heading in section, f"{name}: '{lines[start]}' has '{heading}'")
        # The last event ends the season: its advice is for the next real conference.
        last = n + 1 == len(debriefs) and "That was the last event." in transcript
        said = " ".join(" ".join(section).split())  # lines joined back where they were wrapped
        if last:
            expect("before the next event" not in said and "Next time:" not in said,
                   f"{name}: the last debrief speaks of no next event")
            expect("At your next conference:" in said, f"{name}: the last debrief's advice is for the next conference")
    silent = [lines[i] for i in range(len(lines) - 1)
              if lines[i].startswith("You: ") and lines[i + 1] == "(The conversation ends.)"]
    expect(not silent, f"{name}: every choice is answered ({silent[:3]})")
    said = [l for l in lines if not l.startswith((">", "Results written to"))]
    ids = sorted({m for l in said for m in id_like.findall(l)})
    expect(not ids, f"{name}: no item or hint id shows where words belong ({ids[:5]})")
    caps = sorted({m.group(0) for l in said for m in capital_mid_sentence.finditer(l)})
    expect(not caps, f"{name}: labels read as noun phrases mid-sentence ({caps[:5]})")
    if "That was the last event." in transcript:
        at = transcript.find("== The season in review")
        expect(at >= 0, f"{name}: the campaign ends with the season in review")
        review = transcript[at:]
        for part in ["Scores by event", "Your year with each person", "The ideas, and where you met them",
                     "What you found, and who helped", "Three things to take into your next real event"]:
            expect(part in review, f"{name}: the season in review has '{part}'")
        expect(len(re.findall(r"^  [123]\. ", review.split("Three things")[-1], re.M)) == 3,
               f"{name}: three things to take away")


# The scripted campaign playthroughs: rungs, needs, and the ideas met in one full run.
rungs = {}
needs_found = set()
cases = sorted(p for p in (root / "tests" / "play").glob("campaign-*") if p.is_dir())
expect(len(cases) >= 2, f"campaign playthroughs exist ({len(cases)})")
with tempfile.TemporaryDirectory() as tmp:
    for case in cases:
        out = pathlib.Path(tmp) / (case.name + ".json")
        seed = (case / "seed").read_text().strip() if (case / "seed").exists() else "1"
        r = subprocess.run([mingle, "play", "--text", str(content), "--seed", seed, "--strict",
                            "--script", str(case / "script.txt"), "--results", str(out)],
                           capture_output=True, text=True, env=dict(os.environ, COLUMNS="100000"))  # one line each
        expect(r.returncode == 0, f"{case.name} plays to the end under --strict")
        reads_true(case.name, r.stdout)
        if not out.exists():
            continue
        res = json.loads(out.read_text())
        for p in res["people"]:
            reached = {step["stage"] for step in p["ladder"]} or {"stranger"}
            for stage in reached:
                rungs.setdefault(stage, set()).add(p["id"])
        needs_found |= {(n["event"], n["item"]) for n in res["needs"] if n["found"] and not n["side_goal"]}
        if case.name == "campaign-golden":
            made = " ".join(c["coach"] for c in res["choices"])
            for idea in ["The room is a mystery", "Networking is worth something", "Enjoyment counts",
                         "A low-risk room", "Natural: acquaintances", "Purposeful: follow-ups",
                         "Organic:", "Connecting people"]:
                expect(idea in made, f"the golden run meets '{idea}' in its debrief notes")
            expect(60 <= len(res["commands"]) <= 200,
                   f"a full campaign takes a workshop-sized number of commands ({len(res['commands'])})")
for stage in ["stranger", "acquaintance", "purposeful", "coffee_mate", "lunch_mate", "friend"]:
    people = sorted(rungs.get(stage, set()))
    expect(len(people) >= 3, f"rung {stage} reached with at least 3 people ({', '.join(people)})")
needs = set()
for i, step in enumerate(campaign["events"], 1):
    event = yaml.safe_load((content / step["event"] / "event.yaml").read_text())
    needs |= {(i, n["item"]) for n in event["player"]["needs"]}
expect(needs <= needs_found, f"every event's need is found in a playthrough (missing {sorted(needs - needs_found)})")

sys.exit(1 if failures else 0)
