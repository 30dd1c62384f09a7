#!/usr/bin/env python3
"""The layers' arrows, checked: core <- app, core <- cli, and nothing else; and inside the core,
each folder of core and app includes only the folders its layer's README.md table says it depends on.

1. No source names a header it must not: the core no app or cli header and no SFML, Dear ImGui,
   CLI11, libcurl or Xlib (the core is yaml-cpp, nlohmann-json for the results file, and the
   standard library); the app no cli header and no CLI11; the cli no app header and no SFML or
   Dear ImGui; no front-end (app, cli, net) the rules' internals, core/sim/rules.h.
2. The compiler keeps the layers apart by itself: compiled with the core's own flags (from
   compile_commands.json), a file including "app/app.h" or "cli/commands.h" fails, while one
   including "core/sim/commands.h" builds; compiled with the app's flags, "cli/commands.h" fails.

usage: include_direction.py SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

src, build = sys.argv[1], sys.argv[2]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
FORBIDDEN = {
    "core": [r"^app/", r"^cli/", r"^SFML/", r"imgui", r"^backends/", r"^CLI/", r"^curl/", r"^X11/"],
    "app": [r"^cli/", r"^CLI/", r"^core/sim/rules\.h$"],
    "cli": [r"^app/", r"^SFML/", r"imgui", r"^backends/", r"^core/sim/rules\.h$"],
    "net": [r"^app/", r"^cli/", r"^SFML/", r"imgui", r"^backends/", r"^CLI/", r"^core/sim/rules\.h$"],
}
failures = []

for layer, patterns in FORBIDDEN.items():
    root = os.path.join(src, "game", layer)
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8").read()
            for m in INCLUDE.finditer(text):
                header = m.group(1)
                if header.startswith(".."):
                    failures.append(f"{path}: includes {header} by a relative path around the layers")
                for p in patterns:
                    if re.search(p, header):
                        line = text.count("\n", 0, m.start()) + 1
                        failures.append(f"{os.path.relpath(path, src)}:{line}: the {layer} must not include <{header}>")

# Inside the core and the window: each folder includes only the folders its row of the layer's
# README.md table names ("depends on"); a folder with no row fails too, so a new one is placed
# in the table first. A row may open one header of a folder only ("sim/tuning.h"). Files at the top of a layer (game/app/app.h, …) are open to its folders.
ROW = re.compile(r"^\|\s*`([a-z_]+)/`\s*\|[^|]*\|([^|]*)\|\s*$", re.M)
arrows = 0


def check_rooms(layer):
    global arrows
    readme_path = os.path.join(src, "game", layer, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    # "scenario/" opens a whole folder; "sim/tuning.h" only that one header of it.
    allowed, allowed_files = {}, {}
    for m in ROW.finditer(readme):
        allowed[m.group(1)] = set()
        allowed_files[m.group(1)] = set()
        for dep, header in re.findall(r"\b([a-z_]+)/([a-z_]+\.h)?", m.group(2)):
            (allowed_files[m.group(1)].add(f"{dep}/{header}") if header else allowed[m.group(1)].add(dep))
    if not allowed:
        failures.append(f"game/{layer}/README.md: no table of folders and what each depends on")
    root = os.path.join(src, "game", layer)
    for folder in sorted(os.listdir(root)):
        if not os.path.isdir(os.path.join(root, folder)):
            continue
        if folder not in allowed:
            failures.append(f"game/{layer}/{folder}/ has no row in game/{layer}/README.md's table")
            continue
        for sub, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(sub, name)
                text = open(path, encoding="utf-8").read()
                for m in INCLUDE.finditer(text):
                    parts = m.group(1).split("/")
                    if len(parts) < 3 or parts[0] != layer or parts[1] == folder:
                        continue
                    arrows += 1
                    if parts[1] not in allowed[folder] and "/".join(parts[1:]) not in allowed_files[folder]:
                        line = text.count("\n", 0, m.start()) + 1
                        failures.append(f"{os.path.relpath(path, src)}:{line}: {layer}/{folder}/ must not include "
                                        f"<{m.group(1)}> (game/{layer}/README.md: {folder}/ depends on "
                                        f"{', '.join(sorted(allowed[folder] | allowed_files[folder])) or 'no other folder'})")


for layer in ("core", "app"):
    before = arrows
    check_rooms(layer)
    if arrows == before:
        failures.append(f"no include between {layer} folders found: the check read nothing")

# The compiler's part: take the flags one real file of each layer is compiled with.
commands = json.load(open(os.path.join(build, "compile_commands.json")))


def flags_for(layer):
    marker = os.path.join("game", layer) + os.sep
    for c in commands:
        if marker in c["file"] and c["file"].endswith(".cpp"):
            args = shlex.split(c["command"]) if "command" in c else c["arguments"]
            keep, skip = [], False
            for a in args[1:]:
                if skip:
                    skip = False
                    continue
                if a in ("-o", "-c", "-MF", "-MT", "-MQ"):
                    skip = True
                    continue
                if a.endswith(".cpp") or a.startswith("-M"):
                    continue
                keep.append(a)
            return args[0], keep, c["directory"]
    return None  # a build without that layer (the sanitizer build has no window)


def compiles(layer, header):
    compiler, flags, directory = flags_for(layer)  # only called for layers this build has
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", dir=tempfile.gettempdir(), delete=False) as f:
        f.write(f'#include "{header}"\nint main() {{ return 0; }}\n')
        probe = f.name
    try:
        r = subprocess.run([compiler, *flags, "-fsyntax-only", probe], cwd=directory, capture_output=True, text=True)
        return r.returncode == 0
    finally:
        os.unlink(probe)


for layer, header, should in [("core", "core/sim/commands.h", True), ("core", "app/app.h", False),
                              ("core", "cli/commands.h", False), ("app", "cli/commands.h", False),
                              ("cli", "app/app.h", False), ("app", "core/sim/views.h", True),
                              ("core", "net/outbox.h", False), ("net", "app/app.h", False),
                              ("net", "cli/commands.h", False), ("cli", "net/outbox.h", True)]:
    if flags_for(layer) is None:
        continue
    if compiles(layer, header) != should:
        failures.append(f"compiled with the {layer}'s flags, #include \"{header}\" "
                        + ("fails, but should build" if should else "builds, but the layers forbid it"))

for f in failures:
    print("FAIL:", f)
if failures:
    sys.exit(1)
print("ok: every include follows the layers, and the compiler keeps them apart")
