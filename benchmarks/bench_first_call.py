"""The first call: import + client + first decoded GET, against httpx's import + client + GET.

    nox -s bench            (or: python benchmarks/bench_first_call.py [--quick])

Each figure is a fresh process (interpreter start-up left out) calling a loopback server that
answers ``{"data": <customer>}``; the two are interleaved so machine noise hits both alike.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from _harness import report
from _server import serving
from bench_client import CUSTOMER, KEY

TIMED = "import time\nt = time.perf_counter()\n{code}\nprint(time.perf_counter() - t)\n"
RAW = (
    "import httpx\n"
    "client = httpx.Client(base_url={url!r}, headers={{'Authorization': 'Bearer {key}'}})\n"
    "assert client.get('/v1/customers/cus_1').json()['data']['name'] == 'Acme Corp'"
)
SDK = (
    "import monk\n"
    "client = monk.Monk(api_key={key!r}, base_url={url!r})\n"
    "assert client.customers.get('cus_1').name == 'Acme Corp'"
)


def _run(code: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", TIMED.format(code=code)], capture_output=True, text=True, check=True
    )
    return float(done.stdout) * 1000


def main(repeats: int) -> None:
    with serving(json.dumps({"data": CUSTOMER}).encode()) as url:
        raw_code, sdk_code = RAW.format(url=url, key=KEY), SDK.format(url=url, key=KEY)
        _run(raw_code), _run(sdk_code)  # warm the file system caches
        raw_runs, sdk_runs = [], []
        for _ in range(repeats):
            raw_runs.append(_run(raw_code))
            sdk_runs.append(_run(sdk_code))
    base = statistics.median(raw_runs)
    report("import httpx + Client + first GET .json() (fresh process)", base, "ms")
    report(
        "import monk + Monk() + first customers.get() (fresh process)",
        statistics.median(sdk_runs),
        "ms",
        baseline=base,
        goal="<= 1.3x",
    )


if __name__ == "__main__":
    main(repeats=7 if "--quick" in sys.argv else 21)
