"""Money is a Decimal in every generated model: each field the spec marks ``x-monk-money`` that
is a number or a decimal string is annotated ``Decimal``, decodes to the exact Decimal, and goes
back out of ``to_dict()`` as it came (a decimal string stays the same string). Integer cents
fields stay ``int`` (whole numbers are exact). A string that is not a decimal is a deviation."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from spec_helpers import load_spec, resolve

import monk
from monk._generated import models
from monk._generated.types import SpecDrift

SPEC = load_spec()
KEY = "mk_live_" + "d" * 48
DECIMAL_TEXTS = ["0.02", "1406.25", "-3.30", "0.0000001", "12345678901234.56", "0", "250", "-0.00"]
NOT_DECIMALS = ["<string>", "", "1e-7", "NaN", "Infinity", " 1.5", "1_000", "$1.50", "007", ".5"]


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _kinds(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


def _money_fields() -> list[tuple[str, str, str]]:
    """(schema, property, JSON type) of every property marked as money, in every model."""
    out = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, node in schema.get("properties", {}).items():
            sub = resolve(SPEC, node)
            if sub.get("x-monk-money") or node.get("x-monk-money"):
                kind = next(k for k in ("string", "number", "integer") if k in _kinds(sub))
                out.append((name, prop, kind))
    return out


MONEY = _money_fields()
TEXT_MONEY = [(s, p) for s, p, kind in MONEY if kind == "string"]


PRICING = {
    "id": "pr_1",
    "productId": "prod_1",
    "name": "API calls",
    "createdAt": "2026-03-01T00:00:00.000Z",
    "unitAmount": "0.0010",
    "pricingTiers": [{"unitAmount": "0.5", "flatAmount": "10.00", "minQty": "0", "maxQty": "100"}],
}


def _annotation(schema: str, prop: str) -> set[str]:
    field = getattr(attrs.fields(getattr(models, schema)), _snake(prop))
    return {part.strip() for part in str(field.type).split("|")} - {"Unset", "None"}


def test_the_spec_marks_decimal_string_amounts_in_responses_and_requests() -> None:
    assert {("Pricing", "unitAmount"), ("Pricing", "flatAmount"), ("Plan", "basePrice")} <= set(
        TEXT_MONEY
    )
    assert {("PricingTier", "unitAmount"), ("InvoiceLineItem", "totalAmount")} <= set(TEXT_MONEY)
    assert ("ContractPriceOverride", "unitAmount") in TEXT_MONEY


@pytest.mark.parametrize(("schema", "prop", "kind"), MONEY, ids=[f"{s}.{p}" for s, p, _ in MONEY])
def test_every_money_field_is_annotated_decimal_or_whole_cents(
    schema: str, prop: str, kind: str
) -> None:
    expected = {"int"} if kind == "integer" else {"Decimal"}
    assert _annotation(schema, prop) == expected


@pytest.mark.parametrize("text", DECIMAL_TEXTS)
@pytest.mark.parametrize(("schema", "prop"), TEXT_MONEY, ids=[f"{s}.{p}" for s, p in TEXT_MONEY])
def test_a_decimal_string_decodes_exactly_and_goes_back_as_the_same_string(
    schema: str, prop: str, text: str
) -> None:
    model = getattr(models, schema)
    decoded = model.from_dict({prop: text}, lambda *report: None)  # others absent: tolerated
    value = getattr(decoded, _snake(prop))
    assert type(value) is Decimal and value == Decimal(text)
    assert str(value) == str(Decimal(text))  # the digits as sent, trailing zeros kept
    assert decoded.to_dict()[prop] == text
    assert json.loads(decoded.to_json())[prop] == text  # a JSON string, never a number


@pytest.mark.parametrize("text", NOT_DECIMALS)
@pytest.mark.parametrize(("schema", "prop"), TEXT_MONEY, ids=[f"{s}.{p}" for s, p in TEXT_MONEY])
def test_a_string_that_is_not_a_decimal_is_reported_and_kept(
    schema: str, prop: str, text: str
) -> None:
    model = getattr(models, schema)
    reports: list[tuple[Any, ...]] = []
    decoded = model.from_dict({prop: text}, lambda *report: reports.append(report))
    assert getattr(decoded, _snake(prop)) == text and decoded.to_dict()[prop] == text
    assert ("$." + prop, "format", "decimal string", text) in reports


@pytest.mark.parametrize("text", NOT_DECIMALS)
def test_strict_decoding_refuses_a_string_that_is_not_a_decimal(text: str) -> None:
    with pytest.raises(SpecDrift, match=r"\$\.unitAmount: expected decimal string"):
        models.Pricing.from_dict({**PRICING, "unitAmount": text})
    models.Pricing.from_dict(PRICING)  # the same body with a decimal passes


def test_a_number_where_a_decimal_string_is_documented_is_a_type_deviation() -> None:
    found: list[tuple[Any, ...]] = []
    decoded = models.Pricing.from_dict({"unitAmount": Decimal("0.02")}, lambda *r: found.append(r))
    assert ("$.unitAmount", "type", "decimal string", Decimal("0.02")) in found
    assert decoded.unit_amount == Decimal("0.02")  # kept as received


def _client(body: dict[str, Any], **options: Any) -> monk.Monk:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": body}))
    return monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport), **options)


def test_pricing_from_the_api_holds_decimals_and_prints_as_sent() -> None:
    with _client(PRICING) as client:
        pricing = client.pricing.get("pr_1")
    unit: Decimal = pricing.unit_amount  # type: ignore[assignment]  # (Decimal | Unset)
    assert unit == Decimal("0.0010") and f"${pricing.unit_amount}" == "$0.0010"
    assert pricing.pricing_tiers and pricing.pricing_tiers[0].flat_amount == Decimal("10.00")
    assert pricing.to_dict()["unitAmount"] == "0.0010"
    assert pricing.to_dict()["pricingTiers"][0]["flatAmount"] == "10.00"


def test_a_malformed_amount_warns_in_tolerant_mode_and_fails_in_strict_mode() -> None:
    body = {**PRICING, "unitAmount": "0,02"}
    warns = pytest.warns(monk.SpecDriftWarning, match=r"\$\.data\.unitAmount.*decimal string")
    with _client(body, strict_responses=False) as client, warns:
        pricing = client.pricing.get("pr_1")
    assert pricing.unit_amount == "0,02"  # kept as received
    refused = pytest.raises(monk.ResponseValidationError, match="expected decimal string")
    with _client(body, strict_responses=True) as client, refused:
        client.pricing.get("pr_1")
