"""monk.testing.MockMonk: the spec decides what it accepts; its state adds up; overrides work."""

from __future__ import annotations

import copy
import datetime
import json
import os
import re
import signal
import subprocess
import sys
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec, media_examples, operations, resolve

import monk
from monk.testing import DEFAULT_API_KEY, MockMonk
from monk.testing._schema import ANNOTATIONS, KEYWORDS, Validator

SPEC = load_spec()
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
REST = "https://api.monk.com"
EVENTS = "https://events-api.monk.com"
CONTACTS = [{"email": "ap@acme.com", "roles": ["accounts_payable"]}]


@pytest.fixture
def mock() -> MockMonk:
    return MockMonk()


@pytest.fixture
def http(mock: MockMonk) -> httpx.Client:
    return httpx.Client(transport=mock, headers=AUTH)


@pytest.fixture
def client(mock: MockMonk) -> monk.Monk:
    return mock.client(max_retries=0)


def batch(rows: list[dict[str, Any]]) -> list[monk.Event]:
    return [monk.Event.from_dict(row) for row in rows]


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "code"}, body
    detail: dict[str, Any] = body["error"]
    return detail


# -- what the spec forbids ---------------------------------------------------------------------

EVENT = {"eventName": "api_call", "customerId": "cus_1"}
REJECTED = [
    # (case, method, url, json body, expected status, words the message must contain)
    (
        "missing required field",
        "POST",
        f"{REST}/v1/customers",
        {"contacts": CONTACTS},
        400,
        ["name: is required (required)"],
    ),
    (
        "nested required field",
        "POST",
        f"{REST}/v1/customers",
        {"name": "Acme", "contacts": [{"roles": ["x"]}]},
        400,
        ["contacts[0].email: is required"],
    ),
    (
        "minItems",
        "POST",
        f"{REST}/v1/customers",
        {"name": "Acme", "contacts": []},
        400,
        ["contacts: has 0 items, at least 1 required (minItems)"],
    ),
    (
        "wrong type",
        "POST",
        f"{EVENTS}/v1/events",
        {**EVENT, "eventName": 7},
        400,
        ["eventName: must be string, not integer (type)"],
    ),
    (
        "integer, not number",
        "POST",
        f"{REST}/v1/contracts",
        {"planId": "p", "customerId": "c", "startDate": "2026-03-01", "creditGrantCents": 10.5},
        400,
        ["creditGrantCents: must be integer or null, not number (type)"],
    ),
    (
        "enum",
        "POST",
        f"{REST}/v1/meters",
        {"code": "API", "displayName": "API", "aggregationType": "UNIQUE"},
        400,
        ["aggregationType: 'UNIQUE' is not one of 'SUM', 'COUNT', 'MAX', 'MIN' (enum)"],
    ),
    (
        "over maxItems",
        "POST",
        f"{EVENTS}/v1/events/batch",
        {"events": [EVENT] * 10_001},
        400,
        ["events: has 10001 items, at most 10000 allowed (maxItems)"],
    ),
    (
        "item of a batch",
        "POST",
        f"{EVENTS}/v1/events/batch",
        {"events": [EVENT, {"customerId": "c"}]},
        400,
        ["events[1].eventName: is required"],
    ),
    (
        "minLength",
        "POST",
        f"{EVENTS}/v1/events",
        {**EVENT, "eventName": ""},
        400,
        ["eventName: must not be empty (minLength)"],
    ),
    (
        "format date",
        "POST",
        f"{REST}/v1/contracts",
        {"planId": "p", "customerId": "c", "startDate": "03/01/2026"},
        400,
        ["startDate: '03/01/2026' is not a date YYYY-MM-DD (format)"],
    ),
    (
        "format date-time needs an offset",
        "POST",
        f"{EVENTS}/v1/events",
        {**EVENT, "timestamp": "2026-02-13T10:30:00"},
        400,
        ["timestamp:", "(format)"],
    ),
    (
        "format uuid",
        "POST",
        f"{REST}/v1/usage/cost",
        {
            "customerId": "cus_1",
            "startDate": "2026-03-01T00:00:00Z",
            "endDate": "2026-04-01T00:00:00Z",
        },
        400,
        ["customerId: 'cus_1' is not a UUID (format)"],
    ),
    (
        "exclusiveMinimum",
        "POST",
        f"{REST}/v1/contracts/c1/credits/promotional/grant",
        {"creditRateCents": 10, "creditAmount": 0, "expiresAt": "2026-06-30T00:00:00Z"},
        400,
        ["creditAmount: 0 must be more than 0 (exclusiveMinimum)"],
    ),
    (
        "dependentRequired",
        "POST",
        f"{REST}/v1/customers",
        {"name": "Acme", "contacts": CONTACTS, "provider": "stripe"},
        400,
        ["paymentProviderId: is required with provider (dependentRequired)"],
    ),
    (
        "minProperties",
        "PATCH",
        f"{REST}/v1/customers/c1",
        {},
        400,
        ["(body): must have at least one field (minProperties)"],
    ),
    (
        "anyOf of object or null",
        "PATCH",
        f"{REST}/v1/contracts/c1",
        {"metadata": "x"},
        400,
        ["metadata: must be object or null, not string (anyOf)"],
    ),
    (
        "maxProperties inside anyOf",
        "PATCH",
        f"{REST}/v1/contracts/c1",
        {"metadata": {f"k{i}": i for i in range(11)}},
        400,
        ["(maxProperties)"],
    ),
    (
        "propertyNames",
        "PATCH",
        f"{REST}/v1/contracts/c1",
        {"metadata": {"k" * 41: 1}},
        400,
        ["(maxLength)"],
    ),
    (
        "pattern",
        "POST",
        f"{REST}/v1/meters",
        {"code": "api calls", "displayName": "x"},
        400,
        ["code: 'api calls' does not match ^[A-Z0-9_]+$ (pattern)"],
    ),
    ("no body", "POST", f"{REST}/v1/customers", None, 400, ["a JSON request body is required"]),
    (
        "query maximum",
        "GET",
        f"{REST}/v1/customers?limit=101",
        None,
        400,
        ["query.limit: 101 is more than 100 (maximum)"],
    ),
    (
        "query type",
        "GET",
        f"{REST}/v1/contracts?isActive=yes",
        None,
        400,
        ["query.isActive: must be boolean, not string (type)"],
    ),
    ("query enum", "GET", f"{REST}/v1/meters?status=archived", None, 400, ["query.status:"]),
    (
        "required query",
        "GET",
        f"{EVENTS}/v1/usage?start=2026-01-01",
        None,
        400,
        ["query.end: is required (required)"],
    ),
    (
        "path type",
        "PATCH",
        f"{REST}/v1/contracts/c1/budgets/first",
        {"label": "x"},
        400,
        ["path.index: must be integer, not string (type)"],
    ),
    (
        "path format",
        "GET",
        f"{REST}/v1/invoices/inv-1/credit-report",
        None,
        400,
        ["path.invoiceId: 'inv-1' is not a UUID (format)"],
    ),
    (
        "x-monk-rule: both customer ids",
        "POST",
        f"{EVENTS}/v1/events",
        {**EVENT, "externalCustomerId": "ext"},
        400,
        ["exactly one of customerId"],
    ),
    (
        "x-monk-rule: no customer id",
        "POST",
        f"{EVENTS}/v1/events",
        {"eventName": "x"},
        400,
        ["exactly one of customerId"],
    ),
    ("bad path", "GET", f"{REST}/v1/customer", None, 404, ["No route for GET /v1/customer"]),
    ("method not allowed", "DELETE", f"{REST}/v1/customers/c1", None, 405, ["allowed: GET"]),
    ("wrong host", "POST", f"{REST}/v1/events", EVENT, 404, ["Events API host"]),
]


