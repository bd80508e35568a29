"""Responses that differ from the spec: the mutation suite over every documented 2xx example.

For each documented response example, each field at any depth is dropped, nulled and given
another JSON type; each enum gets an unlisted value; each list gets one deviant item among good
ones. Default (tolerant) mode: the call returns, what the server sent is kept (``to_dict()``
equals the mutated body), and exactly one ``SpecDriftWarning`` names the path when the mutation
breaks the spec (none when the spec allows it: an optional field dropped, a nullable one nulled).
Strict mode: ``ResponseValidationError`` names the same path.
"""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec, media_examples, normalize, operations, resolve, snake

import monk
import monk._generated.operations  # registers every Operation
from monk._core.operation import ListOperation, Operation

SPEC = load_spec()
KEY = "mk_live_" + "k" * 48
DROP, NULL, RETYPE, ENUM, ITEM = "drop", "null", "retype", "enum", "item"
UNLISTED = "some_future_value"


@dataclass(frozen=True)
class Field:
    """One node of an example, with what its schema says about it."""

    keys: tuple[str | int, ...]  # where it is in the example (list items: index 0)
    path: str  # the JSON path the SDK reports ($.data.items[*].id)
    schema: dict[str, Any]  # resolved, without the null alternative
    required: bool
    nullable: bool


@dataclass(frozen=True)
class Case:
    operation: str  # "<tag>.<operation_id>"
    body: Any  # the mutated example
    path: str | None  # the deviation's path, or None when the spec allows the mutation

    def __str__(self) -> str:
        return f"{self.operation}:{self.path}"


