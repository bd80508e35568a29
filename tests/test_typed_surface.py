"""The typed surface: a method per spec operation, per-call options, raw responses, docstrings."""

from __future__ import annotations

import copy
import inspect
import json
import keyword
import pickle
import pydoc
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec, resolve

import monk
from monk._core.operation import Operation
from monk._core.options import omit
from monk._core.response import RawResponse
from monk._generated import resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec()
KEY = "mk_test_" + "0" * 48
CUSTOMER = {
    "id": "cus_1",
    "name": "Acme",
    "createdAt": "2024-01-01T00:00:00Z",
    "updatedAt": "2024-01-01T00:00:00Z",
}
OPTIONS = {"timeout", "extra_headers", "extra_query", "extra_body"}
# Hand-written methods (flows, ingestion) whose names differ from the spec's on purpose.
RENAMED = {"usage.cost": {"start_date": "start", "end_date": "end"}}
# ... and their parameters that are not the API's: an Event object, the chunk size.
EXTRA = {"events.send": {"event"}, "events.send_batch": {"max_batch_size"}}
# Body lists taken positionally by hand-written methods (``estimate(events)``).
POSITIONAL_BODY = {"pricing.estimate": {"events"}, "events.send_batch": {"events"}}
# Required unless an Event is passed instead: the overloads say so to type checkers.
EITHER = {"events.send"}


def snake(name: str) -> str:
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    return f"{out}_" if keyword.iskeyword(out) or out in {"format", "type", "id_"} else out


def spec_operations() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for item in SPEC["paths"].values():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                yield item[method]["operationId"], item, item[method]


