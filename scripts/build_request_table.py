#!/usr/bin/env python3
"""Build ``generated/request_table.py``: the request side of the spec, as plain data.

    python scripts/build_request_table.py            rewrite the module from openapi.json
    python scripts/build_request_table.py --check    exit 1 if the module is out of step

For every operation: its method, path template, path and query parameters, and body schema;
for every schema a request can reach: its properties by Python (snake_case) and wire names,
required fields, nullability, enums, limits, formats and money. The overlay's request encoder
(``monk._core.request``) checks a call against it before anything is sent. ``regenerate.py`` runs
this with the generator, and its ``--check`` fails when the module is stale.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openapi_spec import ref_name, resolve

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
TARGET = ROOT / "generated" / "request_table.py"
LINE_LENGTH = "100"

HEADER = '''# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""The request side of Monk's OpenAPI spec, as data.

Written by ``scripts/build_request_table.py`` (``nox -s regenerate`` rewrites it;
``scripts/regenerate.py --check`` fails when it is stale). ``monk._core.request`` reads it.
A node is a dict: ``t`` the JSON type (or a tuple of scalar types), ``ref`` a schema name,
``null`` nullable, ``inf`` inferred (the docs did not show it, so its enum, limits and format are
not enforced), ``money`` ``"decimal"`` (a decimal string), ``"number"`` or ``"cents"``.
"""

'''

_LIMITS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
)


def snake_case(name: str) -> str:
    """The generator's Python name for a wire name (its own rule: ``format`` -> ``format_``)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


def compile_node(schema: Any, name: str = "") -> dict[str, Any]:
    """One schema (or property, called ``name`` on the wire) as a table node."""
    if not isinstance(schema, dict):
        return {"t": "any"}
    node: dict[str, Any] = {}
    if schema.get("x-monk-provenance") == "inferred":
        node["inf"] = True
    if "$ref" in schema:
        node["ref"] = ref_name(schema["$ref"])
        return node
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        others = [o for o in options if o != {"type": "null"}]
        if len(others) < len(options):
            node["null"] = True
        if len(others) == 1:
            inner = compile_node(others[0], name)
            inner.update({k: v for k, v in node.items() if k not in inner})
            return inner
        node["t"] = "any"
        return node
    types = schema.get("type")
    if isinstance(types, list):
        if "null" in types:
            node["null"] = True
        types = [t for t in types if t != "null"]
        types = types[0] if len(types) == 1 else tuple(types)
    if types is None:
        types = "object" if "properties" in schema else "any"
    node["t"] = types
    if "enum" in schema:
        node["enum"] = tuple(v for v in schema["enum"] if v is not None)
    if "format" in schema:
        node["fmt"] = schema["format"]
    for key in _LIMITS:
        if key in schema:
            node[key] = schema[key]
    if "default" in schema:
        node["default"] = schema["default"]
    money = _money(schema, name, types)
    if money:
        node["money"] = money
    if types == "array":
        node["items"] = compile_node(schema.get("items", {}))
    elif types == "object":
        _compile_object(schema, node)
    return node


def _money(schema: dict[str, Any], name: str, types: Any) -> str | None:
    if schema.get("x-monk-money") is not True:
        return None
    return {"string": "decimal", "integer": "cents", "number": "number"}.get(types)


def _compile_object(schema: dict[str, Any], node: dict[str, Any]) -> None:
    properties = schema.get("properties", {})
    if properties:
        node["props"] = {
            snake_case(wire): (wire, compile_node(prop, wire)) for wire, prop in properties.items()
        }
        wires = {wire: snake_case(wire) for wire in properties}
        node["required"] = tuple(wires[w] for w in schema.get("required", ()) if w in wires)
        dependent = schema.get("dependentRequired")
        if dependent:
            node["dependent"] = {
                wires[k]: tuple(wires[v] for v in vs if v in wires)
                for k, vs in dependent.items()
                if k in wires
            }
    extra = schema.get("additionalProperties")
    if extra is True or (extra is None and not properties):
        node["map"] = {"t": "any"}
    elif isinstance(extra, dict):
        node["map"] = compile_node(extra)
    names = schema.get("propertyNames")
    if isinstance(names, dict) and "maxLength" in names:
        node["keyMaxLength"] = names["maxLength"]


def _refs(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        if "ref" in value and isinstance(value["ref"], str):
            found.add(value["ref"])
        for item in value.values():
            found |= _refs(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            found |= _refs(item)
    return found


def _parameters(item: dict[str, Any], op: dict[str, Any], spec: dict[str, Any]) -> list[Any]:
    merged: dict[tuple[str, str], Any] = {}
    for given in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, given)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def build(spec: dict[str, Any]) -> dict[str, Any]:
    """The table: ``OPERATIONS`` by overlay operation name and the ``SCHEMAS`` they reach."""
    operations: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            name = f"{op['tags'][0].lower()}.{snake_case(op['operationId'])}"
            params = _parameters(item, op, spec)
            path_params = [p for p in params if p["in"] == "path"]
            by_wire = {p["name"]: p for p in path_params}
            order = re.findall(r"{([^}]+)}", path)
            template = re.sub(r"{[^}]+}", "{}", path)
            entry: dict[str, Any] = {
                "method": method,
                "path": template,
                "path_params": tuple(
                    (snake_case(w), w, compile_node(by_wire.get(w, {}).get("schema", {}), w))
                    for w in order
                ),
                "query": {
                    snake_case(p["name"]): (
                        p["name"],
                        compile_node(p.get("schema", {}), p["name"]),
                        bool(p.get("required")),
                    )
                    for p in params
                    if p["in"] == "query"
                },
            }
            body = op.get("requestBody")
            if body:
                schema = body.get("content", {}).get("application/json", {}).get("schema", {})
                entry["body"] = compile_node(schema)
                entry["body_required"] = bool(body.get("required"))
            operations[name] = entry
    components = spec.get("components", {}).get("schemas", {})
    schemas: dict[str, Any] = {}
    todo = sorted(_refs(operations))
    while todo:
        ref = todo.pop()
        if ref in schemas:
            continue
        schemas[ref] = compile_node(components[ref])
        todo.extend(sorted(_refs(schemas[ref]) - set(schemas)))
    return {
        "OPERATIONS": dict(sorted(operations.items())),
        "SCHEMAS": dict(sorted(schemas.items())),
    }


def render(table: dict[str, Any]) -> str:
    """The module's source, formatted with the pinned ruff (byte-identical on every machine)."""
    body = "".join(f"{key}: dict[str, Any] = {value!r}\n\n" for key, value in table.items())
    source = HEADER + "from typing import Any\n\n" + body
    with tempfile.TemporaryDirectory(prefix="monk-table-") as tmp:
        out = Path(tmp) / "_request_table.py"
        out.write_text(source)
        bindir = Path(sys.executable).parent
        subprocess.run(
            [str(bindir / "ruff"), "format", "--isolated", "--line-length", LINE_LENGTH, str(out)],
            check=True,
            capture_output=True,
        )
        return out.read_text()


def expected() -> str:
    return render(build(json.loads(SPEC.read_text())))


def is_stale() -> bool:
    return not TARGET.is_file() or TARGET.read_text() != expected()


def write(target: Path = TARGET) -> None:
    target.write_text(expected())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    args = parser.parse_args(argv)
    if args.check:
        if is_stale():
            print(f"stale: {TARGET.relative_to(ROOT)} (run scripts/build_request_table.py)")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is in step")
        return 0
    write()
    print(f"{TARGET.relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
