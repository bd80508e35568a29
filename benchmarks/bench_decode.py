"""Decoding a 1,000-item page into typed models, against raw httpx + json.loads, same run.

    nox -s bench            (or: python benchmarks/bench_decode.py [--quick])

The same payload (1,000 customers) is fetched from a loopback server by raw httpx and parsed with
``response.json()``, and fetched and decoded into models by ``client.customers.list()``
(tolerant decoding, exact Decimal numbers). The MockTransport figures leave out the socket: they
are the client's own work on the payload alone.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable

import httpx
from _harness import report
from _server import serving
from bench_client import CUSTOMER, HEADERS, KEY

ITEMS = 1000


def _per_item(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) / ITEMS * 1e6


def _compare(
    label: str, raw: Callable[[], object], sdk: Callable[[], object], repeats: int
) -> None:
    raw(), sdk()  # warm up: imports, connections
    raw_runs, sdk_runs = [], []
    for _ in range(repeats):  # interleaved, so machine noise hits both alike
        raw_runs.append(_per_item(raw))
        sdk_runs.append(_per_item(sdk))
    base = statistics.median(raw_runs)
    report(f"raw httpx GET + json.loads, {ITEMS}-item page ({label})", base, "us/item")
    report(
        f"monk customers.list() into typed models ({label})",
        statistics.median(sdk_runs),
        "us/item",
        baseline=base,
        goal="<= 2.0x",
    )


def main(repeats: int) -> None:
    import monk

    page = json.dumps(
        {"data": [dict(CUSTOMER, id=f"cus_{i}") for i in range(ITEMS)], "hasMore": False,
         "total": ITEMS}
    ).encode()  # fmt: skip

    def check(result: monk.SyncPage[object]) -> None:
        assert len(result.data) == ITEMS and result.data[-1].id == f"cus_{ITEMS - 1}"  # type: ignore[attr-defined]

    with serving(page) as url:
        raw_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
        sdk = monk.Monk(api_key=KEY, base_url=url)
        check(sdk.customers.list(limit=100))
        _compare(
            "loopback server",
            lambda: raw_client.get("/v1/customers", params={"limit": 100}).json(),
            lambda: sdk.customers.list(limit=100),
            repeats,
        )

    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=page, headers=HEADERS))
    raw_mock = httpx.Client(transport=transport, base_url="https://api.monk.com")
    sdk_mock = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    _compare(
        "MockTransport, no socket",
        lambda: raw_mock.get("/v1/customers", params={"limit": 100}).json(),
        lambda: sdk_mock.customers.list(limit=100),
        repeats,
    )


if __name__ == "__main__":
    main(repeats=9 if "--quick" in sys.argv else 31)
