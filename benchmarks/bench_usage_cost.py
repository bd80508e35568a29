"""The billing flows' own work per call: usage cost, credits remaining, a pricing estimate.

    nox -s bench            (or: python benchmarks/bench_usage_cost.py [--quick])

Each call is answered by httpx.MockTransport (no socket) with the spec's example body, against raw
httpx + ``json.loads(parse_float=Decimal)`` in the same run: what remains is the SDK's request
rules, its one decoding of the body into the generated model, and the value built from the model.
"""

from __future__ import annotations

import json
import statistics
import sys
from decimal import Decimal

import httpx
from _harness import per_call_us, report
from bench_client import HEADERS, KEY

CONTRACT = "0f8fad5b-d9cb-469f-a165-70867728950e"
CUSTOMER = "5b0d6f5e-1c1f-4c0e-9a53-6a8d2b7c9e01"
COST = json.dumps(
    {
        "totalAmount": 1406.25,
        "unit": "credits",
        "startDate": "2026-03-01T00:00:00.000Z",
        "endDate": "2026-04-01T00:00:00.000Z",
        "queriedAt": "2026-03-30T12:00:00.000Z",
        "creditRateCents": 32,
    }
).encode()
BALANCE = json.dumps(
    {
        "data": {
            "balance": {
                "balanceCents": 45000,
                "creditBalance": 1406.25,
                "currency": "USD",
                "blockCount": 1,
                "asOf": "2026-02-27T10:00:00.000Z",
            },
            "blocks": [],
        }
    }
).encode()
ESTIMATE = json.dumps(
    {
        "events": [{"idempotencyKey": f"run_{i}", "totalAmount": 0.025} for i in range(2)],
        "meters": [
            {
                "meterName": "Input Tokens",
                "meterDisplayName": "Input Tokens",
                "totalQuantity": 3500,
                "totalAmount": 0.02,
            },
            {
                "meterName": "Output Tokens",
                "meterDisplayName": "Output Tokens",
                "totalQuantity": 1200,
                "totalAmount": 0.03,
            },
        ],
        "totalAmount": 0.05,
        "currency": "USD",
        "unit": "currency",
        "estimatedAt": "2026-02-24T15:30:00.000Z",
    }
).encode()
ROUTES = {
    "/v1/usage/cost": COST,
    f"/v1/contracts/{CONTRACT}/credits/balance": BALANCE,
    "/v1/pricing/estimate": ESTIMATE,
}


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=ROUTES[request.url.path], headers=HEADERS)


def main(calls: int, repeats: int) -> None:
    import monk

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(transport=transport, base_url="https://api.monk.com")
    sdk = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport), max_retries=0)
    march = {"start": "2026-03-01", "end": "2026-04-01"}
    asked = {"customer_id": CUSTOMER, "unit": "credits", "credit_rate_cents": 32, **march}
    events = [{"eventName": "llm_call", "properties": {"model": "gpt-4o"}}]
    assert sdk.usage.cost(**asked).total_amount == Decimal("1406.25")  # type: ignore[arg-type]
    assert sdk.contracts.credits.remaining(CONTRACT).credits == Decimal("1406.25")
    assert sdk.pricing.estimate(events).meters[0].total_quantity == 3500
    cases = [
        (
            "usage.cost(...)",
            lambda: json.loads(raw.post("/v1/usage/cost", json=march).content, parse_float=Decimal),
            lambda: sdk.usage.cost(**asked),  # type: ignore[arg-type]
        ),
        (
            "contracts.credits.remaining(...)",
            lambda: json.loads(
                raw.get(f"/v1/contracts/{CONTRACT}/credits/balance").content, parse_float=Decimal
            ),
            lambda: sdk.contracts.credits.remaining(CONTRACT),
        ),
        (
            "pricing.estimate(...)",
            lambda: json.loads(
                raw.post("/v1/pricing/estimate", json={"events": events}).content,
                parse_float=Decimal,
            ),
            lambda: sdk.pricing.estimate(events),
        ),
    ]
    for name, raw_call, sdk_call in cases:
        raw_runs, sdk_runs = [], []
        for _ in range(repeats):  # interleaved, so machine noise hits both alike
            raw_runs.append(per_call_us(raw_call, calls=calls, repeats=1))
            sdk_runs.append(per_call_us(sdk_call, calls=calls, repeats=1))
        base = statistics.median(raw_runs)
        report(f"raw httpx + json.loads, {name} body", base, "us/call")
        report(f"monk {name}", statistics.median(sdk_runs), "us/call", baseline=base)


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    main(calls=200 if quick else 1000, repeats=9 if quick else 21)
