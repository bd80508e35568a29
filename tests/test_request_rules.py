"""Strict in what we send: every caller mistake is a ValidationError before the network.

The tables run every case through the sync and the async client over a transport that counts
requests: each must raise ``monk.ValidationError`` naming the field by its Python path, say the
rule, show no internals, and send nothing.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

import monk

KEY = "mk_test_0123456789abcdef"
CID = "3f0e9d2c-1b4a-4c5d-8e7f-a0b1c2d3e4f5"
WHEN = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
CONTACTS = [{"email": "ap@acme.com", "roles": ["accounts_payable"]}]
CONTRACT = {"customer_id": CID, "plan_id": "plan_1", "start_date": "2026-01-01"}
PRICE = {"name": "p", "model": "USAGE", "billing_mode": "RECURRING", "product_name": "API"}
# What a message must never show: Python internals instead of the field and the rule.
INTERNALS = re.compile(
    r"KeyError|TypeError\(|AttributeError|_get_kwargs|from_dict|_encode|Traceback"
)

Call = Callable[[Any], Any]

# (what the caller got wrong, the call, the field the error names, a fragment of its rule)
MISTAKES: list[tuple[str, Call, str, str]] = [
    # customers
    ("None as a path id", lambda c: c.customers.get(None), "customer_id", "string"),
    ("empty path id", lambda c: c.customers.get(""), "customer_id", "empty"),
    ("blank path id", lambda c: c.customers.get("  "), "customer_id", "blank"),
    ("'.' as a path id", lambda c: c.customers.get("."), "customer_id", "'.'"),
    ("'..' as a path id", lambda c: c.customers.update("..", name="n"), "customer_id", "'..'"),
    ("int as a string id", lambda c: c.customers.get(42), "customer_id", "string"),
    ("missing required", lambda c: c.customers.create(contacts=CONTACTS), "name", "required"),
    ("wrong type", lambda c: c.customers.create(name=5, contacts=CONTACTS), "name", "string"),
    (
        "too few items",
        lambda c: c.customers.create(name="A", contacts=[]),
        "contacts",
        "at least 1",
    ),
    (
        "nested required",
        lambda c: c.customers.create(name="A", contacts=[{"email": "a@b.c"}]),
        "contacts[0].roles",
        "required",
    ),
    (
        "nested misspelling",
        lambda c: c.customers.create(name="A", contacts=[{**CONTACTS[0], "emial": "x"}]),
        "contacts[0].emial",
        "did you mean 'email'",
    ),
    ("top-level misspelling", lambda c: c.customers.create(nmae="A"), "nmae", "'name'"),
    ("None for a non-null field", lambda c: c.customers.update(CID, name=None), "name", "None"),
    ("enum", lambda c: c.customers.update(CID, provider="paypal"), "provider", "'stripe'"),
    (
        "dependent field",
        lambda c: c.customers.update(CID, provider="stripe"),
        "payment_provider_id",
        "required when provider",
    ),
    ("query maximum", lambda c: c.customers.list(limit=500), "limit", "at most 100"),
    ("query type", lambda c: c.customers.list(limit="10"), "limit", "integer"),
    ("bool for an int", lambda c: c.customers.list(offset=True), "offset", "integer"),
    # meters
    ("'.' meter id", lambda c: c.meters.archive("."), "meter_id", "'.'"),
    ("meter code missing", lambda c: c.meters.create(display_name="x"), "code", "required"),
    (
        "pattern",
        lambda c: c.meters.create(code="api calls", display_name="x"),
        "code",
        "must match",
    ),
    (
        "meter enum",
        lambda c: c.meters.create(code="X", display_name="x", aggregation_type="AVG"),
        "aggregation_type",
        "'SUM', 'COUNT', 'MAX', 'MIN'",
    ),
    (
        "nested key suggestion",
        lambda c: c.meters.create(code="X", display_name="x", event_type_filter={"includes": []}),
        "event_type_filter.includes",
        "did you mean 'include'",
    ),
    ("query enum", lambda c: c.meters.list(status="archived"), "status", "'active'"),
    # pricing
    (
        "money as a float",
        lambda c: c.pricing.create(**PRICE, unit_amount=0.02),
        "unit_amount",
        "not a float",
    ),
    (
        "money not a number",
        lambda c: c.pricing.create(**PRICE, unit_amount="two cents"),
        "unit_amount",
        "not a number",
    ),
    (
        "money NaN",
        lambda c: c.pricing.create(**PRICE, unit_amount=Decimal("NaN")),
        "unit_amount",
        "finite",
    ),
    (
        "pricing enum",
        lambda c: c.pricing.create(**PRICE, price_interval="DAY"),
        "price_interval",
        "'WEEK', 'MONTH', 'YEAR'",
    ),
    (
        "nested money",
        lambda c: c.pricing.create(**PRICE, pricing_tiers=[{"unit_amount": 1.5}]),
        "pricing_tiers[0].unit_amount",
        "not a float",
    ),
    ("empty pricing id", lambda c: c.pricing.get(""), "pricing_id", "empty"),
    (
        "estimate item misspelt",
        lambda c: c.pricing.estimate([{"eventName": "x", "propertiez": {}}]),
        "events[0].propertiez",
        "did you mean 'properties'",
    ),
    # plans
    ("'..' plan id", lambda c: c.plans.get(".."), "plan_id", "'..'"),
    ("plan int as str", lambda c: c.plans.create(name="P", net_terms="30"), "net_terms", "integer"),
    (
        "str for a list",
        lambda c: c.plans.create(name="P", pricing_ids="pr_1"),
        "pricing_ids",
        "list",
    ),
    # contracts
    (
        "contract date missing",
        lambda c: c.contracts.create(customer_id=CID, plan_id="p"),
        "start_date",
        "required",
    ),
    (
        "date format",
        lambda c: c.contracts.create(**{**CONTRACT, "start_date": "01/02/2026"}),
        "start_date",
        "YYYY-MM-DD",
    ),
    (
        "datetime for a date",
        lambda c: c.contracts.create(**{**CONTRACT, "start_date": WHEN}),
        "start_date",
        "date",
    ),
    (
        "the credit_settings typo",
        lambda c: c.contracts.create(
            **CONTRACT, credit_grant_cents=5000, credit_settings={"credit_rate_centz": 10}
        ),
        "credit_settings.credit_rate_centz",
        "did you mean 'credit_rate_cents'",
    ),
    (
        "cents not whole",
        lambda c: c.contracts.create(**CONTRACT, credit_grant_cents=Decimal("50.5")),
        "credit_grant_cents",
        "whole number",
    ),
    (
        "cents as a float",
        lambda c: c.contracts.create(**CONTRACT, credit_grant_cents=5000.0),
        "credit_grant_cents",
        "float",
    ),
    (
        "metadata too many keys",
        lambda c: c.contracts.create(**CONTRACT, metadata={str(i): i for i in range(11)}),
        "metadata",
        "at most 10",
    ),
    (
        "metadata key too long",
        lambda c: c.contracts.create(**CONTRACT, metadata={"k" * 41: "v"}),
        "metadata." + "k" * 41,
        "40 characters",
    ),
    (
        "metadata value not a scalar",
        lambda c: c.contracts.create(**CONTRACT, metadata={"team": ["a"]}),
        "metadata.team",
        "string or a number or a boolean",
    ),
    ("cancel_at missing", lambda c: c.contracts.cancel(CID), "cancel_at", "required"),
    (
        "cancel enum",
        lambda c: c.contracts.cancel(CID, cancel_at="now"),
        "cancel_at",
        "end_of_period",
    ),
    (
        "change option enum",
        lambda c: c.contracts.change_plan(CID, plan_id="p", change_option="later"),
        "change_option",
        "'immediate'",
    ),
    (
        "bool as a string",
        lambda c: c.contracts.change_plan(CID, plan_id="p", change_option="immediate", prorate="y"),
        "prorate",
        "True or False",
    ),
    (
        "three-state: leaving out a required nullable",
        lambda c: c.contracts.update_metadata(CID),
        "metadata",
        "required",
    ),
    ("query bool", lambda c: c.contracts.list(is_active="yes"), "is_active", "True or False"),
    (
        "no such parameter",
        lambda c: c.contracts.budgets.usage(CID, limit=5),
        "limit",
        "not a parameter of contracts.budgets.usage()",
    ),
    # contracts.credits
    ("empty contract id", lambda c: c.contracts.credits.balance(""), "contract_id", "empty"),
    (
        "grant expiry missing",
        lambda c: c.contracts.credits.grant_promotional(CID, amount_cents=100),
        "expires_at",
        "required",
    ),
    (
        "grant rate without amount",
        lambda c: c.contracts.credits.grant_promotional(CID, expires_at=WHEN, credit_amount=5),
        "credit_rate_cents",
        "required when credit_amount",
    ),
    (
        "naive datetime",
        lambda c: c.contracts.credits.grant_promotional(
            CID, expires_at=datetime.datetime(2030, 1, 1), amount_cents=1
        ),
        "expires_at",
        "timezone",
    ),
    (
        "max length",
        lambda c: c.contracts.credits.grant_promotional(
            CID, expires_at=WHEN, amount_cents=1, external_id="e" * 256
        ),
        "external_id",
        "at most 255",
    ),
    # contracts.budgets
    (
        "negative index",
        lambda c: c.contracts.budgets.update(CID, -1, label="x"),
        "index",
        "at least 0",
    ),
    ("bool index", lambda c: c.contracts.budgets.delete(CID, True), "index", "integer"),
    ("str index", lambda c: c.contracts.budgets.delete(CID, "0"), "index", "integer"),
    (
        "number not numeric",
        lambda c: c.contracts.budgets.create(CID, max_credits="lots"),
        "max_credits",
        "not a number",
    ),
    (
        "uuid format",
        lambda c: c.contracts.budgets.update(CID, 0, meter_id="meter-1"),
        "meter_id",
        "UUID",
    ),
    # invoices
    ("invoice status enum", lambda c: c.invoices.list(status="paid"), "status", "'Paid'"),
    (
        "query date format",
        lambda c: c.invoices.list(created_after="2026/01/01"),
        "created_after",
        "YYYY-MM-DD",
    ),
    ("empty invoice id", lambda c: c.invoices.get(""), "invoice_id", "empty"),
    (
        "statement format enum",
        lambda c: c.invoices.credit_statement(CID, format="csv"),
        "format_",
        "'pdf', 'json'",
    ),
    ("unknown query", lambda c: c.invoices.get(CID, includ="lineItems"), "includ", "'include'"),
    ("'.' customer id", lambda c: c.invoices.upcoming("."), "customer_id", "'.'"),
    # events
    ("events query type", lambda c: c.events.list(limit="many"), "limit", "integer"),
    ("usage window missing", lambda c: c.events.query_usage(end="2026-01-02"), "start", "required"),
]


class Counting:
    """A transport that records what reaches it (nothing should)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"error": {"code": "X", "message": "should not be sent"}})


