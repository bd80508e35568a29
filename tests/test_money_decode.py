"""Exact money: every field the spec marks ``x-monk-money`` decodes to a Decimal equal to its
JSON text, and goes back out (to_json, request bodies) with the same digits."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from spec_helpers import load_spec, resolve

import monk
from monk._core.decode import parse_json
from monk._generated import models

SPEC = load_spec()
KEY = "mk_live_" + "m" * 48
AMOUNTS = ["0.1", "1406.25", "1e-7", "12345678901234.56", "-3.30", "0", "250"]


def _camel_to_snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _money_numbers() -> list[tuple[str, str]]:
    """(schema, property) of every number property marked as money."""
    out = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, node in schema.get("properties", {}).items():
            sub = resolve(SPEC, node)
            kinds = sub.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if sub.get("x-monk-money") and "number" in kinds:
                out.append((name, prop))
    return out


MONEY = _money_numbers()


def test_the_money_marker_is_on_every_number_field_of_credits_and_amounts() -> None:
    marked = set(MONEY)
    assert ("CreditBalance", "creditBalance") in marked
    assert ("CreditBlock", "remainingCredits") in marked
    assert ("CreditLedgerEntry", "creditAmount") in marked
    assert ("CreditBudget", "maxCredits") in marked
    assert ("UsageCostResponse", "totalAmount") in marked
    assert len(marked) >= 20


@pytest.mark.parametrize("amount", AMOUNTS)
@pytest.mark.parametrize(("schema", "prop"), MONEY, ids=[f"{s}.{p}" for s, p in MONEY])
def test_a_money_field_decodes_to_the_exact_decimal(schema: str, prop: str, amount: str) -> None:
    model = getattr(models, schema)
    data = parse_json(f'{{"{prop}": {amount}}}')
    decoded = model.from_dict(data, lambda *report: None)  # other fields absent: tolerated
    value = getattr(decoded, _camel_to_snake(prop))
    assert type(value) is Decimal
    assert value == Decimal(amount)
    assert json.loads(decoded.to_json(), parse_float=Decimal)[prop] == Decimal(amount)
    assert str(Decimal(amount)) in decoded.to_json()  # the digits, never through a float


def test_a_money_map_value_decodes_to_the_exact_decimal() -> None:
    overrides = models.ContractMeterRateOverrides.from_dict(parse_json('{"m1": 1406.25}'))
    assert overrides["m1"] == Decimal("1406.25") and type(overrides["m1"]) is Decimal


def _balance_client(body: dict[str, Any]) -> monk.Monk:
    content = json.dumps(body).replace('"@AMOUNT@"', "12345678901234.56").encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    return monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))


def test_a_credit_balance_from_the_api_is_exact() -> None:
    body = {
        "data": {
            "balance": {
                "balanceCents": 1,
                "creditBalance": "@AMOUNT@",
                "currency": "USD",
                "blockCount": 0,
                "asOf": "2026-03-01T00:00:00.000Z",
            },
            "blocks": [],
        }
    }
    balance = _balance_client(body).contracts.credits.balance("c_1")
    credit: Decimal = balance.balance.credit_balance  # mypy: Decimal, not float
    assert credit == Decimal("12345678901234.56")


def test_a_request_body_sends_decimal_amounts_exactly() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        body = {"data": {"id": "b1", "contractId": "c_1", "maxCredits": 0.1}}
        return httpx.Response(200, json=body)

    client = monk.Monk(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.warns(monk.SpecDriftWarning):  # the reply above leaves out required fields
        client.contracts.budgets.create("c_1", max_credits=Decimal("12345678901234.56"))
    assert b"12345678901234.56" in sent[0]
    assert json.loads(sent[0], parse_float=Decimal)["maxCredits"] == Decimal("12345678901234.56")
