#!/usr/bin/env python3
"""Drift between recorded responses and the spec, grouped by operation.

    python scripts/cassette_drift.py                  every cassette under tests/cassettes
    python scripts/cassette_drift.py DIR_OR_FILE ...  those cassettes (e.g. fresh recordings)
    python scripts/cassette_drift.py --format json    the same report as JSON

Each recorded response is walked against its response schema in openapi/openapi.json ($refs
resolved; oneOf/anyOf by the branch that fits best; allOf merged). A field the API sent that the
schema does not declare is *extra*; a field the schema requires that the API left out is
*missing*. Fields are named by dotted paths as in the docs (``data.contacts[].email``). Objects
the spec leaves open (no properties, or ``additionalProperties``) never have extra fields.
A request that matches no operation, or a status the operation does not document, is reported
too. Exit status: 0 without drift, 1 with drift, 2 when an input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openapi_spec import resolve

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
CASSETTES = ROOT / "tests" / "cassettes"
METHODS = ("get", "post", "put", "patch", "delete")
MAX_DEPTH = 64


@dataclass
class Drift:
    """What one operation's recorded responses disagree with the spec about."""

    operation: str  # "GET /v1/customers/{customerId}"
    extra: set[str] = field(default_factory=set)  # sent, but not in the spec
    missing: set[str] = field(default_factory=set)  # required by the spec, but not sent
    other: set[str] = field(default_factory=set)  # undocumented statuses, unreadable bodies
    cassettes: set[str] = field(default_factory=set)  # where it was seen

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing or self.other)

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "extra": sorted(self.extra),
            "missing": sorted(self.missing),
            "other": sorted(self.other),
            "cassettes": sorted(self.cassettes),
        }


# --- the schema walk -----------------------------------------------------------------------


def response_drift(spec: dict[str, Any], schema: Any, value: Any) -> tuple[set[str], set[str]]:
    """(extra, missing) field paths of one JSON value against one schema."""
    walker = _Walker(spec)
    walker.walk(schema, value, "", 0)
    return walker.extra, walker.missing


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [kind] if isinstance(kind, str) else []


def _shape_fits(value: Any, schema: dict[str, Any]) -> bool:
    """Whether the JSON kind of value is one the schema allows (no deeper check)."""
    types = _types(schema)
    if not types:
        return True
    kinds = {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "string": isinstance(value, str),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }
    return any(kinds.get(t, True) for t in types)


def _merge_all_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["properties"] = dict(schema.get("properties", {}))
    merged["required"] = list(schema.get("required", []))
    for ref in schema["allOf"]:
        part = resolve(spec, ref)
        flat = _merge_all_of(spec, part) if "allOf" in part else part
        merged["properties"].update(flat.get("properties", {}))
        merged["required"] += flat.get("required", [])
        for key in ("type", "additionalProperties", "items"):
            if key in flat and key not in merged:
                merged[key] = flat[key]
    return merged


class _Walker:
    """One walk of a value against a schema, collecting extra and missing field paths."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.extra: set[str] = set()
        self.missing: set[str] = set()

    def walk(self, schema: Any, value: Any, path: str, depth: int) -> None:
        schema = resolve(self.spec, schema)
        if not isinstance(schema, dict) or value is None or depth > MAX_DEPTH:
            return
        if "allOf" in schema:
            schema = _merge_all_of(self.spec, schema)
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            self._best_branch(branches, value, path, depth)
        elif isinstance(value, dict):
            self._object(schema, value, path, depth)
        elif isinstance(value, list) and "items" in schema:
            for item in value:
                self.walk(schema["items"], item, path + "[]", depth + 1)

    def _best_branch(self, branches: list[Any], value: Any, path: str, depth: int) -> None:
        """Report against the branch the value fits with the fewest differences."""
        best: _Walker | None = None
        for ref in branches:
            branch = resolve(self.spec, ref)
            if not _shape_fits(value, branch):
                continue
            trial = _Walker(self.spec)
            trial.walk(branch, value, path, depth + 1)
            if best is None or len(trial.extra) + len(trial.missing) < len(best.extra) + len(
                best.missing
            ):
                best = trial
        if best is not None:
            self.extra |= best.extra
            self.missing |= best.missing

    def _object(self, schema: dict[str, Any], value: dict[str, Any], path: str, depth: int) -> None:
        props: dict[str, Any] = schema.get("properties", {})
        additional = schema.get("additionalProperties")
        required = schema.get("required", [])
        self.missing.update(_join(path, name) for name in required if name not in value)
        for key, item in value.items():
            if key in props:
                self.walk(props[key], item, _join(path, key), depth + 1)
            elif isinstance(additional, dict):
                self.walk(additional, item, _join(path, "*"), depth + 1)
            elif props and additional is not True:
                self.extra.add(_join(path, key))


# --- cassettes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation_id: str
    responses: dict[str, Any]


def spec_operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for template, item in spec["paths"].items():
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append(
                    Operation(
                        method.upper(),
                        template,
                        re.compile(f"^{regex}/?$"),
                        op["operationId"],
                        op["responses"],
                    )
                )
    return found


def find_operation(operations: Iterable[Operation], method: str, path: str) -> Operation | None:
    for op in operations:
        if op.method == method.upper() and op.pattern.match(path):
            return op
    return None


def read_cassette(path: Path) -> list[dict[str, Any]]:
    """The interactions of a vcrpy cassette (YAML, or JSON with a .json suffix)."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise ValueError(f"{path}: not a vcrpy cassette (no interactions)")
    return list(data["interactions"])