def sync_client(seen: Counting) -> monk.Monk:
    return monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(seen)), max_retries=0
    )


def async_client(seen: Counting) -> monk.AsyncMonk:
    transport = httpx.MockTransport(seen)
    return monk.AsyncMonk(KEY, http_client=httpx.AsyncClient(transport=transport), max_retries=0)


def check(error: monk.ValidationError, field: str, rule: str) -> None:
    assert isinstance(error, monk.MonkError)
    assert error.field == field, str(error)
    assert rule in str(error), str(error)
    assert not INTERNALS.search(str(error)), str(error)


def test_the_table_covers_every_resource_and_at_least_40_mistakes() -> None:
    assert len(MISTAKES) >= 40
    resources = {"customers", "meters", "pricing", "plans", "contracts", "invoices", "events"}
    sources = " ".join(inspect.getsource(call) for _, call, _, _ in MISTAKES)
    assert all(f"c.{name}." in sources for name in resources)
    assert "c.contracts.credits." in sources and "c.contracts.budgets." in sources


@pytest.mark.parametrize(("what", "call", "field", "rule"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_sync_mistake_is_caught_before_the_network(
    what: str, call: Call, field: str, rule: str
) -> None:
    seen = Counting()
    with pytest.raises(monk.ValidationError) as info:
        call(sync_client(seen))
    check(info.value, field, rule)
    assert seen.requests == []


@pytest.mark.parametrize(("what", "call", "field", "rule"), MISTAKES, ids=[m[0] for m in MISTAKES])
async def test_async_mistake_is_caught_before_the_network(
    what: str, call: Call, field: str, rule: str
) -> None:
    seen = Counting()
    with pytest.raises(monk.ValidationError) as info:
        result = call(async_client(seen))
        if inspect.isawaitable(result):
            await result
    check(info.value, field, rule)
    assert seen.requests == []


CONFIG_MISTAKES: list[tuple[dict[str, Any], str]] = [
    ({"timeout": "5"}, "timeout"),
    ({"timeout": -1}, "timeout"),
    ({"timeout": float("nan")}, "timeout"),
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": True}, "max_retries"),
    ({"base_url": "api.monk.com"}, "base_url"),
    ({"events_base_url": "ftp://events"}, "events_base_url"),
    ({"environment": "staging"}, "environment"),
    ({"retry": {"max_retries": 1}}, "retry"),
]


@pytest.mark.parametrize(("options", "field"), CONFIG_MISTAKES, ids=[f for _, f in CONFIG_MISTAKES])
@pytest.mark.parametrize("cls", [monk.Monk, monk.AsyncMonk])
def test_client_configuration_is_checked_at_construction(
    cls: type[Any], options: dict[str, Any], field: str
) -> None:
    with pytest.raises(monk.ValidationError) as info:
        cls(KEY, **options)
    assert info.value.field == field
    assert not INTERNALS.search(str(info.value))


def test_a_non_string_api_key_is_refused() -> None:
    with pytest.raises(monk.ValidationError) as info:
        monk.Monk(12345)  # type: ignore[arg-type]
    assert info.value.field == "api_key"


# -- nested keys: one naming rule at every depth ---------------------------------------------


def sent(call: Call) -> dict[str, Any]:
    """The JSON body one call sends."""
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(500, json={"error": {"code": "X", "message": "stop"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    with pytest.raises(monk.InternalServerError):
        call(client)
    assert len(bodies) == 1
    data: dict[str, Any] = json.loads(bodies[0])
    return data


NESTED: list[tuple[str, Call, dict[str, Any]]] = [
    (
        "snake_case converted at depth 1",
        lambda c: c.contracts.create(**CONTRACT, credit_settings={"credit_rate_cents": 10}),
        {"creditSettings": {"creditRateCents": 10}},
    ),
    (
        "camelCase accepted at depth 1",
        lambda c: c.contracts.create(**CONTRACT, credit_settings={"creditRateCents": 10}),
        {"creditSettings": {"creditRateCents": 10}},
    ),
    (
        "camelCase accepted at the top",
        lambda c: c.contracts.create(**CONTRACT, creditGrantCents=5000),
        {"creditGrantCents": 5000},
    ),
    (
        "snake_case in list items",
        lambda c: c.contracts.create(
            **CONTRACT, overrides=[{"base_pricing_id": "pr_1", "unit_amount": "0.5"}]
        ),
        {"overrides": [{"basePricingId": "pr_1", "unitAmount": "0.5"}]},
    ),
    (
        "snake_case two levels down",
        lambda c: c.pricing.create(**PRICE, pricing_tiers=[{"min_qty": "0", "max_qty": "100"}]),
        {"pricingTiers": [{"minQty": "0", "maxQty": "100"}]},
    ),
    (
        "metadata sent verbatim",
        lambda c: c.contracts.create(**CONTRACT, metadata={"cost_center": "eng", "teamId": 7}),
        {"metadata": {"cost_center": "eng", "teamId": 7}},
    ),
    (
        "event properties sent verbatim",
        lambda c: c.pricing.estimate([{"event_name": "x", "properties": {"input_tokens": 5}}]),
        {"events": [{"eventName": "x", "properties": {"input_tokens": 5}}]},
    ),
    (
        "rate override maps keep their keys",
        lambda c: c.contracts.create(
            **CONTRACT, rate_overrides={"meter_a": {"per_unit": Decimal("0.5")}}
        ),
        {"rateOverrides": {"meter_a": {"per_unit": Decimal("0.5")}}},
    ),
    (
        "grant metadata verbatim",
        lambda c: c.contracts.credits.grant_promotional(
            CID, expires_at=WHEN, amount_cents=100, metadata={"campaign_id": "c1"}
        ),
        {"metadata": {"campaign_id": "c1"}},
    ),
    (
        "extra_body is the escape hatch",
        lambda c: c.customers.update(CID, name="A", extra_body={"brand_new_field": {"x_y": 1}}),
        {"name": "A", "brand_new_field": {"x_y": 1}},
    ),
]


@pytest.mark.parametrize(("what", "call", "expected"), NESTED, ids=[n[0] for n in NESTED])
def test_nested_keys(what: str, call: Call, expected: dict[str, Any]) -> None:
    body = sent(call)
    for key, value in expected.items():
        assert body[key] == value, body


def test_a_key_given_by_both_names_is_refused() -> None:
    seen = Counting()
    with pytest.raises(monk.ValidationError) as info:
        sync_client(seen).contracts.create(
            **CONTRACT, credit_settings={"credit_rate_cents": 1, "creditRateCents": 2}
        )
    assert info.value.field == "credit_settings.credit_rate_cents"
    assert seen.requests == []


# -- money in ---------------------------------------------------------------------------------


def raw_body(call: Call) -> bytes:
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(500, json={"error": {"code": "X", "message": "stop"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    with pytest.raises(monk.InternalServerError):
        call(client)
    return bodies[0]


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("0.02"), b'"unitAmount":"0.02"'),
        (2, b'"unitAmount":"2"'),
        ("0.025", b'"unitAmount":"0.025"'),
        (Decimal("1E+2"), b'"unitAmount":"100"'),
    ],
)
def test_decimal_string_money_stays_a_string(value: Any, wire: bytes) -> None:
    assert wire in raw_body(lambda c: c.pricing.create(**PRICE, unit_amount=value))


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("0.1"), b'"maxCredits":0.1'),
        (Decimal("12345678901234567890.123456789"), b'"maxCredits":12345678901234567890.123456789'),
        ("2.50", b'"maxCredits":2.50'),
        (7, b'"maxCredits":7'),
    ],
)
def test_number_money_is_written_digit_for_digit(value: Any, wire: bytes) -> None:
    assert wire in raw_body(lambda c: c.contracts.budgets.create(CID, max_credits=value))


@pytest.mark.parametrize(
    ("value", "wire"), [(5000, b"5000"), (Decimal("5000"), b"5000"), ("5000", b"5000")]
)
def test_integer_cents_take_whole_numbers(value: Any, wire: bytes) -> None:
    body = raw_body(lambda c: c.contracts.create(**CONTRACT, credit_grant_cents=value))
    assert b'"creditGrantCents":' + wire in body


def test_null_clears_a_nullable_field() -> None:
    assert sent(lambda c: c.contracts.update_metadata(CID, metadata=None)) == {"metadata": None}
    assert sent(lambda c: c.contracts.budgets.update(CID, 0, meter_id=None)) == {"meterId": None}


# -- path parameters: one segment, never another route -----------------------------------------

HOSTILE = [
    "a/b",
    "../customers",
    "..%2F..",
    "%2e%2e",
    "a?b=c",
    "a#frag",
    "a b",
    "x/../..",
    "%",
    "é",
    "/",
    "\\..",
    ".../",
    "a;b",
    "?",
    "#",
    "%00",
    "..\\..",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_path_id_never_reaches_another_route(value: str) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "no"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    with pytest.raises(monk.NotFoundError):
        client.contracts.budgets.delete(value, 3)
    (request,) = seen
    raw_path = request.url.raw_path.decode()
    parts = raw_path.split("/")
    assert parts[:3] == ["", "v1", "contracts"] and parts[4:] == ["budgets", "3"], raw_path
    assert unquote(parts[3]) == value  # the whole argument, as one segment
    assert request.url.query == b""


def test_a_uuid_object_is_a_valid_path_id() -> None:
    import uuid

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "no"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    with pytest.raises(monk.NotFoundError):
        client.customers.get(uuid.UUID(CID))
    assert seen[0].url.path == f"/v1/customers/{CID}"


# -- docstrings name real parameters --------------------------------------------------------------

DOC_NAME = re.compile(r"``([a-z][a-z0-9_]*)(=[^`]*)?``")


def documented_names(doc: str) -> set[str]:
    """Names a docstring presents as arguments: ``name=...`` anywhere, and ``name`` in the
    parenthesised list of its first line (``Create a meter (``code``, ``display_name``...)``).
    """
    names = {m.group(1) for m in DOC_NAME.finditer(doc) if m.group(2)}
    summary = doc.strip().splitlines()[0] if doc.strip() else ""
    for group in re.findall(r"\(([^()]*)\)", summary):
        names |= {m.group(1) for m in DOC_NAME.finditer(group)}
    return names


def test_docstrings_name_only_real_parameters() -> None:
    from monk._core.operation import Operation
    from monk._core.request import route

    client = monk.Monk(KEY)
    checked = 0
    for op in Operation.registry:
        method: Any = client
        for part in op.method_name.split("."):
            method = getattr(method, part)
        signature = inspect.signature(method)
        rules = route(op.name, op.method_name)
        accepted = set(signature.parameters) | {p[0] for p in rules.path_params}
        accepted |= set(rules.query) | {wire for wire, _, _ in rules.query.values()}
        body = rules.body
        if body is not None:
            from monk._core.request import _keys, _resolve

            accepted |= set(_keys(_resolve(body)))
        wrong = documented_names(inspect.getdoc(method) or "") - accepted
        assert not wrong, f"{op.method_name}'s docstring names {sorted(wrong)}, not parameters"
        checked += 1
    assert checked >= 30


# -- what typed resource methods pass through (the seam with the generated methods) -------------


def test_not_given_is_left_out_and_per_call_options_apply() -> None:
    from monk._core.operation import NOT_GIVEN

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500, json={"error": {"code": "X", "message": "stop"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    from monk._generated.operations import UPDATE_CUSTOMER as UPDATE

    with pytest.raises(monk.InternalServerError):
        client._engine.call(
            UPDATE,
            CID,
            name="A",
            legal_name=NOT_GIVEN,
            extra_headers={"X-Team": "billing"},
            extra_query={"dryRun": "true"},
            timeout=2.5,
        )
    (request,) = seen
    assert json.loads(request.content) == {"name": "A"}
    assert request.headers["x-team"] == "billing"
    assert request.headers["content-type"] == "application/json"
    assert request.url.params["dryRun"] == "true"
    assert request.extensions["timeout"]["read"] == 2.5


def test_a_callers_content_type_replaces_the_json_one_instead_of_being_sent_beside_it() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"id": CID, "name": "A"}})

    client = monk.Monk(KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.customers.update(
        CID, name="A", extra_headers={"content-type": "application/merge-patch+json"}
    )
    client.customers.update(CID, name="B")
    first, second = seen
    assert first.headers.get_list("content-type") == ["application/merge-patch+json"]
    assert second.headers.get_list("content-type") == ["application/json"]
    assert first.headers["user-agent"] == second.headers["user-agent"]


@pytest.mark.parametrize(
    ("option", "field"),
    [({"timeout": "5"}, "timeout"), ({"extra_headers": {"X-A": 1}}, "extra_headers")],
)
def test_bad_per_call_options_are_refused(option: dict[str, Any], field: str) -> None:
    from monk._generated.operations import UPDATE_CUSTOMER as UPDATE

    seen = Counting()
    with pytest.raises(monk.ValidationError) as info:
        sync_client(seen)._engine.call(UPDATE, CID, name="A", **option)
    assert info.value.field == field
    assert seen.requests == []


def test_no_short_string_of_path_characters_reaches_another_route() -> None:
    """Every string of up to 3 characters from an alphabet of URL metacharacters: either refused
    before the network, or sent as exactly one segment of the intended route."""
    import itertools

    alphabet = "./%?#\\; a2eEF~"
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "no"}})

    client = monk.Monk(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0
    )
    refused = sent_ok = 0
    for size in range(4):
        for chars in itertools.product(alphabet, repeat=size):
            value = "".join(chars)
            seen.clear()
            try:
                client.customers.update(value, name="n")
            except monk.ValidationError as exc:
                assert exc.field == "customer_id" and seen == []
                refused += 1
                continue
            except monk.NotFoundError:
                pass
            (request,) = seen
            parts = request.url.raw_path.decode().split("/")
            assert request.method == "PATCH" and len(parts) == 4, (value, request.url)
            assert parts[:3] == ["", "v1", "customers"] and unquote(parts[3]) == value
            sent_ok += 1
    assert refused >= 3 and sent_ok > 2000


