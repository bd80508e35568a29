"""Reading the spec and the fact sheets in tests: operations, examples, their models."""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from dateutil.parser import isoparse

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.append(str(SCRIPTS))  # scripts/ is not a package: its modules import as siblings
from openapi_spec import resolve  # noqa: E402  (the tools' one $ref resolver)

METHODS = ("get", "post", "put", "patch", "delete")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def operation_of(op: dict[str, Any]) -> Any:
    """The client's ``Operation`` for a spec operation (its request rules and response model)."""
    from monk._core.operation import Operation

    importlib.import_module("monk._generated.operations")  # registers every Operation
    name = f"{snake(op['tags'][0])}.{snake(op['operationId'])}"
    return next(o for o in Operation.registry if o.name == name)


def model_of(spec: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The generated model of a response's or request body's JSON schema (a named schema)."""
    from monk._generated import models

    holder = resolve(spec, holder)
    schema = holder["content"]["application/json"]["schema"]
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def load_spec() -> dict[str, Any]:
    """openapi/openapi.json, parsed afresh (a module may change its copy)."""
    return json.loads((ROOT / "openapi" / "openapi.json").read_text())  # type: ignore[no-any-return]


def load_script(name: str, module_name: str | None = None) -> ModuleType:
    """Import scripts/<name>.py by its path (as ``module_name``, by default ``name``)."""
    spec = importlib.util.spec_from_file_location(module_name or name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def media_examples(
    spec: dict[str, Any], holder: dict[str, Any], *, amounts: bool = False
) -> list[tuple[str, Any]]:
    """(name, value) of every example of a request body or response object. ``amounts``: with
    the docs' ``"<string>"`` stand-in for a decimal-string amount replaced by a decimal string
    (it stands for a value of the documented type; the models refuse it as a decimal)."""
    out = []
    for media in resolve(spec, holder).get("content", {}).values():
        for name, example in media.get("examples", {}).items():
            value = resolve(spec, example)["value"]
            if amounts:
                value = sample_amounts(spec, media.get("schema", {}), value)
            out.append((name, value))
    return out


SAMPLE_AMOUNT = "0.02"
_MONEY_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def sample_amounts(spec: dict[str, Any], schema: Any, value: Any) -> Any:
    """value with each decimal-string amount that is not a decimal replaced by SAMPLE_AMOUNT."""
    if not isinstance(schema, dict):
        return value
    schema = resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            value = sample_amounts(spec, branch, value)
    if schema.get("x-monk-money") and isinstance(value, str):
        return value if _MONEY_TEXT.fullmatch(value) else SAMPLE_AMOUNT
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: sample_amounts(spec, props.get(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [sample_amounts(spec, schema.get("items"), v) for v in value]
    return value


def normalize(value: Any) -> Any:
    """JSON data with date-times compared as instants (the models re-format them), and numbers
    as exact decimals (money decodes to Decimal, equal to the JSON text)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            parsed = isoparse(value)
        except ValueError:
            return value
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.UTC)
        return parsed.astimezone(datetime.UTC).isoformat()
    return value


def sheet_head(sheet: Path) -> tuple[str, str]:
    """Method and path of a reference sheet."""
    text = sheet.read_text()
    method = re.search(r"^method:\s*(\w+)", text, re.M)
    path = re.search(r"^path:\s*(\S+)", text, re.M)
    assert method and path, sheet
    return method.group(1).lower(), path.group(1)


def sheet_json_blocks(sheet: Path) -> list[Any]:
    """Every JSON example of a sheet that parses (requests, responses, older captures)."""
    import json

    out = []
    for block in re.findall(r"```json\n(.*?)```", sheet.read_text(), re.S):
        try:
            out.append(json.loads(block))
        except json.JSONDecodeError:
            continue
    return out


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/"))
