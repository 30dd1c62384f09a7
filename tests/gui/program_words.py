#!/usr/bin/env python3
"""Words meant for the program in what the window drew: program_words.py CONTENT TEXT_LOG.

CONTENT is a campaign folder; TEXT_LOG is what MINGLE_TEXT_LOG wrote. An author's hyphenated
id (item, hint, memory, flag, node, choice, zone, slot, event, dialogue), a person's lowercase
id or a phase name in parentheses is reported with its line, and the exit code is 1. The replay
panel is not in the log; a command in quotes ('talk grace') is left out, as it is the word to type.
"""
import pathlib
import re
import sys

import yaml


def ids_of(content):
    hyphenated, people = set(), set()

    def add(x):
        if isinstance(x, str) and "-" in x:
            hyphenated.add(x)

    def effects(fx):
        if not isinstance(fx, dict):
            return
        for key in ("gain", "learn", "remember"):
            v = fx.get(key)
            for x in v if isinstance(v, list) else [v]:
                add(x.get("id") if isinstance(x, dict) else x)
        if isinstance(fx.get("set"), dict):
            for flag in fx["set"]:
                add(flag)

    for path in pathlib.Path(content).rglob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = doc if isinstance(doc, list) else [doc]
        for d in items:
            if not isinstance(d, dict):
                continue
            if path.name == "people.yaml" or ("name" in d and "schedule" in d):
                people.add(d.get("id"))
                for key in ("holds", "needs"):
                    for v in d.get(key) or []:
                        add(v.get("item"))
            for z in d.get("zones") or []:
                add(z.get("id"))
            for s in d.get("slots") or []:
                add(s.get("id"))
            player = d.get("player") or {}
            for key in ("needs", "side_goals"):
                for v in player.get(key) or []:
                    add(v.get("item"))
            if path.name == "event.yaml":
                add(d.get("id"))
            for node_id, node in (d.get("nodes") or {}).items():
                add(d.get("id"))
                add(node_id)
                effects(node.get("effects"))
                for ch in node.get("choices") or []:
                    add(ch.get("id"))
                    effects(ch.get("effects"))
    hyphenated -= {"follow-up", "follow-ups"}  # English in the game's own sentences
    people.discard(None)
    return hyphenated, people


def main():
    hyphenated, people = ids_of(sys.argv[1])
    if len(hyphenated) < 50 or "grace" not in people:
        print(f"FAIL: found too few ids in {sys.argv[1]} ({len(hyphenated)})")
        return 1
    found = []
    seen = set()
    for number, line in enumerate(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines(), 1):
        text = re.sub(r"'[^']*'", "''", line)
        for word in re.findall(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*", text):
            if word in hyphenated or word in people:
                if (word, line) not in seen:
                    seen.add((word, line))
                    found.append(f"line {number}: '{word}' in: {line.strip()}")
        for phase in ("(event)", "(follow-up)", "(finished)"):
            if phase in text and (phase, line) not in seen:
                seen.add((phase, line))
                found.append(f"line {number}: a phase name {phase} in: {line.strip()}")
    for f in found[:40]:
        print(f)
    if found:
        print(f"{len(found)} program words in the window's text")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