def _body_text(response: dict[str, Any]) -> str | None:
    body = response.get("body")
    text = body.get("string") if isinstance(body, dict) else body
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return text if isinstance(text, str) else None


def response_schema(spec: dict[str, Any], op: Operation, status: int) -> Any:
    response = op.responses.get(str(status)) or op.responses.get(f"{str(status)[0]}XX")
    if response is None:
        response = op.responses.get("default")
    if response is None:
        return None
    media = resolve(spec, response).get("content", {}).get("application/json", {})
    return media.get("schema", {})


def report(spec: dict[str, Any], paths: Iterable[Path]) -> dict[str, Drift]:
    """Drift by operationId (or ``METHOD /path`` for requests no operation matches)."""
    operations = spec_operations(spec)
    drifts: dict[str, Drift] = {}
    for path in paths:
        for interaction in read_cassette(path):
            request, response = interaction["request"], interaction["response"]
            url = urlsplit(request["uri"])
            op = find_operation(operations, request["method"], url.path)
            if op is None:
                key = f"{request['method'].upper()} {url.path}"
                drift = drifts.setdefault(key, Drift(key))
                drift.other.add("no operation in the spec has this method and path")
                drift.cassettes.add(path.name)
                continue
            drift = drifts.setdefault(op.operation_id, Drift(f"{op.method} {op.template}"))
            drift.cassettes.add(path.name)
            status = int(response["status"]["code"])
            schema = response_schema(spec, op, status)
            if schema is None:
                drift.other.add(f"status {status} is not documented")
                continue
            text = _body_text(response)
            if not text:
                continue
            try:
                body = json.loads(text)
            except ValueError:
                drift.other.add(f"status {status}: the body is not JSON")
                continue
            extra, missing = response_drift(spec, schema, body)
            drift.extra |= extra
            drift.missing |= missing
    return {key: drift for key, drift in sorted(drifts.items()) if drift}


def cassette_files(targets: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            files += sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))
        else:
            files.append(target)
    return files


def format_report(drifts: dict[str, Drift]) -> str:
    if not drifts:
        return "No drift: every recorded response fits the spec."
    lines = []
    for key, drift in drifts.items():
        lines.append(f"{key} ({drift.operation})")
        if drift.extra:
            lines.append(f"  extra (not in the spec):  {', '.join(sorted(drift.extra))}")
        if drift.missing:
            lines.append(f"  missing (spec requires): {', '.join(sorted(drift.missing))}")
        for note in sorted(drift.other):
            lines.append(f"  {note}")
        lines.append(f"  seen in: {', '.join(sorted(drift.cassettes))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", type=Path, default=[CASSETTES])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        spec = json.loads(args.spec.read_text())
        drifts = report(spec, cassette_files(args.targets))
    except (OSError, ValueError, KeyError, yaml.YAMLError) as exc:
        print(f"cassette_drift: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps({key: d.as_dict() for key, d in drifts.items()}, indent=2))
    else:
        print(format_report(drifts))
    return 1 if drifts else 0


if __name__ == "__main__":
    sys.exit(main())