@pytest.mark.parametrize("case", [pytest.param(case[1:], id=case[0]) for case in REJECTED])
def test_the_mock_rejects_what_the_spec_forbids(http: httpx.Client, case: tuple[Any, ...]) -> None:
    method, url, body, status, words = case
    response = http.request(method, url, json=body)
    assert response.status_code == status, response.text
    message = error_of(response)["message"]
    for word in words:
        assert word in message
    assert (
        error_of(response)["code"]
        == {400: "VALIDATION_ERROR", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}[status]
    )


def test_405_names_the_allowed_methods(http: httpx.Client) -> None:
    response = http.put(f"{REST}/v1/customers")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("headers", "example"),
    [
        ({}, "missing-header"),
        ({"Authorization": "Basic abc"}, "missing-header"),
        ({"Authorization": "Bearer "}, "missing-header"),
        ({"Authorization": "Bearer sk_live_123"}, "invalid-key"),
        ({"Authorization": "Bearer mk_live_"}, "invalid-key"),
    ],
)
def test_missing_or_invalid_bearer_gets_the_documented_401(
    mock: MockMonk, headers: dict[str, str], example: str
) -> None:
    response = httpx.Client(transport=mock).get(f"{REST}/v1/customers", headers=headers)
    assert response.status_code == 401
    documented = SPEC["components"]["responses"]["Unauthorized"]["content"]["application/json"]
    assert response.json() == documented["examples"][example]["value"]


