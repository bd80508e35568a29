"""The generated models and request rules match the documentation: every documented example
goes through them."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import httpx
import pytest
from conftest import require_sheets
from spec_helpers import (
    load_spec,
    media_examples,
    model_of,
    norm_path,
    normalize,
    operation_of,
    operations,
    sheet_head,
    sheet_json_blocks,
)

SPEC = load_spec()
OPS = list(operations(SPEC))


def _id(item: tuple[str, str, dict[str, Any]]) -> str:
    return item[2]["operationId"]


def _response_cases() -> list[Any]:
    cases = []
    for method, path, op in OPS:
        for status, response in op.get("responses", {}).items():
            for name, value in media_examples(SPEC, response, amounts=True):
                cases.append(
                    pytest.param(
                        op, int(status), value, id=f"{_id((method, path, op))}-{status}-{name}"
                    )
                )
    return cases


def _request_cases() -> list[Any]:
    cases = []
    for method, path, op in OPS:
        if "requestBody" in op:
            for name, value in media_examples(SPEC, op["requestBody"]):
                mismatch = _example_object(op["requestBody"], name).get("x-monk-schema-mismatch")
                case = (method, path, op, value, mismatch)
                cases.append(pytest.param(*case, id=f"{op['operationId']}-{name}"))
    return cases


def _example_object(holder: dict[str, Any], name: str) -> dict[str, Any]:
    for media in holder.get("content", {}).values():
        if name in media.get("examples", {}):
            example: dict[str, Any] = media["examples"][name]
            return example
    return {}


def _parse(op: dict[str, Any], status: int, value: Any) -> Any:
    """The documented body, decoded by the model the spec gives this status (strictly)."""
    from monk._core.decode import decode

    model = model_of(SPEC, op["responses"][str(status)])
    return decode(model, httpx.Response(status, json=value), None)


@pytest.mark.parametrize(("op", "status", "value"), _response_cases())
def test_response_example_decodes_and_round_trips(
    op: dict[str, Any], status: int, value: Any
) -> None:
    parsed = _parse(op, status, value)
    assert parsed is not None, "the generated parser does not know this status"
    if isinstance(value, dict):
        assert normalize(parsed.to_dict()) == normalize(value)


@pytest.mark.parametrize(("op", "status", "value"), _response_cases())
def test_unknown_response_keys_are_kept(op: dict[str, Any], status: int, value: Any) -> None:
    if not isinstance(value, dict):
        pytest.skip("not an object")
    extended = copy.deepcopy(value)
    extended["someFutureField"] = {"nested": [1, "two"]}
    parsed = _parse(op, status, extended)
    assert parsed.to_dict()["someFutureField"] == {"nested": [1, "two"]}


@pytest.mark.parametrize(("method", "path", "op", "value", "mismatch"), _request_cases())
def test_request_built_by_the_request_rules_matches_example(
    method: str, path: str, op: dict[str, Any], value: Any, mismatch: str | None
) -> None:
    body_model = model_of(SPEC, op["requestBody"])
    if mismatch:  # a documented example the docs' own schema rejects: say so, and prove it
        with pytest.raises((KeyError, TypeError, ValueError)):
            body_model.from_dict(copy.deepcopy(value))
        return
    body = body_model.from_dict(copy.deepcopy(value))
    integers = {
        p["name"] for p in op.get("parameters", []) if p.get("schema", {}).get("type") == "integer"
    }
    names = re.findall(r"\{([^}]+)\}", path)
    path_args = [1 if name in integers else "id-1" for name in names]
    kwargs = operation_of(op).request_kwargs(tuple(path_args), {"body": body})
    assert kwargs["method"] == method
    expected = path
    for name, arg in zip(names, path_args, strict=True):
        expected = expected.replace("{" + name + "}", str(arg))
    assert kwargs["url"] == expected
    assert normalize(json.loads(kwargs["content"])) == normalize(value)


def test_every_sheet_example_is_in_the_spec() -> None:
    """Each JSON block of each reference sheet is one of its operation's examples, as data."""
    sheets = require_sheets() / "reference"
    by_key = {(m, norm_path(p)): op for m, p, op in OPS}
    shared_errors = [
        v for r in SPEC["components"]["responses"].values() for _, v in media_examples(SPEC, r)
    ]
    missing = []
    checked = 0
    for sheet in sorted(sheets.glob("*.md")):
        method, path = sheet_head(sheet)
        op = by_key.get((method, norm_path(path)))
        assert op is not None, f"{sheet.name}: {method.upper()} {path} is not in the spec"
        documented = list(shared_errors)
        for holder in [op.get("requestBody", {}), *op.get("responses", {}).values()]:
            documented += [v for _, v in media_examples(SPEC, holder)] if holder else []
        for block in sheet_json_blocks(sheet):
            checked += 1
            if block not in documented:
                missing.append(f"{sheet.name}: {json.dumps(block)[:80]}")
    assert checked > 50
    assert not missing, "\n".join(missing)


def test_every_sheet_operation_is_in_the_spec() -> None:
    sheets = require_sheets() / "reference"
    keys = {(m, norm_path(p)) for m, p, _ in OPS}
    documented = [sheet_head(s) for s in sorted(sheets.glob("*.md"))]
    assert len(documented) == 37
    assert [d for d in documented if (d[0], norm_path(d[1])) not in keys] == []
