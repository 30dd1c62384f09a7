#!/usr/bin/env python3
"""Validates every bundled YAML file under dialogues/ (and the window tests' scenarios under
tests/gui/fixtures/) against its JSON Schema in docs/schema/
with a real validator, and checks each names its schema on the first line so the YAML
language server in editors finds it. Usage: schema_test.py SOURCE_DIR"""
import json
import pathlib
import sys

import jsonschema
import yaml

root = pathlib.Path(sys.argv[1])
schemas = {}
for name in ["campaign", "event", "room", "people", "dialogue", "workshop"]:
    path = root / "docs" / "schema" / f"{name}.json"
    schema = json.loads(path.read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    schemas[name] = schema


def kind_of(path: pathlib.Path) -> str:
    """The schema for a file, by the same rule the loader uses: a file in an event's
    dialogues/ folder is a conversation; the others are named after their kind."""
    if path.parent.name == "dialogues" and path.parent != root / "dialogues":
        return "dialogue"
    return path.stem


failures = []
files = (sorted((root / "dialogues").rglob("*.yaml"))
         + sorted((root / "tests" / "gui" / "fixtures").rglob("*.yaml"))
         + sorted((root / "tests" / "check" / "example").rglob("*.yaml")))
if not files:
    failures.append("no YAML files found under dialogues/")
for path in files:
    kind = kind_of(path)
    rel = path.relative_to(root)
    if kind not in schemas:
        failures.append(f"{rel}: no schema for a file named like this")
        continue
    first = path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    if not first.startswith("# yaml-language-server: $schema="):
        failures.append(f"{rel}:1: the first line must be '# yaml-language-server: $schema=...'")
    else:
        target = (path.parent / first.split("$schema=", 1)[1].strip()).resolve()
        if target != (root / "docs" / "schema" / f"{kind}.json").resolve():
            failures.append(f"{rel}:1: the schema line points at {target}, not docs/schema/{kind}.json")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schemas[kind])
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path)
        failures.append(f"{rel}: {where}: {error.message}")
    print(f"ok: {rel} against {kind}.json")

# The schemas must also reject what the checker rejects: a small sample of wrong files.
bad = {
    "people": [{"id": "x", "name": "X", "traits": ["bussy"]}],
    "dialogue": {"person": "x", "nodes": {"hello": {"say": "Hi", "end": "parted-wel"}}},
    "event": {"id": "x", "title": "T", "player": {"role": "r", "needs": []}},
    "room": {"size": {"width": 10, "height": 8}, "zones": [{"id": "bar", "kind": "pub", "at": [0, 0], "size": [1, 1]}]},
    "campaign": {"id": "x", "title": "T", "events": [{"event": "a", "extra": 1}]},
    "workshop": {"title": "T", "scenario": "s", "mode": "practise",
                 "lrs": {"endpoint": "lrs.example.org", "key": "k", "secret": "a", "secret_env": "B"}},
}
for kind, data in bad.items():
    if jsonschema.Draft7Validator(schemas[kind]).is_valid(data):
        failures.append(f"the {kind} schema accepts a wrong file: {data}")

# Every key has a description, which editors show on hover.
def undescribed(o, path, name):
    if isinstance(o, dict):
        for k, v in o.get("properties", {}).items():
            if not (isinstance(v, dict) and v.get("description")):
                failures.append(f"docs/schema/{name}.json: the key {path}/{k} has no description")
        for k, v in o.items():
            undescribed(v, path + ("" if k in ("properties", "items") else "/" + k), name)
    elif isinstance(o, list):
        for v in o:
            undescribed(v, path, name)


for name, schema in schemas.items():
    undescribed(schema, "", name)

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