def method_for(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def operation_named(op_id: str, tag: str) -> Operation[Any]:
    import monk._generated.operations  # noqa: F401  (registers every operation)

    name = f"{snake(tag)}.{snake(op_id)}"
    found = [op for op in Operation.registry if op.name == name]
    assert found, f"{op_id}: no Operation for it"
    return found[0]


OPS = sorted(spec_operations(), key=lambda t: t[0])


@pytest.mark.parametrize("op_id, item, op", OPS, ids=[o[0] for o in OPS])
def test_each_spec_operation_has_a_typed_sync_and_async_method(
    op_id: str, item: dict[str, Any], op: dict[str, Any]
) -> None:
    params = [resolve(SPEC, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    path = [snake(p["name"]) for p in params if p["in"] == "path"]
    keywords = {snake(p["name"]): p.get("required", False) for p in params if p["in"] == "query"}
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        body = resolve(SPEC, content["schema"])
        required = set(body.get("required", []))
        keywords |= {snake(k): k in required for k in body.get("properties", {})}
    dotted = operation_named(op_id, op["tags"][0]).method_name
    renames = RENAMED.get(dotted, {})
    keywords = {renames.get(k, k): v for k, v in keywords.items()}

    sync = method_for(monk.Monk(api_key=KEY), dotted)
    asyn = method_for(monk.AsyncMonk(api_key=KEY), dotted)
    assert not inspect.iscoroutinefunction(sync), dotted
    listing = dotted.endswith(".list")
    assert inspect.iscoroutinefunction(asyn) or listing, dotted
    for method in (sync, asyn):
        signature = inspect.signature(method)
        got = dict(signature.parameters)
        for name in EXTRA.get(dotted, ()):
            got.pop(name)
        assert set(got) == set(path) | set(keywords) | OPTIONS, dotted
        positional = [n for n, p in got.items() if p.kind is not inspect.Parameter.KEYWORD_ONLY]
        assert positional == path + sorted(POSITIONAL_BODY.get(dotted, ())), dotted
        for name, parameter in got.items():
            assert parameter.annotation not in (inspect.Parameter.empty, "Any"), (dotted, name)
            if name in keywords and keywords[name] and dotted not in EITHER:
                assert parameter.default is inspect.Parameter.empty, (dotted, name, "required")
        assert method.__doc__, dotted
    if not listing:
        assert sync.__doc__ == asyn.__doc__, f"{dotted}: the async twin's docstring differs"


def public_classes() -> list[type]:
    from monk._core.pagination import AsyncPage, AsyncPager, SyncPage

    classes = [getattr(resources, name) for name in resources.__all__]
    return [*classes, monk.Monk, monk.AsyncMonk, RawResponse, SyncPage, AsyncPage, AsyncPager]


def test_every_public_method_has_a_docstring_and_async_twins_share_theirs() -> None:
    missing = []
    for cls in public_classes():
        for name in dir(cls):
            if name.startswith("_"):
                continue
            member = inspect.getattr_static(cls, name)
            if not (callable(member) or isinstance(member, property)):
                continue
            if not (member.__doc__ or "").strip():
                missing.append(f"{cls.__name__}.{name}")
    assert missing == []
    for name in resources.__all__:
        if not name.startswith("Async") or name == "AsyncWithRawResponse":
            continue
        asyn, sync = getattr(resources, name), getattr(resources, name[len("Async") :])
        for attr in dir(sync):
            member = getattr(sync, attr)
            if attr.startswith("_") or not inspect.isfunction(member):
                continue
            assert getattr(asyn, attr).__doc__ == member.__doc__, f"{name}.{attr}"


def test_constructor_defaults_read_as_values_in_help() -> None:
    for cls in (monk.Monk, monk.AsyncMonk):
        text = pydoc.render_doc(cls.__init__, renderer=pydoc.plaintext)
        assert "object at 0x" not in text
        assert "timeout: 'float | httpx.Timeout | None' = 30.0" in text
    text = pydoc.render_doc(resources.Contracts.create, renderer=pydoc.plaintext)
    assert "credit_grant_cents: 'int | Omit | None' = omit" in text


def test_omit_is_one_object_through_pickle_and_copy() -> None:
    assert pickle.loads(pickle.dumps(omit)) is omit  # noqa: S301 (our own bytes)
    assert copy.deepcopy(omit) is omit and copy.copy(omit) is omit
    assert repr(omit) == "omit" and not omit


# --- what a call sends -------------------------------------------------------------------------


class Recorder:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response


def client(rec: Recorder) -> monk.Monk:
    return monk.Monk(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(rec)))


def async_client(rec: Recorder) -> monk.AsyncMonk:
    transport = httpx.MockTransport(rec)
    return monk.AsyncMonk(api_key=KEY, http_client=httpx.AsyncClient(transport=transport))


CONTRACT = {
    "id": "con_1",
    "name": "Acme on Pro",
    "customerId": "cus_1",
    "planId": "plan_1",
    "startDate": "2026-03-01",
    "isActive": True,
    "createdAt": "2026-03-01T00:00:00Z",
}


def test_omitted_fields_are_not_sent_and_none_is_sent_as_null() -> None:
    import datetime

    rec = Recorder(httpx.Response(201, json={"data": CONTRACT}))
    contracts = client(rec).contracts
    start = datetime.date(2026, 3, 1)
    contracts.create(plan_id="plan_1", customer_id="cus_1", start_date=start)
    contracts.create(
        plan_id="plan_1", customer_id="cus_1", start_date=start, credit_grant_cents=None
    )
    contracts.create(
        plan_id="plan_1", customer_id="cus_1", start_date=start, credit_grant_cents=500
    )
    bodies = [json.loads(r.content) for r in rec.requests]
    assert "creditGrantCents" not in bodies[0]  # the plan's default applies
    assert bodies[1]["creditGrantCents"] is None  # no credit grant
    assert bodies[2]["creditGrantCents"] == 500
    assert bodies[0] == {"planId": "plan_1", "customerId": "cus_1", "startDate": "2026-03-01"}


def test_per_call_options_reach_the_request() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}))
    got = client(rec).customers.update(
        "cus_1",
        name="Acme",
        timeout=2.5,
        extra_headers={"X-Trace": "t1"},
        extra_query={"dryRun": "true"},
        extra_body={"note": "from a test"},
    )
    assert got.name == "Acme"
    request = rec.requests[0]
    assert request.headers["X-Trace"] == "t1"
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.url.params["dryRun"] == "true"
    assert json.loads(request.content) == {"name": "Acme", "note": "from a test"}
    assert request.extensions["timeout"]["read"] == 2.5


def test_without_options_a_call_sends_the_client_defaults() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}))
    client(rec).customers.get("cus_1")
    request = rec.requests[0]
    assert "X-Trace" not in request.headers and request.url.params == httpx.QueryParams()


