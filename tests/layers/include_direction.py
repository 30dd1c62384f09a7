#!/usr/bin/env python3
"""The layers' arrows, checked: core <- app, core <- cli, and nothing else.

1. No source names a header it must not: the core no app or cli header and no SFML, Dear ImGui,
   CLI11, libcurl or Xlib (the core is yaml-cpp, nlohmann-json for the results file, and the
   standard library); the app no cli header and no CLI11; the cli no app header and no SFML or
   Dear ImGui.
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
    "app": [r"^cli/", r"^CLI/"],
    "cli": [r"^app/", r"^SFML/", r"imgui", r"^backends/"],
    "net": [r"^app/", r"^cli/", r"^SFML/", r"imgui", r"^backends/", r"^CLI/"],
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
