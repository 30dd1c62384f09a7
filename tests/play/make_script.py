#!/usr/bin/env python3
"""Writes a case's script.txt from its plan.txt, so a long playthrough can name choices by
their words instead of their numbers (which shift whenever an author adds a choice).

    python3 tests/play/make_script.py build/bin/mingle tests/play/campaign-golden [...]

plan.txt is a script in which a line in double quotes, such as "Take a tart", means: choose the
one choice now on offer whose text contains these words (case-insensitive). Every other line is
copied as it is. The script written keeps each quoted line as a comment above its 'choose N'.
The run is replayed from the start for every choice, with the case's scenario and seed, so the
numbers are the ones the game really shows. It stops with a message if the words match no
choice, more than one, or a greyed-out one."""
import os
import pathlib
import re
import subprocess
import sys


def play(mingle, content, seed, lines):
    commands = [l for l in lines if l.strip() and not l.strip().startswith("#")]
    # Lines unwrapped (COLUMNS is the width the terminal would have), so each choice is one line.
    p = subprocess.run([mingle, "play", "--text", str(content), "--seed", seed],
                       input="\n".join(commands + ["look"]) + "\n", capture_output=True, text=True,
                       env=dict(os.environ, COLUMNS="100000"))
    return p.stdout


def make(mingle, case):
    content = (case / (case / "scenario").read_text().strip()).resolve()
    seed_file = case / "seed"
    seed = seed_file.read_text().strip() if seed_file.exists() else "1"
    script = []
    for number, raw in enumerate((case / "plan.txt").read_text().splitlines(), 1):
        line = raw.strip()
        if not (line.startswith('"') and line.endswith('"') and len(line) > 1):
            script.append(raw)
            continue
        words = line.strip('"')
        out = play(mingle, content, seed, script)
        menu = re.findall(r"^  (\d+)\. (.*)$", out[out.rfind("> look"):], re.M)
        hits = [(n, t) for n, t in menu if words.lower() in t.lower()]
        if len(hits) != 1 or "[not now" in hits[0][1]:
            shown = "\n".join(f"  {n}. {t}" for n, t in menu) or "  (no choices on offer)"
            before = out[:out.rfind("> look")].rstrip().splitlines()[-6:]
            sys.exit(f"{case}/plan.txt:{number}: cannot choose {line}; on offer:\n{shown}\n"
                     "the game said just before:\n" + "\n".join("  | " + l for l in before))
        script.append(f"# {line}")
        script.append(f"choose {hits[0][0]}")
    (case / "script.txt").write_text("\n".join(script) + "\n")
    print(f"wrote {case / 'script.txt'}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for c in sys.argv[2:]:
        make(sys.argv[1], pathlib.Path(c))