def _split(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """(the schema without its null alternative, whether null is allowed)."""
    schema = resolve(SPEC, schema)
    for combiner in ("anyOf", "oneOf"):
        if combiner in schema:
            members = [resolve(SPEC, m) for m in schema[combiner]]
            rest = [m for m in members if m.get("type") != "null"]
            return (rest[0] if len(rest) == 1 else {}), len(rest) < len(members)
    types = schema.get("type")
    if types is None and "properties" not in schema:
        return schema, True  # free-form: anything goes, null too
    if isinstance(types, list):
        nullable = "null" in types
        rest = [t for t in types if t != "null"]
        return {**schema, "type": rest[0] if len(rest) == 1 else rest}, nullable
    return schema, False


def _fields(
    value: Any, schema: dict[str, Any], keys: tuple[Any, ...], path: str
) -> Iterator[Field]:
    """Every property (at any depth) of an example, first items of lists standing for all."""
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        extra = schema.get("additionalProperties")
        for key, child in value.items():
            if key in properties:
                sub, nullable = _split(properties[key])
                is_required = key in required
            elif isinstance(extra, dict) and extra:
                sub, nullable = _split(extra)
                is_required = False  # a map's entry: dropping it is no deviation
            else:
                continue  # free-form: anything goes
            field = Field((*keys, key), f"{path}.{key}", sub, is_required, nullable)
            yield field
            yield from _fields(child, sub, field.keys, field.path)
    elif isinstance(value, list) and value:
        items, _ = _split(schema.get("items", {}))
        yield from _fields(value[0], items, (*keys, 0), f"{path}[*]")


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return {"object"} if "properties" in schema else set()
    found = set(kind) if isinstance(kind, list) else {kind}
    return found | ({"number"} if "integer" in found else set())


def _other_type(schema: dict[str, Any]) -> Any:
    """A value of a JSON type the schema does not allow (None if it allows any)."""
    allowed = _types(schema)
    if not allowed:
        return None
    for candidate, kind in (("retyped", "string"), (12345, "number"), ({"x": 1}, "object")):
        if kind not in allowed and not (kind == "number" and "integer" in allowed):
            return candidate
    return ["retyped"]


def _set(body: Any, keys: tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(body)
    target = out
    for key in keys[:-1]:
        target = target[key]
    if value is _DROP:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return out


_DROP: Any = object()


def _cases() -> Iterator[Any]:
    for _method, _path, op in operations(SPEC):
        for status, response in op.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            content = resolve(SPEC, response).get("content", {}).get("application/json", {})
            schema = content.get("schema")
            if schema is None:
                continue
            name = f"{snake(op['tags'][0])}.{snake(op['operationId'])}"
            for example_name, body in media_examples(SPEC, response, amounts=True):
                if not isinstance(body, dict):
                    continue
                root, _ = _split(schema)
                for field in _fields(body, root, (), "$"):
                    drop = field.path if field.required else None
                    yield Case(name, _set(body, field.keys, _DROP), drop), DROP, example_name
                    yield (
                        Case(
                            name,
                            _set(body, field.keys, None),
                            None if field.nullable else field.path,
                        ),
                        NULL,
                        example_name,
                    )
                    other = _other_type(field.schema)
                    if other is not None:
                        yield (
                            Case(name, _set(body, field.keys, other), field.path),
                            RETYPE,
                            example_name,
                        )
                    if field.schema.get("enum"):
                        yield (
                            Case(name, _set(body, field.keys, UNLISTED), field.path),
                            ENUM,
                            example_name,
                        )
                    value = _get(body, field.keys)
                    if isinstance(value, list) and value:
                        items, _ = _split(field.schema.get("items", {}))
                        yield _deviant_item(name, body, field, value, items), ITEM, example_name


def _get(body: Any, keys: tuple[Any, ...]) -> Any:
    for key in keys:
        body = body[key]
    return body


def _deviant_item(
    name: str, body: Any, field: Field, value: list[Any], items: dict[str, Any]
) -> Case:
    """The list as good, deviant, good: the deviant item has its first property retyped (an
    object) or is of another type (a scalar)."""
    good = value[0]
    path = f"{field.path}[*]"
    if isinstance(good, dict) and items.get("properties"):
        key = next((k for k in good if k in items["properties"]), None)
        if key is not None:
            sub, _ = _split(items["properties"][key])
            other = _other_type(sub)
            if other is not None:
                bad = dict(good, **{key: other})
                return Case(name, _set(body, field.keys, [good, bad, good]), f"{path}.{key}")
    other = _other_type(items)
    return Case(
        name, _set(body, field.keys, [good, other, good]), path if other is not None else None
    )


CASES = [
    pytest.param(case, kind, id=f"{case.operation}-{ex}-{kind}-{case.path or 'allowed'}-{i}")
    for i, (case, kind, ex) in enumerate(_cases())
]


def _operation(name: str) -> Operation[Any]:
    for op in Operation.registry:
        if op.name == name:
            return op
    raise AssertionError(f"{name}: no Operation (every operation of the spec has one)")


class _Envelope(ListOperation[Any]):
    """The decode step alone: the envelope as decoded, without the unwrapping rules (whether a
    missing ``data`` is usable is tests/test_every_2xx_decodes.py's subject)."""

    def result(self, parsed: Any) -> Any:
        return parsed


def _decode(case: Case, *, strict: bool) -> Any:
    """What the client's decode step returns for this body (the envelope kept, for comparing)."""
    client = monk.Monk(api_key=KEY, strict_responses=strict)
    op = _operation(case.operation)
    whole = _Envelope(op.name, method=op.method_name, response=op.response)
    Operation.registry.remove(whole)
    content = json.dumps(case.body).encode()
    response = httpx.Response(200, content=content, request=httpx.Request("GET", "https://x"))
    return client._engine.result(whole, response)


def test_the_suite_covers_every_operation_with_a_documented_2xx_example() -> None:
    documented = {
        f"{snake(op['tags'][0])}.{snake(op['operationId'])}"
        for _m, _p, op in operations(SPEC)
        for status, response in op.get("responses", {}).items()
        if status.startswith("2")
        and any(isinstance(v, dict) for _, v in media_examples(SPEC, response))
    }
    covered = {p.values[0].operation for p in CASES}
    assert covered == documented
    assert {
        "meters.list_meters",
        "invoices.list_invoices",
        "contracts.get_credit_balance",
    } <= covered
    assert len(CASES) > 1000


@pytest.mark.parametrize(("case", "kind"), CASES)
def test_tolerant_mode_keeps_what_came_and_warns_once(case: Case, kind: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = _decode(case, strict=False)
    drift = [w for w in caught if issubclass(w.category, monk.SpecDriftWarning)]
    assert normalize(model.to_dict()) == normalize(case.body)
    if case.path is None:
        assert drift == []
    else:
        assert len(drift) == 1, [str(w.message) for w in drift]
        message = str(drift[0].message)
        assert f" at {case.path} (" in message
        assert (
            case.operation.split(".")[0] in message
            or _operation(case.operation).method_name in message
        )


@pytest.mark.parametrize(("case", "kind"), CASES)
def test_strict_mode_names_the_path(case: Case, kind: str) -> None:
    if case.path is None:
        model = _decode(case, strict=True)
        assert normalize(model.to_dict()) == normalize(case.body)
        return
    with pytest.raises(monk.ResponseValidationError) as info:
        _decode(case, strict=True)
    assert info.value.path == case.path
    assert case.path in str(info.value)


def test_a_deviation_is_reported_once_per_operation_path_and_kind() -> None:
    body = {"data": [{"id": f"m{i}", "displayName": 5} for i in range(3)], "hasMore": False}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = client.meters.list()
        client.meters.list()
    messages = [str(w.message) for w in caught if issubclass(w.category, monk.SpecDriftWarning)]
    type_reports = [m for m in messages if "$.data[*].displayName (type)" in m]
    assert len(type_reports) == 1
    assert type_reports[0].startswith("meters.list: ")
    assert "expected string, got number 5" in type_reports[0]
    assert [m.display_name for m in page.data] == [5, 5, 5]  # kept as received


def test_a_deviation_goes_to_the_monk_logger(caplog: pytest.LogCaptureFixture) -> None:
    body = {"data": {"id": "m1", "status": "archived"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    with caplog.at_level("WARNING", logger="monk"), pytest.warns(monk.SpecDriftWarning):
        meter = client.meters.get("m1")
    assert meter.status == "archived"
    assert any("$.data.status (enum)" in r.getMessage() for r in caplog.records)


def test_warnings_can_be_turned_into_errors() -> None:
    body = {"data": {"id": "m1", "status": "archived"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    with warnings.catch_warnings():
        warnings.simplefilter("error", monk.SpecDriftWarning)
        with pytest.raises(monk.SpecDriftWarning):
            client.meters.get("m1")


async def test_async_client_is_tolerant_and_strict_on_request() -> None:
    body = {"data": {"id": "cus_1", "name": "Acme"}}  # no createdAt/updatedAt
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    async with monk.AsyncMonk(api_key=KEY, http_client=httpx.AsyncClient(transport=transport)) as c:
        with pytest.warns(monk.SpecDriftWarning, match="customers.get"):
            assert (await c.customers.get("cus_1")).name == "Acme"
    strict = monk.AsyncMonk(
        api_key=KEY, strict_responses=True, http_client=httpx.AsyncClient(transport=transport)
    )
    with pytest.raises(monk.ResponseValidationError) as info:
        await strict.customers.get("cus_1")
    assert info.value.path == "$.data.createdAt"


def test_strict_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONK_STRICT_RESPONSES", "1")
    assert monk.Monk(api_key=KEY).strict_responses is True
    assert monk.Monk(api_key=KEY, strict_responses=False).strict_responses is False
    monkeypatch.delenv("MONK_STRICT_RESPONSES")
    assert monk.Monk(api_key=KEY).strict_responses is False


def test_a_drift_report_never_holds_the_api_key() -> None:
    body = {"data": {"id": "m1", "status": f"echo {KEY}"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    with pytest.warns(monk.SpecDriftWarning) as caught:
        client.meters.get("m1")
    assert all(KEY[:20] not in str(w.message) for w in caught)
    assert any("[REDACTED]" in str(w.message) for w in caught)
    body["data"].update(displayName="Tokens", aggregationType="SUM")  # status: the first deviation
    strict = monk.Monk(
        api_key=KEY, strict_responses=True, http_client=httpx.Client(transport=transport)
    )
    with pytest.raises(monk.ResponseValidationError) as info:
        strict.meters.get("m1")
    assert KEY[:20] not in str(info.value) and "[REDACTED]" in str(info.value)
