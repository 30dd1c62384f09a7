#!/usr/bin/env python3
"""Front-ends read a run only through the core's views: no file of game/app, game/cli or
game/net names a member of sim::RunState (a field such as `run.phase` or `run.conversation`, or a
member function such as `run.event_no()`). They hold a run, copy it and hand it to the core, and
learn what a command did from its sim::CommandResult and the rest from core/sim/views.h (and
the core's other read-only functions: the debrief, the results, the author panel's view).

The check is the compiler's own reading, not a text search: clang-query parses every front-end
source with its flags from compile_commands.json and lists each member expression whose member
is declared in sim::RunState, when it is written in a front-end file (the core's own headers
may read their run). It first proves it can fail: a probe file that reads `run.clock`, compiled
with a front-end's flags (the window's when the build has one), must be caught.

usage: run_state_reads.py SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

src, build = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
FRONT_ENDS = ("app", "cli", "net")
MATCHER = ('match memberExpr(member(hasDeclContext(cxxRecordDecl(hasName("::mingle::sim::RunState")))), '
           'isExpansionInFileMatching("{where}"))')
BINDS = re.compile(r'^(/[^:]+):(\d+):(\d+): note: "root" binds here', re.M)

tool = shutil.which("clang-query") or shutil.which("clang-query-14")
if tool is None:
    sys.exit("run_state_reads: clang-query is needed (Debian: clang-tools-14, in scripts/install-deps.sh test)")
with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
    commands = json.load(f)


def layer_of(path):
    rel = os.path.relpath(os.path.abspath(path), src)
    parts = rel.split(os.sep)
    return parts[1] if len(parts) > 2 and parts[0] == "game" and parts[1] in FRONT_ENDS else None


def query(build_dir, files, where):
    out = subprocess.run([tool, "-p", build_dir, *files, "-c", "set output diag", "-c", MATCHER.format(where=where)],
                         capture_output=True, text=True)
    if out.returncode != 0 or "error:" in out.stdout + out.stderr:
        sys.exit(f"run_state_reads: clang-query could not read the sources:\n{out.stdout[-3000:]}{out.stderr[-3000:]}")
    return sorted({(m.group(1), int(m.group(2)), int(m.group(3))) for m in BINDS.finditer(out.stdout)})


sources = sorted({os.path.abspath(os.path.join(c["directory"], c["file"])) for c in commands
                  if layer_of(os.path.join(c["directory"], c["file"]))})
if not any(layer_of(s) == "cli" for s in sources):
    sys.exit("run_state_reads: compile_commands.json lists no terminal sources to check")

# The probe: a front-end source that reads a field, with a front-end's flags (the window's when
# this build has it), must be caught.
front = [c for c in commands if layer_of(os.path.join(c["directory"], c["file"]))]
app_entry = next((c for c in front if layer_of(os.path.join(c["directory"], c["file"])) == "app"), front[0])
with tempfile.TemporaryDirectory() as tmp:
    probe = os.path.join(tmp, "probe.cpp")
    with open(probe, "w", encoding="utf-8") as f:
        f.write('#include "core/sim/run_state.h"\n'
                "int probe(const mingle::sim::RunState& run) { return run.clock; }\n")
    entry = dict(app_entry)
    entry["file"] = probe
    if "arguments" in entry:
        entry["arguments"] = [probe if a.endswith(app_entry["file"]) else a for a in entry["arguments"]]
    else:
        entry["command"] = entry["command"].replace(app_entry["file"], probe)
    entry["command"] = entry.get("command", "")
    if not entry["command"]:
        del entry["command"]
    with open(os.path.join(tmp, "compile_commands.json"), "w", encoding="utf-8") as f:
        json.dump([entry], f)
    caught = query(tmp, [probe], re.escape(tmp))
    if not caught:
        sys.exit("run_state_reads: the probe reading run.clock was not caught: the check itself is broken")

# A front-end's headers are included through the build's include roots (build/include/app/app/…,
# links to game/app): those paths count as the front-end's too.
found = sorted({(os.path.realpath(p), line, col)
                for p, line, col in query(build, sources, "/(game|include/(app|cli|net))/(app|cli|net)/")})
for path, line, col in found:
    text = open(path, encoding="utf-8").read().splitlines()[line - 1]
    print(f"{os.path.relpath(path, src)}:{line}:{col}: reads the run directly: {text.strip()}")
if found:
    print(f"\n{len(found)} reads of sim::RunState members in the front-ends: use the core's views "
          "(core/sim/views.h) or the command's result (core/sim/outcome.h) instead.")
    sys.exit(1)
print(f"run_state_reads: {len(sources)} front-end sources read the run only through the core's views.")
