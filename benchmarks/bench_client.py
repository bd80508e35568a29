"""Client-side cost of the overlay against raw httpx, measured in the same run.

    nox -s bench            (or: python benchmarks/bench_client.py)

Every figure uses httpx.MockTransport: no network, so what is measured is the client's own work.
Decoding a 1,000-item page is in bench_decode.py, the first call in bench_first_call.py.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

import httpx
from _harness import per_call_us, report

CUSTOMER = {
    "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "name": "Acme Corp",
    "legalName": "Acme Corporation Inc.",
    "tags": ["enterprise"],
    "isPaused": False,
    "pausedAt": None,
    "metadata": {"externalCustomerId": "my-crm-id-123", "externalCompanyIds": []},
    "createdAt": "2024-01-01T00:00:00.000Z",
    "updatedAt": "2024-01-01T00:00:00.000Z",
}
BODY = json.dumps({"data": CUSTOMER}).encode()
HEADERS = {"content-type": "application/json", "x-request-id": "req_a1b2c3d4e5f67890"}
KEY = "mk_live_" + "0" * 48


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers=HEADERS)


def bench_per_call(calls: int, repeats: int) -> None:
    import monk

    raw = httpx.Client(
        transport=httpx.MockTransport(handler),
        base_url="https://api.monk.com",
        headers={"Authorization": f"Bearer {KEY}"},
    )
    sdk = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert sdk.customers.get("cus_1").name == "Acme Corp"
    # Interleave the two so machine noise hits both alike.
    raw_runs, sdk_runs = [], []
    for _ in range(repeats):
        raw_runs.append(
            per_call_us(lambda: raw.get("/v1/customers/cus_1").json(), calls=calls, repeats=1)
        )
        sdk_runs.append(per_call_us(lambda: sdk.customers.get("cus_1"), calls=calls, repeats=1))
    base = statistics.median(raw_runs)
    report("raw httpx Client.get(...).json()", base, "us/call")
    report(
        "monk client.customers.get(...)",
        statistics.median(sdk_runs),
        "us/call",
        baseline=base,
        goal="<= 1.05x",
    )


def bench_create(calls: int, repeats: int) -> None:
    """A call with a nested body: the spec's request rules checked and the JSON encoded."""
    import monk

    fields = {
        "name": "Acme Corp",
        "legal_name": "Acme Corporation Inc.",
        "contacts": [{"email": "ap@acme.com", "roles": ["accounts_payable"]}],
        "billing_address": {"address1": "1 Main St", "city": "Springfield", "country": "US"},
        "tags": ["enterprise"],
    }
    wire = {
        "name": "Acme Corp",
        "legalName": "Acme Corporation Inc.",
        "contacts": [{"email": "ap@acme.com", "roles": ["accounts_payable"]}],
        "billingAddress": {"address1": "1 Main St", "city": "Springfield", "country": "US"},
        "tags": ["enterprise"],
    }
    raw = httpx.Client(
        transport=httpx.MockTransport(handler),
        base_url="https://api.monk.com",
        headers={"Authorization": f"Bearer {KEY}"},
    )
    sdk = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert sdk.customers.create(**fields).name == "Acme Corp"
    raw_runs, sdk_runs = [], []
    for _ in range(repeats):
        raw_runs.append(
            per_call_us(lambda: raw.post("/v1/customers", json=wire).json(), calls=calls, repeats=1)
        )
        sdk_runs.append(per_call_us(lambda: sdk.customers.create(**fields), calls=calls, repeats=1))
    base = statistics.median(raw_runs)
    report("raw httpx Client.post(json=...).json()", base, "us/call")
    report(
        "monk client.customers.create(...) (checked)",
        statistics.median(sdk_runs),
        "us/call",
        baseline=base,
        goal="<= 1.15x",
    )


def bench_import(repeats: int) -> None:
    code = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"

    def median_import(stmt: str) -> float:
        runs = []
        for _ in range(repeats):
            command = [sys.executable, "-c", code.format(stmt=stmt)]
            out = subprocess.run(command, capture_output=True, text=True, check=True)
            runs.append(float(out.stdout))
        return statistics.median(runs) * 1000

    httpx_ms = median_import("import httpx")
    report("import httpx (fresh process)", httpx_ms, "ms")
    monk_ms = median_import("import monk")
    report("import monk (fresh process)", monk_ms, "ms", baseline=httpx_ms, goal="<= 100 ms")
    # What a first client really costs: httpx loads and its Client builds an SSL context.
    raw_ready = median_import("import httpx; httpx.Client()")
    report("import httpx + first httpx.Client() (fresh process)", raw_ready, "ms")
    ready = median_import("import monk; monk.Monk(api_key='mk_live_' + '0' * 48)")
    report("import monk + first Monk() (fresh process)", ready, "ms", baseline=raw_ready)


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    bench_per_call(calls=500 if quick else 2000, repeats=5 if quick else 15)
    bench_create(calls=500 if quick else 2000, repeats=5 if quick else 15)
    bench_import(repeats=5 if quick else 15)