def test_only_listed_keys_when_api_keys_is_given() -> None:
    mock = MockMonk(api_keys=["mk_live_good"])
    ok = mock.client("mk_live_good", max_retries=0)
    assert ok.customers.list().total == 0
    with pytest.raises(monk.AuthenticationError, match="Invalid API key"):
        mock.client("mk_live_other", max_retries=0).customers.list()


def test_a_validation_error_reaches_the_sdk_as_bad_request(client: monk.Monk) -> None:
    with pytest.raises(monk.BadRequestError) as caught:
        client.customers.create(name="Acme", contacts=[{"email": "x@y.z", "roles": []}])
    assert caught.value.code == "VALIDATION_ERROR"
    assert "contacts[0].roles" in caught.value.message


# -- what the spec documents -------------------------------------------------------------------


def _request_examples() -> list[Any]:
    cases = []
    for method, path, op in operations(SPEC):
        if "requestBody" not in op:
            continue
        for media in resolve(SPEC, op["requestBody"])["content"].values():
            for name, example in media.get("examples", {}).items():
                mismatch = bool(example.get("x-monk-schema-mismatch"))
                case = (method, path, example["value"], mismatch)
                cases.append(pytest.param(case, id=f"{op['operationId']}-{name}"))
    return cases


@pytest.fixture
def ids(client: monk.Monk) -> dict[str, str]:
    """Real ids for the path parameters of the documented examples."""
    customer = client.customers.create(name="Acme", contacts=CONTACTS)
    contract = client.contracts.create(
        plan_id="plan-1", customer_id=customer.id, start_date="2026-03-01"
    )
    client.contracts.budgets.create(
        contract.id, label="Dove", event_property_key="bu", event_property_value="dove"
    )
    return {"customerId": customer.id, "contractId": contract.id, "index": "0"}


@pytest.mark.parametrize("case", _request_examples())
def test_every_documented_request_example_is_accepted(
    mock: MockMonk, http: httpx.Client, ids: dict[str, str], case: tuple[Any, ...]
) -> None:
    method, path, value, mismatch = case
    host = (
        EVENTS
        if path.startswith(("/v1/events", "/v1/usage", "/v1/health"))
        and not path.startswith("/v1/usage/cost")
        else REST
    )
    url = host + re.sub(r"\{([^}]+)\}", lambda m: ids[m.group(1)], path)
    response = http.request(method.upper(), url, json=copy.deepcopy(value))
    if mismatch:  # documented as not fitting the docs' own schema
        assert response.status_code == 400, response.text
    else:
        assert 200 <= response.status_code < 300, response.text
    assert mock.problems == []


