#!/usr/bin/env python3
"""End-to-end tests of `mingle check`: exit codes, GCC lines, --json and --stats.
Usage: cli_test.py MINGLE_BINARY SOURCE_DIR"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

mingle, root = sys.argv[1], pathlib.Path(sys.argv[2])
failures = []


def run(*args):
    return subprocess.run([mingle, "check", *args], capture_output=True, text=True, timeout=30)


def expect(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


r = run(str(root / "dialogues"))
expect(r.returncode == 0 and r.stdout == "", "the bundled content checks clean (exit 0, no output)")

r = subprocess.run([mingle, "check"], capture_output=True, text=True, timeout=30)
expect(r.returncode == 2, "no path is a usage error (exit 2)")
r = run(str(root / "no-such-folder"))
expect(r.returncode == 2, "a path that does not exist is a usage error (exit 2)")
r = run("--no-such-flag", str(root / "dialogues"))
expect(r.returncode == 2, "an unknown flag is a usage error (exit 2)")

cases = root / "tests" / "check" / "cases"
r = run(str(cases / "unknown-node" / "dialogues" / "talk.yaml"))
expect(r.returncode == 1, "errors give exit 1")
expect("talk.yaml:2:8: error: there is no node 'helo' in this conversation (did you mean 'hello'?) [E0302]"
       in r.stdout, "errors print in GCC form")
r = run(str(cases / "unreachable" / "dialogues" / "talk.yaml"))
expect(r.returncode == 0 and "[W0320]" in r.stdout, "warnings alone give exit 0")

r = run("--json", str(cases / "people-types" / "people.yaml"), str(root / "dialogues"))
try:
    data = json.loads(r.stdout)
    first = data["diagnostics"][0]
    expect(r.returncode == 1 and data["errors"] == 7 and first["code"] == "E0205"
           and first["line"] == 3 and first["column"] == 12 and "busy" in first["message"],
           "--json prints the diagnostics of several paths as JSON")
except (ValueError, KeyError, IndexError) as e:
    expect(False, f"--json output parses ({e}): {r.stdout[:200]}")

r = run("--stats", str(root / "dialogues"))
try:
    stats = json.loads(r.stdout)
    keys = {"events", "people", "nodes", "choices", "words", "choices_with_coaching", "value_kinds"}
    expect(r.returncode == 0 and keys <= stats.keys() and stats["events"] >= 1
           and "solution" in stats["value_kinds"], "--stats prints the author's numbers as JSON")
except ValueError as e:
    expect(False, f"--stats output parses ({e})")

# Any malformed file swapped into a valid scenario: exit 1 and that file named with a line.
with tempfile.TemporaryDirectory() as tmp:
    work = pathlib.Path(tmp) / "s"
    shutil.copytree(root / "tests" / "check" / "example", work)
    (work / "people.yaml").write_bytes(b"- id: grace\n  name: [unclosed\n")
    r = run(str(work))
    expect(r.returncode == 1 and f"{work}/people.yaml:3:1: error:" in r.stdout,
           "a broken file in a scenario is named with its line")

# A workshop file: checked with the scenario it names; its mistakes located; the secret unsaid.
r = run(str(root / "tests" / "check" / "example" / "workshop.yaml"))
expect(r.returncode == 0, "the example workshop checks clean\n" + r.stdout + r.stderr)
with tempfile.TemporaryDirectory() as tmp:
    w = pathlib.Path(tmp) / "spring.workshop.yaml"
    w.write_text(f"title: T\nscenario: {root / 'tests' / 'check' / 'example'}\nmode: practise\n"
                 "lrs:\n  endpoint: https://lrs.example.org/xAPI/\n  key: k\n  secret: s3cret-words\n"
                 "  secret_env: LRS_SECRET\n")
    r = run(str(w))
    expect(r.returncode == 1 and f"{w}:3:7: error:" in r.stdout and "[E0205]" in r.stdout and "[E0211]" in r.stdout,
           "a workshop's mistakes come with file:line:col\n" + r.stdout)
    expect("s3cret-words" not in r.stdout + r.stderr, "the secret is never printed")

sys.exit(1 if failures else 0)