def test_every_route_with_a_path_id_refuses_relative_segments() -> None:
    from monk._core.operation import Operation
    from monk._core.request import route

    client = sync_client(seen := Counting())
    checked = 0
    for op in Operation.registry:
        rules = route(op.name, op.method_name)
        if not rules.path_params or rules.path_params[0][2].get("t") != "string":
            continue
        method: Any = client
        for part in op.method_name.split("."):
            method = getattr(method, part)
        extra = [0] * (len(rules.path_params) - 1)
        # Required keywords are given (any value): the path id alone is wrong.
        required = {
            name: {}
            for name, p in inspect.signature(method).parameters.items()
            if p.kind is p.KEYWORD_ONLY and p.default is p.empty
        }
        for bad in (".", "..", "", " ", None):
            with pytest.raises(monk.ValidationError) as info:
                method(bad, *extra, **required)
            assert info.value.field == rules.path_params[0][0]
        checked += 1
    assert checked >= 15 and seen.requests == []


def test_the_request_table_has_every_operation_the_overlay_maps() -> None:
    import monk._generated.operations  # noqa: F401  (registers every Operation)
    from monk._core.operation import Operation
    from monk._generated.request_table import OPERATIONS

    assert {op.name for op in Operation.registry} == set(OPERATIONS)


def test_a_value_outside_an_inferred_enum_is_sent_with_a_warning_at_the_callers_line() -> None:
    """Documented enums are refused (above); an enum the spec only infers from Monk's guides
    (plans' billingFrequency) warns, names the close match, and the request still goes."""
    sent: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json={"data": {"id": "plan_1", "name": "Pro"}})

    client = monk.Monk(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.warns(monk.InferredRuleWarning, match=r"'MONTHY'.*did you mean 'MONTHLY'") as got:
        client.plans.create(name="Pro", billing_frequency="MONTHY")
    assert got[0].filename == __file__  # the caller's line, not the SDK's
    assert sent[0]["billingFrequency"] == "MONTHY"  # the live API may take it: sent as given
    with pytest.raises(monk.ValidationError, match="aggregation_type"):  # documented: refused
        client.meters.create(code="X", display_name="X", aggregation_type="COUNTT",  # type: ignore[arg-type]
                             event_type_filter={"include": ["a"]})  # fmt: skip
    client.close()