def test_operations_without_state_answer_with_the_documented_example(http: httpx.Client) -> None:
    invoice_id = "660e8400-e29b-41d4-a716-446655440001"
    response = http.get(f"{REST}/v1/invoices/{invoice_id}")
    assert response.status_code == 200
    op = SPEC["paths"]["/v1/invoices/{invoiceId}"]["get"]
    documented = media_examples(SPEC, op["responses"]["200"])[0][1]
    assert response.json()["data"]["id"] == invoice_id  # the path id is put in
    assert response.json()["data"]["invoiceNumber"] == documented["data"]["invoiceNumber"]


def test_the_package_ships_the_spec_the_client_was_generated_from() -> None:
    shipped = resources.files("monk.testing").joinpath("openapi.json").read_text()
    assert json.loads(shipped) == SPEC


def test_the_validator_knows_every_keyword_the_spec_uses() -> None:
    unknown: set[str] = set()

    def walk(node: Any, in_schema: bool) -> None:
        if isinstance(node, dict):
            if in_schema:
                unknown.update(
                    k
                    for k in node
                    if not k.startswith("x-")
                    and k not in KEYWORDS | ANNOTATIONS
                    and k not in ("properties", "items", "additionalProperties")
                )
            for key, value in node.items():
                if key in ("properties", "dependentRequired"):
                    for sub in value.values():
                        walk(sub, key == "properties")
                elif key in ("schema", "items", "additionalProperties", "propertyNames", "not"):
                    walk(value, True)
                elif key in ("anyOf", "oneOf", "allOf"):
                    for sub in value:
                        walk(sub, True)
                elif not in_schema:
                    walk(value, False)
        elif isinstance(node, list):
            for value in node:
                walk(value, in_schema)

    walk(SPEC["paths"], False)
    for schema in SPEC["components"]["schemas"].values():
        walk(schema, True)
    assert unknown == set()


def _mutations(schema: dict[str, Any], value: Any) -> list[Any]:
    """Variants of a valid body: each required field dropped, each field of the wrong type."""
    out = []
    schema = resolve(SPEC, schema)
    if not isinstance(value, dict):
        return out
    for name in schema.get("required", []):
        out.append({k: v for k, v in value.items() if k != name})
    for name, item in value.items():
        for wrong in (123, "text", 1.5, True, None, [], {}):
            if type(wrong) is not type(item):
                out.append({**value, name: wrong})
        if isinstance(item, dict):
            sub = resolve(SPEC, schema.get("properties", {}).get(name, {}))
            out += [{**value, name: m} for m in _mutations(sub, item)]
    return out


def test_the_validator_agrees_with_jsonschema_on_mutated_examples() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    ours = Validator(SPEC)
    compared = 0
    for _, _, op in operations(SPEC):
        if "requestBody" not in op:
            continue
        media = resolve(SPEC, op["requestBody"])["content"]["application/json"]
        schema = media["schema"]
        reference = jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]})
        for example in media.get("examples", {}).values():
            for variant in [example["value"], *_mutations(schema, example["value"])]:
                theirs = reference.is_valid(variant)
                assert (not ours.validate(schema, variant)) == theirs, (op["operationId"], variant)
                compared += 1
    assert compared > 500


# -- state -------------------------------------------------------------------------------------


def test_create_get_list_with_pages(client: monk.Monk) -> None:
    made = [
        client.customers.create(
            name=f"Customer {i}", contacts=CONTACTS, external_customer_id=f"ext-{i}"
        )
        for i in range(12)
    ]
    assert client.customers.get(made[3].id).name == "Customer 3"
    page = client.customers.list(limit=5)
    assert (len(page.data), page.has_more, page.total) == (5, True, 12)
    assert [c.id for c in client.customers.list(limit=5)] == [c.id for c in made]
    only = client.customers.list(external_customer_id="ext-7")
    assert [c.name for c in only] == ["Customer 7"]
    with pytest.raises(monk.NotFoundError):
        client.customers.get("cus_missing")