def test_options_apply_to_every_page() -> None:
    page = {"data": [CUSTOMER], "hasMore": True, "total": 2}
    last = {"data": [{**CUSTOMER, "id": "cus_2"}], "hasMore": False, "total": 2}
    responses = iter([page, last])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=next(responses))

    with monk.Monk(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as c:
        items = list(c.customers.list(limit=1, extra_headers={"X-Page": "yes"}))
    assert len(items) == 2
    assert [r.headers.get("X-Page") for r in seen] == ["yes", "yes"]
    assert [r.url.params["offset"] for r in seen[1:]] == ["1"]


def test_events_send_takes_options_and_extra_body() -> None:
    accepted = {"status": "accepted", "idempotencyKey": "k", "requestId": "r"}
    rec = Recorder(httpx.Response(202, json=accepted))
    client(rec).events.send(
        event_name="api_call", customer_id="cus_1", extra_body={"source": "test"}
    )
    body = json.loads(rec.requests[0].content)
    assert body["eventName"] == "api_call" and body["source"] == "test"
    assert body["idempotencyKey"]  # still generated: retries stay safe


def test_with_raw_response_returns_the_response_and_parses_on_demand() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}, headers={"x-request-id": "req_9"}))
    raw = client(rec).with_raw_response.customers.get("cus_1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.request_id == "req_9"
    assert raw.http_response.json()["data"]["id"] == "cus_1"
    customer = raw.parse()
    assert customer.id == "cus_1" and raw.parse() is customer


def test_with_raw_response_lists_and_nested_resources() -> None:
    rec = Recorder(httpx.Response(200, json={"data": [CUSTOMER], "hasMore": False, "total": 1}))
    raw = client(rec).with_raw_response.customers.list(limit=5)
    assert raw.status_code == 200
    assert [c.id for c in raw.parse()] == ["cus_1"]
    assert rec.requests[0].url.params["limit"] == "5"
    ledger = Recorder(httpx.Response(200, json={"data": {"entries": []}}))
    raw_ledger = client(ledger).with_raw_response.contracts.credits.ledger("con_1")
    assert raw_ledger.http_response.request.url.path == "/v1/contracts/con_1/credits/ledger"


async def test_async_with_raw_response_and_options() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}))
    async with async_client(rec) as c:
        raw = await c.with_raw_response.customers.get("cus_1", extra_headers={"X-A": "1"})
        customer = await c.customers.get("cus_1", extra_query={"q": "2"})
    assert raw.parse().id == "cus_1" == customer.id
    assert rec.requests[0].headers["X-A"] == "1" and rec.requests[1].url.params["q"] == "2"


# --- the generated layer is guarded like generated/ ------------------------------------------


def load_generator() -> Any:
    from importlib import util

    spec = util.spec_from_file_location(
        "generate_resources", ROOT / "scripts" / "generate_resources.py"
    )
    assert spec and spec.loader
    generator = util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # dataclasses look their module up
    spec.loader.exec_module(generator)
    return generator


def test_the_typed_layer_is_in_step_and_a_hand_edit_is_caught(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client")
    generator = load_generator()
    assert generator.stale() == []
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", generated, ignore=shutil.ignore_patterns("__pycache__"))
    resources = generated / "resources.py"
    resources.write_text(resources.read_text().replace("def get(", "def fetch(", 1))
    assert generator.stale(directory=generated) == ["generated/resources.py"]


def test_money_types_key_on_x_monk_money_once_the_spec_marks_it() -> None:
    generator = load_generator()
    money = "Decimal | int | str"
    unmarked = generator.Types(generator.Spec({"components": {"schemas": {}}, "paths": {}}))
    assert unmarked.of({"type": "number"}, "creditAmount") == money
    assert unmarked.of({"type": "string"}, "unitAmount") == money  # a decimal-string amount
    assert unmarked.of({"type": "string"}, "name") == "str"
    fee = {"type": "string", "x-monk-money": True}
    doc = {"components": {"schemas": {"X": {"properties": {"fee": fee}}}}, "paths": {}}
    marked = generator.Types(generator.Spec(doc))
    assert marked.of(fee, "fee") == money
    assert marked.of({"type": "string"}, "unitAmount") == "str"  # the marks decide now
    assert marked.of({"type": "integer", "x-monk-money": True}, "amountCents") == "int"
    assert marked.of({"type": ["number", "null"]}, "maxCredits") == f"{money} | None"
    assert marked.of({"type": "string", "enum": ["a"], "x-monk-provenance": "inferred"}) == (
        'Literal["a"] | str'  # a guessed enum must not refuse what the live API takes
    )


def test_a_flows_options_reach_each_of_its_requests() -> None:
    cost = {
        "totalAmount": 12.5,
        "currency": "USD",
        "unit": "currency",
        "startDate": "2026-03-01T00:00:00.000Z",
        "endDate": "2027-03-01T00:00:00.000Z",
        "queriedAt": "2026-03-30T12:00:00.000Z",
    }
    contract_id = "3f2b8c1e-0d4a-4c9e-9b7a-1e2d3c4b5a69"  # the cost body takes a UUID
    contract = {**CONTRACT, "id": contract_id, "endDate": "2027-03-01"}
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/v1/contracts/"):
            return httpx.Response(200, json={"data": contract})
        return httpx.Response(200, json=cost)

    transport = httpx.MockTransport(handler)
    with monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport)) as c:
        result = c.usage.cost(contract_id=contract_id, extra_headers={"X-Flow": "1"}, timeout=4.0)
    assert str(result.total_amount) == "12.5"
    assert [r.url.path for r in seen] == [f"/v1/contracts/{contract_id}", "/v1/usage/cost"]
    assert [r.headers.get("X-Flow") for r in seen] == ["1", "1"]
    assert [r.extensions["timeout"]["read"] for r in seen] == [4.0, 4.0]
