#!/usr/bin/env python3
"""List what the spec infers rather than takes from Monk's documentation.

    python scripts/provenance.py            print the list (markdown)
    python scripts/provenance.py --write    refresh CONTRIBUTING.md's list between its markers
    python scripts/provenance.py --count    just the counts

Every node of ``openapi/openapi.json`` marked ``x-monk-provenance: inferred`` is one line, with
its ``x-monk-note``; CONTRIBUTING.md ("What is inferred") carries the same list, and a test
keeps the two in step.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
# For maintainers, not users: the list lives in CONTRIBUTING.md (and the site's development pages).
DOCUMENT = ROOT / "CONTRIBUTING.md"
START = "<!-- inferred:start (scripts/provenance.py --write) -->"
END = "<!-- inferred:end -->"
METHODS = ("get", "post", "put", "patch", "delete")


def inferred_parts(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, note) for every inferred node, in document order."""
    found: list[tuple[str, str]] = []

    def walk(node: Any, where: list[str]) -> None:
        if isinstance(node, dict):
            if node.get("x-monk-provenance") == "inferred":
                found.append((label(where), " ".join(str(node.get("x-monk-note", "")).split())))
            for key, value in node.items():
                walk(value, [*where, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*where, str(index)])

    walk(doc, [])
    return found


def label(where: list[str]) -> str:
    """A readable location: ``GET /v1/x response 200``, ``schema Customer.legalName``."""
    if where[:1] == ["paths"] and len(where) >= 2:
        path = where[1]
        if len(where) == 2:
            return f"path {path}"
        method = where[2].upper() if where[2] in METHODS else where[2]
        rest = where[3:]
        if rest[:1] == ["responses"] and len(rest) >= 2:
            return f"{method} {path} response {rest[1]}"
        if rest[:1] == ["parameters"]:
            return f"{method} {path} parameter #{int(rest[1]) + 1}" if len(rest) > 1 else path
        tail = " ".join(r for r in rest if r not in {"content", "application/json", "schema"})
        return f"{method} {path}" + (f" {tail}" if tail else "")
    if where[:2] == ["components", "schemas"] and len(where) >= 3:
        return "schema " + ".".join([where[2], *schema_fields(where[3:])])
    if where[:2] == ["components", "responses"] and len(where) >= 3:
        return f"response {where[2]} (every operation)"
    return "/".join(where)


def schema_fields(keys: list[str]) -> list[str]:
    """Field names along a schema path: ``properties, a, items, properties, b`` -> ``a[], b``."""
    fields: list[str] = []
    index = 0
    while index < len(keys):
        key = keys[index]
        if key == "properties" and index + 1 < len(keys):
            fields.append(keys[index + 1])  # a property may itself be called "properties"
            index += 2
            continue
        if key == "items" and fields:
            fields[-1] += "[]"
        index += 2 if key in {"anyOf", "oneOf", "allOf"} else 1
    return fields


def markdown(parts: list[tuple[str, str]]) -> str:
    lines = [f"{len(parts)} inferred parts of `openapi/openapi.json`:", ""]
    lines += [f"- **{where}**: {note}" if note else f"- **{where}**" for where, note in parts]
    return "\n".join(lines)


def write_document(text: str) -> bool:
    """Replace CONTRIBUTING.md's list; True when it changed."""
    document = DOCUMENT.read_text()
    if START not in document or END not in document:
        raise SystemExit(f"{DOCUMENT.name} lacks the markers {START} ... {END}")
    head, rest = document.split(START, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{START}\n{text}\n{END}{tail}"
    if updated != document:
        DOCUMENT.write_text(updated)
        return True
    return False


def document_section() -> str:
    """The list between the markers of CONTRIBUTING.md, as it stands."""
    document = DOCUMENT.read_text()
    return document.split(START, 1)[1].split(END, 1)[0].strip()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--count", action="store_true")
    args = parser.parse_args()
    doc = json.loads(SPEC.read_text())
    parts = inferred_parts(doc)
    if args.count:
        ops = sum(1 for item in doc["paths"].values() for m in item if m in METHODS)
        print(f"operations: {ops}")
        print(f"schemas: {len(doc['components']['schemas'])}")
        print(f"inferred parts: {len(parts)}")
        return 0
    text = markdown(parts)
    if args.write:
        changed = write_document(text)
        print(f"{DOCUMENT.name} {'updated' if changed else 'already in step'}")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