def _priced(
    client: monk.Monk,
    *,
    unit_amount: str = "0.02",
    aggregation: str = "COUNT",
    key: str | None = None,
    grant: dict[str, Any] | None = None,
) -> tuple[Any, Any]:
    customer = client.customers.create(name="Acme", contacts=CONTACTS, external_customer_id="acme")
    meter = client.meters.create(
        code="API_CALLS",
        display_name="API calls",
        aggregation_type=aggregation,
        event_type_filter={"include": ["api_call"]},
        **({"aggregation_key": key} if key else {}),
    )
    pricing = client.pricing.create(
        name="API calls",
        model="USAGE",
        billing_mode="RECURRING",
        price_interval="MONTH",
        product_name="API",
        unit_amount=unit_amount,
        meter_id=meter.id,
    )
    plan = client.plans.create(name="Pro", pricing_ids=[pricing.id])
    contract = client.contracts.create(
        plan_id=plan.id, customer_id=customer.id, start_date="2026-03-01", **(grant or {})
    )
    return customer, contract


def _clock(day: int = 20) -> Any:
    return lambda: datetime.datetime(2026, 3, day, 12, tzinfo=datetime.UTC)


def test_usage_cost_is_events_times_unit_price() -> None:
    mock = MockMonk(clock=_clock())
    client = mock.client(max_retries=0)
    customer, contract = _priced(client)
    inside = [
        {
            "eventName": "api_call",
            "customerId": customer.id,
            "timestamp": f"2026-03-{d:02d}T10:00:00Z",
        }
        for d in range(1, 16)
    ]
    client.events.send_batch(
        batch(
            [
                *inside,
                {
                    "eventName": "api_call",
                    "externalCustomerId": "acme",
                    "timestamp": "2026-03-16T00:00:00Z",
                },
                {
                    "eventName": "other",
                    "customerId": customer.id,
                    "timestamp": "2026-03-02T00:00:00Z",
                },
                {
                    "eventName": "api_call",
                    "customerId": customer.id,
                    "timestamp": "2026-02-28T23:59:59Z",
                },
                {
                    "eventName": "api_call",
                    "customerId": customer.id,
                    "timestamp": "2026-03-17T00:00:00Z",
                },
                {
                    "eventName": "api_call",
                    "customerId": "someone-else",
                    "timestamp": "2026-03-05T00:00:00Z",
                },
            ]
        )
    )
    cost = client.usage.cost(customer_id=customer.id, start="2026-03-01", end="2026-03-17")
    # 15 + 1 (by external id) api_call events in [Mar 1, Mar 17): end exclusive, start inclusive
    assert cost.total_amount == Decimal("0.02") * 16
    assert (cost.unit, cost.currency) == ("currency", "USD")
    by_contract = client.usage.cost(contract_id=contract.id)  # start .. now
    assert by_contract.total_amount == Decimal("0.02") * 17
    assert mock.problems == []


def test_sum_aggregation_and_property_filters() -> None:
    mock = MockMonk(clock=_clock())
    client = mock.client(max_retries=0)
    customer, _ = _priced(client, unit_amount="0.001", aggregation="SUM", key="tokens")
    client.events.send_batch(
        batch(
            [
                {
                    "eventName": "api_call",
                    "customerId": customer.id,
                    "timestamp": "2026-03-02T00:00:00Z",
                    "properties": {"tokens": tokens, "org": org},
                }
                for tokens, org in [(1500, "a"), (2500.5, "a"), (4000, "b")]
            ]
        )
    )
    start, end = "2026-03-01", "2026-04-01"
    total = client.usage.cost(customer_id=customer.id, start=start, end=end)
    assert total.total_amount == Decimal("8000.5") * Decimal("0.001")
    only_a = client.usage.cost(
        customer_id=customer.id, start=start, end=end, property_filters={"org": "a"}
    )
    assert only_a.total_amount == Decimal("4000.5") * Decimal("0.001")
    none = client.usage.cost(
        customer_id=customer.id, start=start, end=end, event_names=["not_metered"]
    )
    assert none.total_amount == 0


