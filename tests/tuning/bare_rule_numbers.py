#!/usr/bin/env python3
"""Every rule number in game/core/sim/tuning.h: none written out as a bare number elsewhere.

Reads rule_numbers.yaml (beside this script): for each entry, every .h and .cpp under game/
matching its glob, except tuning.h itself, is searched with comments removed and the inside of
string literals emptied (so sentences and tags never match). Each entry's example must match its
own pattern, so a pattern that can no longer catch anything fails too.

usage: bare_rule_numbers.py SOURCE_DIR
"""
import fnmatch
import os
import re
import sys

import yaml

src = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
rules = yaml.safe_load(open(os.path.join(here, "rule_numbers.yaml"), encoding="utf-8"))
TUNING = os.path.join("core", "sim", "tuning.h")

# One pass over the code: comments out, string and character literals emptied; newlines kept so
# line numbers stay true.
TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def plain(text):
    def blank(m):
        t = m.group(0)
        if t.startswith("//"):
            return ""
        if t.startswith("/*"):
            return "\n" * t.count("\n")
        return t[0] * 2  # "" or ''
    return TOKEN.sub(blank, text)


failures = []
for r in rules:
    if not re.search(r["pattern"], plain(r["example"])):
        failures.append(f"rule_numbers.yaml: the pattern for '{r['tunes']}' does not match its own example")

game = os.path.join(src, "game")
sources = []
for folder, _, files in os.walk(game):
    for name in files:
        if name.endswith((".h", ".cpp")):
            rel = os.path.relpath(os.path.join(folder, name), game)
            if rel != TUNING:
                sources.append(rel)

checked = 0
for rel in sorted(sources):
    code = plain(open(os.path.join(game, rel), encoding="utf-8").read())
    checked += 1
    for r in rules:
        if not fnmatch.fnmatch(rel, r["files"]):
            continue
        for m in re.finditer(r["pattern"], code):
            line = code.count("\n", 0, m.start()) + 1
            failures.append(f"game/{rel}:{line}: '{' '.join(m.group(0).split())}' is a rule number "
                            f"({r['tunes']}): name it in game/core/sim/tuning.h")

if checked == 0:
    failures.append(f"no sources found under {game}")
for f in failures:
    print(f)
print(f"{checked} files, {len(rules)} patterns: {'FAILED' if failures else 'no bare rule numbers outside tuning.h'}")
sys.exit(1 if failures else 0)
