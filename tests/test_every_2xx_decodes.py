"""One rule for every 2xx: a value the caller can use plus a SpecDriftWarning per deviation
(tolerant, the default), or ResponseValidationError with a JSON ``.path`` (strict, and wherever
nothing usable can be made of the body). Never AttributeError/TypeError/KeyError, never ``UNSET``
or ``[]`` standing for "unreadable".

Each row of ``CASES`` is one case of issue 23's "Why", run in both modes, sync and async.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import shutil
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec, media_examples, operations

import monk
from monk.testing._store import iso

SPEC = load_spec()
KEY = "mk_live_" + "e" * 48
UTC = datetime.UTC
CONTRACT = "0f8fad5b-d9cb-469f-a165-70867728950e"
CUSTOMER = "5b0d6f5e-1c1f-4c0e-9a53-6a8d2b7c9e01"
MARCH = {"start": "2026-03-01", "end": "2026-04-01"}


def example(operation_id: str) -> Any:
    """The first documented 2xx example of an operation, as JSON data (a fresh copy)."""
    for _method, _path, op in operations(SPEC):
        if op.get("operationId") != operation_id:
            continue
        for status, response in op["responses"].items():
            if status.startswith("2"):
                return copy.deepcopy(media_examples(SPEC, response)[0][1])
    raise LookupError(operation_id)


def text(data: Any, **raw: str) -> str:
    """JSON text of ``data`` with each string ``"@name"`` replaced by the raw token ``raw[name]``
    (``NaN``, ``Infinity``, ``1e400``: what json.dumps cannot write)."""
    out = json.dumps(data)
    for name, token in raw.items():
        out = out.replace(f'"@{name}"', token)
    return out


def contract(**changes: Any) -> dict[str, Any]:
    body = example("getContract")
    body["data"].update(changes)
    for key in [k for k, v in changes.items() if v is _DROP]:
        del body["data"][key]
    return body


def cost(**changes: Any) -> dict[str, Any]:
    body = example("getUsageCost")
    body.update(changes)
    for key in [k for k, v in changes.items() if v is _DROP]:
        del body[key]
    return body


def ledger_with_grant_created(created: Any) -> dict[str, Any]:
    body = example("getCreditLedger")
    grant = next(e for e in body["data"]["entries"] if e["type"] == "grant")
    if created is _DROP:
        del grant["createdAt"]
    else:
        grant["createdAt"] = created
    return body


def balance_with_credits(token: str) -> str:
    body = example("getCreditBalance")
    body["data"]["balance"]["creditBalance"] = "@x"
    return text(body, x=token)


_DROP: Any = object()


@dataclass
class Case:
    """``routes``: "METHOD /path" -> the JSON text answered; ``call`` the user's call.

    ``tolerant``/``strict``: a str is the ``.path`` of the ResponseValidationError expected; a
    callable checks the value returned (with at least one SpecDriftWarning in tolerant mode,
    unless ``conforming``).
    """

    id: str
    routes: dict[str, str]
    call: Callable[[Any], Any]
    tolerant: str | Callable[[Any], None]
    strict: str | Callable[[Any], None]
    conforming: bool = False
    marks: list[Any] = field(default_factory=list)


GET_CONTRACT = f"GET /v1/contracts/{CONTRACT}"
COST = "POST /v1/usage/cost"
LEDGER = f"GET /v1/contracts/{CONTRACT}/credits/ledger"
BALANCE = f"GET /v1/contracts/{CONTRACT}/credits/balance"


def _is_datetime(value: Any) -> None:
    assert isinstance(value, datetime.datetime) and value.tzinfo is not None, value


def _cost_asked_range(value: monk.UsageCost) -> None:
    assert value.start == datetime.datetime(2026, 3, 1, tzinfo=UTC)  # what was asked for
    assert value.total_amount == Decimal("12.5")


def _cost_queried_now(value: monk.UsageCost) -> None:
    _is_datetime(value.queried_at)
    assert value.total_amount == Decimal("12.5")


def _zero(value: monk.UsageCost) -> None:
    assert value.total_amount == 0 and value.currency_amount == 0 and value.start == value.end
    assert value.start == datetime.datetime(2023, 12, 25, tzinfo=UTC)


def _credits_at_750(value: monk.UsageCost) -> None:
    assert value.credit_rate_cents == 750 and value.unit == "credits"


def _nan(value: Any) -> None:
    assert value.balance.credit_balance.is_nan()


def _infinite(value: Any) -> None:
    assert value.balance.credit_balance.is_infinite()


def _utc_created(value: Any) -> None:
    assert value.created_at == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)


def _inf_metadata(value: Any) -> None:
    assert math.isinf(value.metadata["big"])


def _metadata_kept(value: Any) -> None:
    assert value.metadata.additional_properties  # kept as received


ESTIMATE = "POST /v1/pricing/estimate"
ESTIMATE_EVENTS = [{"eventName": "llm_call", "properties": {"model": "gpt-4o"}}]


def estimate_in_credits(rate: int) -> dict[str, Any]:
    body = example("estimateEventPricing")
    body.pop("currency", None)
    body.update(unit="credits", creditRateCents=rate)
    return body


def _cost_call(client: Any) -> Any:
    return client.usage.cost(customer_id=CUSTOMER, **MARCH)


CASES = [
    # -- dates the SDK computes with (usage.cost, usage.to_date, credits.grant_rate) --------------
    Case(
        "usage.cost: a start date with a year of two digits (monk.testing's old iso())",
        {COST: text(cost(startDate="94-11-14T00:00:00.000Z"))},
        _cost_call,
        _cost_asked_range,
        "$.startDate",
    ),
    Case(
        "usage.cost: queriedAt missing",
        {COST: text(cost(queriedAt=_DROP))},
        _cost_call,
        _cost_queried_now,
        "$.queriedAt",
    ),
    Case(
        "usage.to_date: the contract's startDate malformed",
        {GET_CONTRACT: text(contract(startDate="2026-13-01"))},
        lambda c: c.usage.to_date(CONTRACT),
        "$.data.startDate",
        "$.data.startDate",
    ),
    Case(
        "usage.to_date: the contract's startDate missing",
        {GET_CONTRACT: text(contract(startDate=_DROP))},
        lambda c: c.usage.to_date(CONTRACT),
        "$.data.startDate",
        "$.data.startDate",
    ),
    Case(
        "usage.to_date: the contract's endDate malformed",
        {GET_CONTRACT: text(contract(endDate="soon"))},
        lambda c: c.usage.to_date(CONTRACT),
        "$.data.endDate",
        "$.data.endDate",
    ),
    Case(
        "usage.cost with both dates: a malformed contract startDate is not needed",
        {
            GET_CONTRACT: text(contract(startDate="2026-13-01", customerId=CUSTOMER)),
            COST: text(cost()),
        },
        lambda c: c.usage.cost(contract_id=CONTRACT, customer_id=CUSTOMER, **MARCH),
        _cost_asked_range,
        "$.data.startDate",
    ),
    Case(
        "usage.to_date: the spec's own example contract (start date == end date)",
        {GET_CONTRACT: text(example("getContract")), LEDGER: text(example("getCreditLedger"))},
        lambda c: c.usage.to_date(CONTRACT),
        _zero,
        _zero,
        conforming=True,
    ),
    Case(
        "usage.cost by contract: the spec's own example contract (start date == end date)",
        {GET_CONTRACT: text(example("getContract"))},
        lambda c: c.usage.cost(contract_id=CONTRACT),
        _zero,
        _zero,
        conforming=True,
    ),
    Case(
        "contracts.credits.grant_rate: a grant's createdAt malformed",
        {LEDGER: text(ledger_with_grant_created("yesterday"))},
        lambda c: c.contracts.credits.grant_rate(CONTRACT),
        "$.data.entries[1].createdAt",
        "$.data.entries[*].createdAt",
    ),
    Case(
        "contracts.credits.grant_rate: a grant's createdAt missing",
        {LEDGER: text(ledger_with_grant_created(_DROP))},
        lambda c: c.contracts.credits.grant_rate(CONTRACT),
        "$.data.entries[1].createdAt",
        "$.data.entries[*].createdAt",
    ),
    # -- bodies with nothing to read -----------------------------------------------------------
    Case(
        "get(): a body that is null",
        {GET_CONTRACT: "null"},
        lambda c: c.contracts.get(CONTRACT),
        "$",
        "$",
    ),
    Case(
        "get(): a body that is an array",
        {GET_CONTRACT: text([example("getContract")["data"]])},
        lambda c: c.contracts.get(CONTRACT),
        "$",
        "$",
    ),
    Case(
        "get(): the object without the data envelope",
        {GET_CONTRACT: text(example("getContract")["data"])},
        lambda c: c.contracts.get(CONTRACT),
        "$.data",
        "$.data",
    ),
    Case(
        "get(): data is null",
        {GET_CONTRACT: text({"data": None})},
        lambda c: c.contracts.get(CONTRACT),
        "$.data",
        "$.data",
    ),
    Case(
        "get(): data is a string",
        {GET_CONTRACT: text({"data": CONTRACT})},
        lambda c: c.contracts.get(CONTRACT),
        "$.data",
        "$.data",
    ),
    Case(
        "list(): the items are not under data",
        {"GET /v1/contracts": text({"items": example("listContracts")["data"], "hasMore": False})},
        lambda c: c.contracts.list(),
        "$.data",
        "$.data",
    ),
    Case(
        "list(): data is an object",
        {"GET /v1/contracts": text({"data": {"id": "x"}, "hasMore": False})},
        lambda c: c.contracts.list(),
        "$.data",
        "$.data",
    ),
    # -- non-finite numbers --------------------------------------------------------------------
    Case(
        "money NaN (contracts.credits.balance)",
        {BALANCE: balance_with_credits("NaN")},
        lambda c: c.contracts.credits.balance(CONTRACT),
        _nan,
        "$.data.balance.creditBalance",
    ),
    Case(
        "money Infinity (contracts.credits.balance)",
        {BALANCE: balance_with_credits("Infinity")},
        lambda c: c.contracts.credits.balance(CONTRACT),
        _infinite,
        "$.data.balance.creditBalance",
    ),
    Case(
        "money -Infinity (contracts.credits.balance)",
        {BALANCE: balance_with_credits("-Infinity")},
        lambda c: c.contracts.credits.balance(CONTRACT),
        _infinite,
        "$.data.balance.creditBalance",
    ),
    Case(
        "money NaN where the SDK computes with it (contracts.credits.remaining)",
        {BALANCE: balance_with_credits("NaN")},
        lambda c: c.contracts.credits.remaining(CONTRACT),
        "$.data.balance.creditBalance",
        "$.data.balance.creditBalance",
    ),
    Case(
        "money NaN where the SDK computes with it (usage.cost totalAmount)",
        {COST: text(cost(totalAmount="@x"), x="NaN")},
        _cost_call,
        "$.totalAmount",
        "$.totalAmount",
    ),
    Case(
        "a non-money number beyond float's range (1e400 in contract metadata)",
        {GET_CONTRACT: text(contract(metadata={"big": "@x"}), x="1e400")},
        lambda c: c.contracts.get(CONTRACT),
        _inf_metadata,
        "$.data.metadata.big",
    ),
    # -- rates ---------------------------------------------------------------------------------
    Case(
        "usage.cost: creditRateCents 0 on a credits answer",
        {COST: text(cost(unit="credits", currency=_DROP, creditRateCents=0))},
        lambda c: c.usage.cost(customer_id=CUSTOMER, credit_rate_cents=750, **MARCH),
        "$.creditRateCents",
        "$.creditRateCents",
    ),
    Case(
        "usage.cost: creditRateCents negative on a credits answer",
        {COST: text(cost(unit="credits", currency=_DROP, creditRateCents=-5))},
        lambda c: c.usage.cost(customer_id=CUSTOMER, credit_rate_cents=750, **MARCH),
        "$.creditRateCents",
        "$.creditRateCents",
    ),
    Case(
        "usage.cost: a conforming credits answer (creditRateCents >= 1) decodes strictly",
        {COST: text(cost(unit="credits", currency=_DROP, creditRateCents=750))},
        lambda c: c.usage.cost(customer_id=CUSTOMER, credit_rate_cents=750, **MARCH),
        _credits_at_750,
        _credits_at_750,
        conforming=True,
    ),
    Case(
        "pricing.estimate: creditRateCents 0 on a credits answer",
        {ESTIMATE: text(estimate_in_credits(0))},
        lambda c: c.pricing.estimate(ESTIMATE_EVENTS, credit_rate_cents=750),
        "$.creditRateCents",
        "$.creditRateCents",
    ),
    Case(
        "pricing.estimate: a conforming credits answer decodes strictly",
        {ESTIMATE: text(estimate_in_credits(750))},
        lambda c: c.pricing.estimate(ESTIMATE_EVENTS, credit_rate_cents=750),
        lambda value: None if value.credit_rate_cents == 750 else pytest.fail(repr(value)),
        lambda value: None if value.credit_rate_cents == 750 else pytest.fail(repr(value)),
        conforming=True,
    ),
    # -- date-times without an offset ----------------------------------------------------------
    Case(
        "a date-time without an offset is read as UTC",
        {GET_CONTRACT: text(contract(createdAt="2023-11-07T05:31:56"))},
        lambda c: c.contracts.get(CONTRACT),
        _utc_created,
        "$.data.createdAt",
    ),
    # -- the spec's documented limits (contract metadata) --------------------------------------
    Case(
        "contract metadata over maxProperties 10",
        {GET_CONTRACT: text(contract(metadata={f"k{i}": i for i in range(11)}))},
        lambda c: c.contracts.get(CONTRACT),
        _metadata_kept,
        "$.data.metadata",
    ),
    Case(
        "contract metadata with a key over 40 characters",
        {GET_CONTRACT: text(contract(metadata={"k" * 41: "v"}))},
        lambda c: c.contracts.get(CONTRACT),
        _metadata_kept,
        "$.data.metadata." + "k" * 41,
    ),
    Case(
        "contract metadata with a string value over 500 characters",
        {GET_CONTRACT: text(contract(metadata={"note": "x" * 501}))},
        lambda c: c.contracts.get(CONTRACT),
        _metadata_kept,
        "$.data.metadata.note",
    ),
    Case(
        "contract metadata at its limits decodes strictly",
        {GET_CONTRACT: text(contract(metadata={f"{i:k>40}": "x" * 500 for i in range(10)}))},
        lambda c: c.contracts.get(CONTRACT),
        _metadata_kept,
        _metadata_kept,
        conforming=True,
    ),
]


def _transport(routes: dict[str, str]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        body = routes.get(f"{request.method} {request.url.path}")
        if body is None:
            return httpx.Response(404, json={"error": {"message": "not in this case"}})
        return httpx.Response(200, text=body, headers={"content-type": "application/json"})

    return handler


def _clock() -> datetime.datetime:
    return datetime.datetime(2026, 3, 15, tzinfo=UTC)


def _sync(case: Case, strict: bool) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(_transport(case.routes)))
    client = monk.Monk(
        api_key=KEY, http_client=http, strict_responses=strict, max_retries=0, clock=_clock
    )
    return case.call(client)


def _async(case: Case, strict: bool) -> Any:
    import asyncio

    async def run() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_transport(case.routes)))
        client = monk.AsyncMonk(
            api_key=KEY, http_client=http, strict_responses=strict, max_retries=0, clock=_clock
        )
        result = case.call(client)
        if hasattr(result, "__await__"):
            result = await result
        return result

    return asyncio.run(run())


@pytest.mark.parametrize("run", [_sync, _async], ids=["sync", "async"])
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_2xx_is_a_value_with_a_warning_or_a_typed_error_with_a_path(
    case: Case, strict: bool, run: Callable[[Case, bool], Any]
) -> None:
    expected = case.strict if strict else case.tolerant
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if isinstance(expected, str):
            with pytest.raises(monk.ResponseValidationError) as info:
                run(case, strict)
            assert info.value.path == expected
            assert expected in str(info.value)
            return
        value = run(case, strict)
    expected(value)
    drift = [w for w in caught if issubclass(w.category, monk.SpecDriftWarning)]
    if strict or case.conforming:
        assert drift == [], [str(w.message) for w in drift]
    else:
        assert drift, "a deviation kept as received must be reported"


# -- pagination: an unreadable hasMore never truncates silently --------------------------------


def _pages(has_more: Any, sizes: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    """Contracts in pages of ``sizes`` at offsets 0, 2, 4...; every page says ``has_more``."""
    item = example("listContracts")["data"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        index = offset // 2
        size = sizes[index] if index < len(sizes) else 0
        data = [dict(item, id=f"c{offset + i}") for i in range(size)]
        return httpx.Response(200, json={"data": data, "hasMore": has_more})

    return handler


def _list_client(handler: Any, strict: bool = False) -> monk.Monk:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return monk.Monk(api_key=KEY, http_client=http, strict_responses=strict)


@pytest.mark.parametrize("has_more", ["yes", None, 1])
def test_an_unreadable_has_more_goes_on_while_pages_come_back_full(has_more: Any) -> None:
    client = _list_client(_pages(has_more, [2, 2, 1]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ids = [c.id for c in client.contracts.list(limit=2)]
        again = [c.id for c in client.contracts.list(limit=2)]
    assert ids == again == ["c0", "c1", "c2", "c3", "c4"]
    ends = [str(w.message) for w in caught if "taken as the last one" in str(w.message)]
    assert len(ends) == 2, ends  # every iteration that ended on it says so, not once per client
    assert all(w.filename == __file__ for w in caught)


def test_an_unreadable_has_more_uses_the_spec_default_limit() -> None:
    client = _list_client(_pages("yes", [2, 2, 1]))  # listContracts' default limit is 10
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        ids = [c.id for c in client.contracts.list()]
    assert ids == ["c0", "c1"]  # 2 < 10: the first page was not full, so it was the last


def test_an_unreadable_has_more_follows_total_when_there_is_one() -> None:
    item = example("listContracts")["data"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        data = [dict(item, id=f"c{offset}")] if offset < 3 else []
        return httpx.Response(200, json={"data": data, "hasMore": "?", "total": 3})

    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        ids = [c.id for c in _list_client(handler).contracts.list(limit=5)]
    assert ids == ["c0", "c1", "c2"]


def test_an_unreadable_has_more_is_a_typed_error_in_strict_mode() -> None:
    with pytest.raises(monk.ResponseValidationError) as info:
        _list_client(_pages("yes", [2]), strict=True).contracts.list(limit=2)
    assert info.value.path == "$.hasMore"


# -- warnings point at the user's line -------------------------------------------------------


def test_a_drift_warning_points_at_the_users_line() -> None:
    case = next(c for c in CASES if c.id.startswith("a date-time without an offset"))
    http = httpx.Client(transport=httpx.MockTransport(_transport(case.routes)))
    client = monk.Monk(api_key=KEY, http_client=http)
    with pytest.warns(monk.SpecDriftWarning) as caught:
        line = sys._getframe().f_lineno + 1
        client.contracts.get(CONTRACT)
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, line)]


async def test_an_async_drift_warning_points_at_the_users_line() -> None:
    case = next(c for c in CASES if c.id.startswith("a date-time without an offset"))
    http = httpx.AsyncClient(transport=httpx.MockTransport(_transport(case.routes)))
    client = monk.AsyncMonk(api_key=KEY, http_client=http)
    with pytest.warns(monk.SpecDriftWarning) as caught:
        line = sys._getframe().f_lineno + 1
        await client.contracts.get(CONTRACT)
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, line)]


VENDORED = textwrap.dedent(
    """
    import json, sys, warnings
    import httpx
    from acme.vendor import monk as vendored

    body = {"data": {"id": "c", "customerId": "u", "planId": "p", "name": "n",
        "startDate": "2026-01-01", "isActive": True, "createdAt": "2026-01-01T00:00:00"}}
    client = vendored.Monk(api_key="mk_live_" + "0" * 48, http_client=httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body))))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.contracts.get("c")  # line 12
    print(json.dumps([[w.filename, w.lineno] for w in caught]))
    """
)


def test_a_vendored_copy_points_its_warnings_at_the_users_line(tmp_path: Path) -> None:
    installed = Path(monk.__file__).parent
    target = tmp_path / "acme" / "vendor" / "monk"
    shutil.copytree(installed, target, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "acme" / "__init__.py").write_text("")
    (tmp_path / "acme" / "vendor" / "__init__.py").write_text("")
    script = tmp_path / "user.py"
    script.write_text(VENDORED)
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [[str(script), 12]]


# -- drift reporting has bounded memory ------------------------------------------------------


def test_drift_reports_stay_bounded_whatever_map_keys_the_server_sends() -> None:
    from monk._core import decode as _decode

    counter = iter(range(10**9))

    def handler(request: httpx.Request) -> httpx.Response:
        n = next(counter)
        body = contract(metadata={f"key-{n}-{i}": [i] for i in range(5)})  # 5 new deviations
        return httpx.Response(200, json=body)

    client = _list_client(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(_decode._MAX_SEEN // 5 + 200):
            client.contracts.get(CONTRACT)
    assert len(client._engine.drift_seen) <= _decode._MAX_SEEN + 1
    drift = [w for w in caught if issubclass(w.category, monk.SpecDriftWarning)]
    assert len(drift) == _decode._MAX_SEEN + 1
    assert "further ones are kept as received without a report" in str(drift[-1].message)


def test_a_very_long_server_key_is_shortened_in_the_report() -> None:
    body = contract(metadata={"k" * 100_000: [1]})
    client = _list_client(lambda r: httpx.Response(200, json=body))
    with pytest.warns(monk.SpecDriftWarning) as caught:
        client.contracts.get(CONTRACT)
    assert all(len(str(w.message)) < 1000 for w in caught)


# -- monk.testing writes four-digit years ------------------------------------------------------


@pytest.mark.parametrize("year", [1, 94, 999, 2026, 9999])
def test_monk_testing_iso_always_writes_four_digit_years(year: int) -> None:
    moment = datetime.datetime(year, 11, 14, 1, 2, 3, 4000, tzinfo=UTC)
    written = iso(moment)
    assert written == f"{year:04d}-11-14T01:02:03.004Z"
    assert datetime.datetime.fromisoformat(written) == moment