def test_events_dedup_latest_version_wins(mock: MockMonk, client: monk.Monk) -> None:
    client.events.send(
        event_name="api_call", customer_id="c1", idempotency_key="k1", properties={"v": 1}
    )
    client.events.send_batch(
        batch(
            [
                {"eventName": "api_call", "customerId": "c1", "idempotencyKey": "k2"},
                {
                    "eventName": "api_call",
                    "customerId": "c1",
                    "idempotencyKey": "k1",
                    "properties": {"v": 2},
                },
            ]
        )
    )
    client.events.send(
        event_name="api_call", customer_id="c1", idempotency_key="k1", properties={"v": 3}
    )
    events = {e["idempotencyKey"]: e for e in mock.events}
    assert sorted(events) == ["k1", "k2"]
    assert events["k1"]["properties"] == {"v": 3}
    generated = client.events.send(event_name="api_call", customer_id="c1")
    assert generated.idempotency_key in {e["idempotencyKey"] for e in mock.events}
    assert client.events.list().total == 3


def test_an_event_more_than_an_hour_ahead_is_rejected() -> None:
    client = MockMonk(clock=_clock()).client(max_retries=0)
    client.events.send(event_name="x", customer_id="c", timestamp="2026-03-20T12:59:00Z")
    with pytest.raises(monk.BadRequestError, match="more than 1 hour in the future"):
        client.events.send(event_name="x", customer_id="c", timestamp="2026-03-20T13:01:00Z")


def test_credits_the_balance_and_unit_credits(mock: MockMonk) -> None:
    mock = MockMonk(clock=_clock())
    client = mock.client(max_retries=0)
    customer, contract = _priced(
        client, grant={"credit_grant_cents": 10_000, "credit_settings": {"creditRateCents": 10}}
    )
    client.events.send_batch(
        batch(
            [
                {
                    "eventName": "api_call",
                    "customerId": customer.id,
                    "timestamp": "2026-03-05T00:00:00Z",
                    "idempotencyKey": f"e{i}",
                }
                for i in range(250)
            ]
        )
    )
    usd = client.usage.cost(contract_id=contract.id)
    assert usd.total_amount == Decimal("5.00")  # 250 x $0.02
    credits = client.usage.cost(contract_id=contract.id, unit="credits")
    assert (credits.total_amount, credits.credit_rate_cents) == (Decimal(50), Decimal(10))
    wallet = client.contracts.credits.balance(contract.id)
    assert (wallet.balance.balance_cents, wallet.balance.credit_balance) == (9_500, 950)
    grant = client.contracts.credits.grant_promotional(
        contract.id,
        credit_rate_cents=5,
        credit_amount=100,
        expires_at="2026-04-30T00:00:00Z",
        external_id="welcome",
    )
    again = client.contracts.credits.grant_promotional(
        contract.id,
        credit_rate_cents=5,
        credit_amount=100,
        expires_at="2026-04-30T00:00:00Z",
        external_id="welcome",
    )
    assert again.id == grant.id  # externalId is an idempotency key
    wallet = client.contracts.credits.balance(contract.id)
    # The promotional block expires first, so it is used first: its $5 is gone, the paid
    # block is whole again.
    blocks = {b.is_promotional: b for b in wallet.blocks}
    assert (blocks[True].status, blocks[True].remaining_cents) == ("depleted", 0)
    assert (blocks[False].priority, blocks[False].remaining_cents) == (1, 10_000)
    ledger = client.contracts.credits.ledger(contract.id)
    assert [e.amount_cents for e in ledger.entries] == [500, 10_000]  # newest first
    latest = client.usage.cost(contract_id=contract.id, unit="credits")
    assert (latest.total_amount, latest.credit_rate_cents) == (Decimal(100), Decimal(5))
    assert mock.problems == []


def test_async_client_against_the_mock(mock: MockMonk) -> None:
    import asyncio

    async def main() -> str:
        async with mock.async_client(max_retries=0) as client:
            customer = await client.customers.create(name="Async", contacts=CONTACTS)
            await client.events.send(event_name="x", customer_id=customer.id)
            return (await client.customers.get(customer.id)).name

    assert asyncio.run(main()) == "Async"
    assert len(mock.events) == 1


# -- overrides and records ---------------------------------------------------------------------


