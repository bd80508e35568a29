"""Decoding a 1,000-item page into typed models, against raw httpx + json.loads, same run.

    nox -s bench            (or: python benchmarks/bench_decode.py [--quick])

The same payload (1,000 customers) is fetched from a loopback server by raw httpx and parsed with
``response.json()``, and fetched and decoded into models by ``client.customers.list()``
(tolerant decoding, exact Decimal numbers). The MockTransport figures leave out the socket: they
are the client's own work on the payload alone.

The page decode figure is the decode alone, against ``json.loads`` of the same body in the same
run (goal: at most 1.8x): the first page of ``client.customers.list()`` taken with
``with_raw_response`` (fetched untimed), then ``.parse()`` timed, which is what ``list()`` does
with the response (JSON with exact Decimals, every item decoded into a typed model with every
check, the page built), and each item's fields read; ``json.loads`` reads the same fields from
its dicts. Both are timed in CPU time (``time.process_time``), so a busy machine does not
move the ratio.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from _harness import report
from _server import serving
from bench_client import CUSTOMER, HEADERS, KEY

if TYPE_CHECKING:
    import monk

ITEMS = 1000
# The decode is timed in this process's CPU time: the other work of a shared machine stays out.
CPU = time.process_time


def _per_item(fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    start = clock()
    fn()
    return (clock() - start) / ITEMS * 1e6


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


def _read_models(page: monk.SyncPage[Any]) -> None:
    for item in page.data:
        item.id, item.name, item.created_at, item.metadata  # noqa: B018 (the fields users read)


def _read_dicts(body: dict[str, Any]) -> None:
    for item in body["data"]:
        item["id"], item["name"], item["createdAt"], item["metadata"]


def bench_page_decode(sdk: monk.Monk, repeats: int) -> None:
    """Decoding one fetched 1,000-item page, against json.loads of its body: interleaved."""
    first = sdk.with_raw_response.customers.list(limit=100)
    body = first.http_response.content
    _read_models(first.parse())  # warm up
    _read_dicts(json.loads(body))
    raw_runs, sdk_runs = [], []
    for _ in range(repeats):
        fetched = sdk.with_raw_response.customers.list(limit=100)  # the request: not timed
        raw_runs.append(_per_item(lambda: _read_dicts(json.loads(body)), CPU))
        sdk_runs.append(_per_item(lambda: _read_models(fetched.parse()), CPU))  # noqa: B023
    base = statistics.median(raw_runs)
    report(f"json.loads of the {ITEMS}-item page body, fields read", base, "us/item")
    report(
        "monk list page decode: typed models, fields read",
        statistics.median(sdk_runs),
        "us/item",
        baseline=base,
        goal="<= 1.8x",
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
    bench_page_decode(sdk_mock, repeats)


if __name__ == "__main__":
    main(repeats=9 if "--quick" in sys.argv else 31)
