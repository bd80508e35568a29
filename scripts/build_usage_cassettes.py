"""Write the vcrpy cassettes behind tests/test_usage_cost.py, deterministically.

Each cassette is the request/response exchange one usage-cost (or credits, or estimate) call
has with the API, written by hand from the documented shapes in ../shared/monk-api (reference/
get-usage-cost.md, get-contract.md, get-credit-ledger.md, get-credit-balance-and-blocks.md,
estimate-event-pricing.md). No key was ever involved: requests carry no Authorization header.

    python scripts/build_usage_cassettes.py           # (re)write tests/cassettes/usage/*.yaml
    python scripts/build_usage_cassettes.py --check   # exit 1 if a file differs from this script

Amounts are written with ``N("...")`` so the JSON text is exactly what is typed here (a float
would be re-printed by Python's repr).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "cassettes" / "usage"
API = "https://api.monk.com"

CUSTOMER = "550e8400-e29b-41d4-a716-446655440000"
OTHER_CUSTOMER = "9b2f6c1e-4d3a-4f5b-8c7d-2e1f0a9b8c7d"
FIXED = "c0a80101-0000-4000-8000-000000000001"  # 2026-01-15 .. 2027-01-15
ROLLING = "c0a80101-0000-4000-8000-000000000002"  # from 2026-02-01, endDate null
ENDED = "c0a80101-0000-4000-8000-000000000003"  # 2025-03-01 .. 2026-03-01
NOW = "2026-03-30T12:00:00+00:00"  # the tests' clock
QUERIED_AT = "2026-03-30T12:00:00.000Z"


class N(str):
    """A JSON number, written exactly as given."""


_NUMBER = re.compile(r'"\\u0000N:([^"]+)"')


def dump_json(value: Any) -> str:
    def mark(obj: Any) -> Any:
        if isinstance(obj, N):
            return "\0N:" + obj
        if isinstance(obj, dict):
            return {k: mark(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [mark(v) for v in obj]
        return obj

    return _NUMBER.sub(r"\1", json.dumps(mark(value), indent=2))


def get(path: str, response: Any) -> dict[str, Any]:
    return {"method": "GET", "uri": API + path, "body": None, "response": response}


def post(path: str, body: Any, response: Any) -> dict[str, Any]:
    return {"method": "POST", "uri": API + path, "body": body, "response": response}


def contract(contract_id: str, start: str, end: str | None, *, omit_end: bool = False) -> Any:
    data: dict[str, Any] = {
        "id": contract_id,
        "customerId": CUSTOMER,
        "planId": "plan-uuid-1234",
        "name": "Pro Plan",
        "startDate": start,
        "endDate": end,
        "isActive": True,
        "createdAt": "2026-01-10T09:00:00.000Z",
        "metadata": {},
    }
    if omit_end:
        del data["endDate"]
    return {"data": data}


def cost(
    total: str, start: str, end: str, *, rate: str | None = None, contract_id: str = ""
) -> Any:
    body: dict[str, Any] = {"totalAmount": N(total)}
    if rate is None:
        body.update(currency="USD", unit="currency")
    else:
        body.update(creditRateCents=N(rate), unit="credits")
    body.update(startDate=start, endDate=end, queriedAt=QUERIED_AT)
    if contract_id:
        body["contractId"] = contract_id
    return body


def ledger_entry(entry_id: str, kind: str, rate: str | None, created: str) -> dict[str, Any]:
    return {
        "id": entry_id,
        "type": kind,
        "amountCents": 7500 if kind == "grant" else -750,
        "creditAmount": N("10") if kind == "grant" else N("-1"),
        "creditRateCents": None if rate is None else N(rate),
        "currency": "USD",
        "description": f"{kind} {entry_id}",
        "sourceType": "contract" if kind == "grant" else "invoice",
        "invoiceId": None if kind == "grant" else "inv-1",
        "grantEntryId": None if kind == "grant" else "g-750",
        "expiresAt": "2026-12-31T23:59:59.000Z" if kind == "grant" else None,
        "isPromotional": False,
        "createdAt": created,
    }


def ledger(*entries: dict[str, Any]) -> Any:
    return {"data": {"totalCount": len(entries), "entries": list(entries)}}


# Grants in deliberately mixed order: the newest *rated* grant (750, 2026-03-10) wins over an
# older one listed before it, a newer dollar-only grant (no rate) and a newer free grant (0).
SEVERAL_GRANTS = ledger(
    ledger_entry("u-1", "usage", "5", "2026-03-20T08:00:00.000Z"),
    ledger_entry("g-dollars", "grant", None, "2026-03-18T08:00:00.000Z"),
    ledger_entry("g-free", "grant", "0", "2026-03-16T08:00:00.000Z"),
    ledger_entry("g-10", "grant", "10", "2026-01-05T08:00:00.000Z"),
    ledger_entry("g-750", "grant", "750", "2026-03-10T08:00:00.000Z"),
    ledger_entry("g-32", "grant", "32", "2026-02-01T08:00:00.000Z"),
)
NO_RATED_GRANT = ledger(
    ledger_entry("u-1", "usage", "5", "2026-03-20T08:00:00.000Z"),
    ledger_entry("g-dollars", "grant", None, "2026-03-18T08:00:00.000Z"),
    ledger_entry("g-free", "grant", "0", "2026-03-16T08:00:00.000Z"),
)
SAME_TIME_GRANTS = ledger(
    ledger_entry("g-a", "grant", "12.5", "2026-02-27T06:41:00.000Z"),
    ledger_entry("g-b", "grant", "20", "2026-02-27T06:41:00.000Z"),
)

MARCH = {"startDate": "2026-03-01T00:00:00+00:00", "endDate": "2026-04-01T00:00:00+00:00"}
MARCH_OUT = ("2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z")
FIXED_RANGE = ("2026-01-15T00:00:00.000Z", "2027-01-15T00:00:00.000Z")

ESTIMATE_EVENTS = [
    {
        "eventName": "llm_call",
        "idempotencyKey": "run_abc123",
        "properties": {"model": "gpt-4o", "input_tokens": 1500, "output_tokens": 800},
    },
    {
        "eventName": "llm_call",
        "idempotencyKey": "run_def456",
        "properties": {
            "model": "claude-sonnet-4-20250514",
            "input_tokens": 2000,
            "output_tokens": 500,
        },
    },
]


def estimate(unit: str, totals: tuple[str, str, str, str, str], rate: str | None = None) -> Any:
    event_a, event_b, meter_in, meter_out, total = totals
    body: dict[str, Any] = {
        "events": [
            {"idempotencyKey": "run_abc123", "totalAmount": N(event_a)},
            {"idempotencyKey": "run_def456", "totalAmount": N(event_b)},
        ],
        "meters": [
            {
                "meterName": "Input Tokens",
                "meterDisplayName": "Input Tokens",
                "totalQuantity": N("3500"),
                "totalAmount": N(meter_in),
            },
            {
                "meterName": "Output Tokens",
                "meterDisplayName": "Output Tokens",
                "totalQuantity": N("1300"),
                "totalAmount": N(meter_out),
            },
        ],
        "totalAmount": N(total),
    }
    if rate is None:
        body.update(currency="USD", unit=unit)
    else:
        body.update(creditRateCents=N(rate), unit=unit)
    body["estimatedAt"] = "2026-02-24T15:30:00Z"
    return body


CASSETTES: dict[str, list[dict[str, Any]]] = {
    # Dates from a fixed-term contract: its start date to its end date, midnight UTC.
    "contract_fixed_term": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-01-15T00:00:00+00:00",
                "endDate": "2027-01-15T00:00:00+00:00",
                "contractId": FIXED,
            },
            cost("12.5", *FIXED_RANGE, contract_id=FIXED),
        ),
    ],
    # A rolling contract (endDate null): the end is the client's clock.
    "contract_rolling": [
        get(f"/v1/contracts/{ROLLING}", contract(ROLLING, "2026-02-01", None)),
        post(
            "/v1/usage/cost",
            {"startDate": "2026-02-01T00:00:00+00:00", "endDate": NOW, "contractId": ROLLING},
            cost("40.25", "2026-02-01T00:00:00.000Z", QUERIED_AT, contract_id=ROLLING),
        ),
    ],
    # A rolling contract whose endDate is absent altogether; the server does not echo
    # contractId (older server).
    "contract_rolling_no_end_field": [
        get(f"/v1/contracts/{ROLLING}", contract(ROLLING, "2026-02-01", None, omit_end=True)),
        post(
            "/v1/usage/cost",
            {"startDate": "2026-02-01T00:00:00+00:00", "endDate": NOW, "contractId": ROLLING},
            cost("40.25", "2026-02-01T00:00:00.000Z", QUERIED_AT),
        ),
    ],
    # An explicit start; the end still comes from the contract.
    "override_start": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-03-01T00:00:00+00:00",
                "endDate": "2027-01-15T00:00:00+00:00",
                "contractId": FIXED,
            },
            cost("7", "2026-03-01T00:00:00.000Z", FIXED_RANGE[1], contract_id=FIXED),
        ),
    ],
    # An explicit end with an offset, sent in UTC; the start comes from the contract.
    "override_end": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-01-15T00:00:00+00:00",
                "endDate": "2026-04-01T05:00:00+00:00",
                "contractId": FIXED,
            },
            cost("9.75", FIXED_RANGE[0], "2026-04-01T05:00:00.000Z", contract_id=FIXED),
        ),
    ],
    # customer_id with contract_id: the contract is read to check its customer, then refused.
    "customer_mismatch": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
    ],
    # ... and accepted when it matches (even with both dates given).
    "customer_matches": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
        post(
            "/v1/usage/cost",
            {**MARCH, "customerId": CUSTOMER, "contractId": FIXED},
            cost("3.5", *MARCH_OUT, contract_id=FIXED),
        ),
    ],
    # The limits themselves are allowed: 50 event names, 20 property filters.
    "limits_at_maximum": [
        post(
            "/v1/usage/cost",
            {
                **MARCH,
                "customerId": CUSTOMER,
                "eventNames": [f"event_{i}" for i in range(50)],
                "propertyFilters": [{"key": f"key_{i}", "value": f"v{i}"} for i in range(20)],
            },
            cost("0", *MARCH_OUT),
        ),
    ],
    # The documented example request, by external customer id.
    "documented_example": [
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-03-01T00:00:00+00:00",
                "endDate": "2026-03-31T23:59:59+00:00",
                "externalCustomerId": "acme-42",
                "eventNames": ["token_used"],
                "propertyFilters": [{"key": "sub_org_id", "value": "org_xyz"}],
            },
            cost("12.5", "2026-03-01T00:00:00.000Z", "2026-03-31T23:59:59.000Z"),
        ),
    ],
    # unit=credits; an older server answers in USD; the latest rated grant converts it.
    "latest_grant_wins": [
        post(
            "/v1/usage/cost",
            {**MARCH, "contractId": FIXED, "unit": "credits"},
            cost("12.5", *MARCH_OUT),
        ),
        get(f"/v1/contracts/{FIXED}/credits/ledger", SEVERAL_GRANTS),
    ],
    # unit=credits and no grant has a usable rate: stays in USD.
    "no_rated_grant": [
        post(
            "/v1/usage/cost",
            {**MARCH, "contractId": FIXED, "unit": "credits"},
            cost("12.5", *MARCH_OUT),
        ),
        get(f"/v1/contracts/{FIXED}/credits/ledger", NO_RATED_GRANT),
    ],
    # The server already converted: its numbers stand, no ledger read.
    "server_credits": [
        post(
            "/v1/usage/cost",
            {**MARCH, "contractId": FIXED, "unit": "credits"},
            cost("1.6666666666666667", *MARCH_OUT, rate="750", contract_id=FIXED),
        ),
    ],
    # unit=credits for a customer (no contract): nothing to read the rate from.
    "customer_credits_fallback": [
        post(
            "/v1/usage/cost",
            {**MARCH, "customerId": CUSTOMER, "unit": "credits"},
            cost("12.5", *MARCH_OUT),
        ),
    ],
    # A total that a float would change.
    "float_text": [
        post(
            "/v1/usage/cost",
            {**MARCH, "customerId": CUSTOMER},
            cost("0.30000000000000004", *MARCH_OUT),
        ),
    ],
    # credit_rate_cents: an older server converts at it...
    "rate_override_honoured": [
        post(
            "/v1/usage/cost",
            {**MARCH, "customerId": CUSTOMER, "unit": "credits", "creditRateCents": 750},
            cost("1.6666666666666667", *MARCH_OUT, rate="750"),
        ),
    ],
    # ... a newer one converts at the latest grant's rate instead; the caller's rate wins.
    "rate_override_ignored": [
        post(
            "/v1/usage/cost",
            {**MARCH, "customerId": CUSTOMER, "unit": "credits", "creditRateCents": 750},
            cost("125", *MARCH_OUT, rate="10"),
        ),
    ],
    # to_date: contract start until the clock (rolling), in credits.
    "to_date_rolling": [
        get(f"/v1/contracts/{ROLLING}", contract(ROLLING, "2026-02-01", None)),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-02-01T00:00:00+00:00",
                "endDate": NOW,
                "contractId": ROLLING,
                "unit": "credits",
            },
            cost("5.25", "2026-02-01T00:00:00.000Z", QUERIED_AT, rate="32", contract_id=ROLLING),
        ),
    ],
    # to_date: a fixed-term contract still running ends now, not at its end date.
    "to_date_running": [
        get(f"/v1/contracts/{FIXED}", contract(FIXED, "2026-01-15", "2027-01-15")),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2026-01-15T00:00:00+00:00",
                "endDate": NOW,
                "contractId": FIXED,
                "unit": "credits",
            },
            cost("80", FIXED_RANGE[0], QUERIED_AT, rate="10", contract_id=FIXED),
        ),
    ],
    # to_date: a contract that has ended stops at its end date.
    "to_date_ended": [
        get(f"/v1/contracts/{ENDED}", contract(ENDED, "2025-03-01", "2026-03-01")),
        post(
            "/v1/usage/cost",
            {
                "startDate": "2025-03-01T00:00:00+00:00",
                "endDate": "2026-03-01T00:00:00+00:00",
                "contractId": ENDED,
                "unit": "credits",
            },
            cost(
                "1000",
                "2025-03-01T00:00:00.000Z",
                "2026-03-01T00:00:00.000Z",
                rate="32",
                contract_id=ENDED,
            ),
        ),
    ],
    # Credits: the exact remaining balance (prepaid-credits guide numbers).
    "credits_remaining": [
        get(
            f"/v1/contracts/{FIXED}/credits/balance",
            {
                "data": {
                    "balance": {
                        "balanceCents": 45000,
                        "creditBalance": N("1406.25"),
                        "currency": "USD",
                        "blockCount": 1,
                        "asOf": "2026-02-27T10:00:00.000Z",
                    },
                    "blocks": [
                        {
                            "id": "block-1",
                            "status": "active",
                            "priority": 1,
                            "daysUntilExpiry": 307,
                            "originalCents": 50000,
                            "originalCredits": N("1562.5"),
                            "remainingCents": 45000,
                            "remainingCredits": N("1406.25"),
                            "creditRateCents": N("32"),
                            "currency": "USD",
                            "description": "Grant $500 as 1,562.5 credits",
                            "isPromotional": False,
                            "expiresAt": "2026-12-31T23:59:59.000Z",
                            "createdAt": "2026-01-15T00:00:00.000Z",
                        }
                    ],
                }
            },
        ),
    ],
    "credits_no_wallet": [
        get(
            f"/v1/contracts/{ROLLING}/credits/balance",
            {
                "data": {
                    "balance": {
                        "balanceCents": 0,
                        "creditBalance": 0,
                        "currency": "USD",
                        "blockCount": 0,
                        "asOf": "2026-03-30T12:00:00.000Z",
                    },
                    "blocks": [],
                }
            },
        ),
    ],
    "ledger_several_grants": [get(f"/v1/contracts/{FIXED}/credits/ledger", SEVERAL_GRANTS)],
    "ledger_same_time_grants": [get(f"/v1/contracts/{FIXED}/credits/ledger", SAME_TIME_GRANTS)],
    "ledger_no_rated_grant": [get(f"/v1/contracts/{FIXED}/credits/ledger", NO_RATED_GRANT)],
    # Estimate Event Pricing: the documented example, in USD ...
    "estimate_currency": [
        post(
            "/v1/pricing/estimate",
            {"events": ESTIMATE_EVENTS},
            estimate("currency", ("0.035", "0.015", "0.02", "0.03", "0.05")),
        ),
    ],
    # ... and in credits at 750 cents per credit (17+ significant digits).
    "estimate_credits": [
        post(
            "/v1/pricing/estimate",
            {"events": ESTIMATE_EVENTS, "creditRateCents": 750},
            estimate(
                "credits",
                (
                    "0.0046666666666666667",
                    "0.0020000000000000000",
                    "0.0026666666666666667",
                    "0.0040000000000000000",
                    "0.0066666666666666667",
                ),
                rate="750",
            ),
        ),
    ],
}


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(interactions: list[dict[str, Any]]) -> str:
    """One cassette in vcrpy's YAML format (version 1)."""
    out = []
    for item in interactions:
        body = item["body"]
        out.append(
            {
                "request": {
                    "body": None if body is None else dump_json(body),
                    "headers": {"Content-Type": ["application/json"]} if body is not None else {},
                    "method": item["method"],
                    "uri": item["uri"],
                },
                "response": {
                    "body": {"string": dump_json(item["response"])},
                    "headers": {"Content-Type": ["application/json"]},
                    "status": {"code": 200, "message": "OK"},
                },
            }
        )
    return yaml.dump(
        {"interactions": out, "version": 1},
        Dumper=_Dumper,
        sort_keys=False,
        width=100,
        allow_unicode=True,
    )


def build() -> dict[str, str]:
    """File name -> content, for every cassette."""
    return {f"{name}.yaml": render(items) for name, items in CASSETTES.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    files = build()
    stale = sorted(
        name
        for name, text in files.items()
        if not (OUT / name).is_file() or (OUT / name).read_text() != text
    )
    extra = (
        sorted(p.name for p in OUT.glob("*.yaml") if p.name not in files) if OUT.is_dir() else []
    )
    if args.check:
        for name in stale + extra:
            print(f"out of date: {OUT / name}", file=sys.stderr)
        return 1 if stale or extra else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (OUT / name).write_text(files[name])
    for name in extra:
        (OUT / name).unlink()
    print(f"{len(stale)} written, {len(extra)} removed, {len(files)} cassettes in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