def test_override_fails_the_next_n_calls(mock: MockMonk, client: monk.Monk) -> None:
    customer = client.customers.create(name="Acme", contacts=CONTACTS)
    failing = mock.override("getCustomer", status=500, times=2)
    for _ in range(2):
        with pytest.raises(monk.InternalServerError) as caught:
            client.customers.get(customer.id)
        assert caught.value.code == "INTERNAL_ERROR"
    assert client.customers.get(customer.id).name == "Acme"
    assert (failing.calls, failing.remaining) == (2, 0)


def test_retries_see_the_override_then_the_real_answer(mock: MockMonk) -> None:
    mock.override("GET /v1/customers/{customerId}", status=503, times=2)
    client = mock.client(retry=monk.RetryConfig(max_retries=3, base_delay=0, max_delay=0))
    customer = client.customers.create(name="Acme", contacts=CONTACTS)
    assert client.customers.get(customer.id).id == customer.id
    statuses = [r.status for r in mock.requests if r.operation_id == "getCustomer"]
    assert statuses == [503, 503, 200]


def test_override_with_json_headers_and_order(mock: MockMonk, client: monk.Monk) -> None:
    page = {"data": [], "hasMore": False, "total": 0, "note": "custom"}
    mock.override("listInvoices", json=page, headers={"X-Request-Id": "req_custom"}, times=1)
    mock.override("listInvoices", status=429, headers={"Retry-After": "7"}, times=1)
    with client.capture_responses() as seen:
        assert client.invoices.list().total == 0
    assert seen.last.json()["note"] == "custom"
    assert seen.request_id == "req_custom"
    with pytest.raises(monk.RateLimitError):
        client.invoices.list()
    documented = media_examples(SPEC, SPEC["paths"]["/v1/invoices"]["get"]["responses"]["200"])
    again = client.invoices.list()  # the example's items again, as the whole list
    assert [i.id for i in again.data] == [item["id"] for item in documented[0][1]["data"]]
    assert (again.has_more, again.total) == (False, len(again.data))


def test_override_delay_and_connection_errors(mock: MockMonk, client: monk.Monk) -> None:
    slow = mock.override("createEvent", delay=0.5)
    reply = mock.handle(
        "POST",
        f"{EVENTS}/v1/events",
        AUTH | {"content-type": "application/json"},
        json.dumps(EVENT).encode(),
    )
    assert (reply.status, reply.delay) == (200, 0.5)  # the real answer, 0.5 s late
    assert len(mock.events) == 1
    slow.cancel()
    mock.override("*", raises=httpx.ConnectError, times=1)
    with pytest.raises(monk.APIConnectionError):
        client.customers.list()
    assert client.customers.list().total == 0


def test_unknown_operation_names_are_refused(mock: MockMonk) -> None:
    with pytest.raises(KeyError, match="getCustomer"):
        mock.override("getCustomers", status=500)


def test_requests_are_recorded_without_the_key(mock: MockMonk, client: monk.Monk) -> None:
    client.customers.create(name="Acme", contacts=CONTACTS)
    record = mock.requests[-1]
    assert (record.method, record.path, record.operation_id, record.status) == (
        "POST",
        "/v1/customers",
        "createCustomer",
        201,
    )
    assert record.json["name"] == "Acme"
    assert DEFAULT_API_KEY not in repr(record)
    assert record.headers["authorization"].startswith("Bearer mk_test_")


# -- the loopback server -----------------------------------------------------------------------


def test_serve_in_a_thread_and_drop_connections(mock: MockMonk) -> None:
    with mock.serve() as server:
        client = monk.Monk(
            DEFAULT_API_KEY, base_url=server.url, events_base_url=server.url, max_retries=0
        )
        client.events.send(event_name="api_call", customer_id="c1")
        assert len(mock.events) == 1
        mock.override("listCustomers", raises=httpx.ReadError, times=1)
        with pytest.raises(monk.APIConnectionError):
            client.customers.list()
        assert client.customers.list().total == 0


def test_server_module_prints_its_url_and_stops_on_sigterm(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "monk.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:[0-9]+", url), url
        response = httpx.get(f"{url}/v1/customers", headers=AUTH, timeout=10)
        assert response.json() == {"data": [], "hasMore": False, "total": 0}
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
