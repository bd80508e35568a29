"""Event ingestion: EventBuffer against a hand-written httpx loop, memory, and encoding cost.

    nox -s bench            (or: python benchmarks/bench_ingest.py [--quick])

Both sides post to the same loopback server, a separate process that counts the events in each
body and answers at once, so what differs is the client's own work. Runs are interleaved and
the medians printed.

- throughput: the same pre-built events as 10,000-event batches: EventBuffer (add every event,
  then close) against a loop that json.dumps each batch of dicts and posts it with httpx;
- from field values: the same, each side building its events too (monk.Event vs a dict);
- peak RSS of a process that pushes 1,000,000 events through a 10,000-event buffer;
- per event: building a monk.Event (checks, key, timestamp, JSON) and plain json.dumps.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from _harness import report

KEY = "mk_test_" + "0" * 48
BATCH = 10_000
PROPS = {"model": "gpt-4", "tokens": 1500, "region": "us-east-1", "cached": False}


# -- the loopback server (runs in its own process: python bench_ingest.py --serve) --------------


def serve() -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            count = body.count(b'"idempotencyKey"')
            payload = b'{"status":"accepted","count":%d,"requestId":"req_1"}' % count
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
    print(f"http://127.0.0.1:{httpd.server_address[1]}", flush=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the parent closes our stdin


def start_server() -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


# -- throughput ---------------------------------------------------------------------------------


def make_events(count: int) -> list[Any]:
    import monk

    return [
        monk.Event("api_call", customer_id=f"cust-{i % 100}", properties={**PROPS, "tokens": i})
        for i in range(count)
    ]


def raw_bytes(http: httpx.Client, url: str, bodies: list[bytes]) -> float:
    """The floor: post the very bytes the SDK sends, already encoded, one batch after another."""
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    start = time.perf_counter()
    for body in bodies:
        http.post(f"{url}/v1/events/batch", content=body, headers=headers).raise_for_status()
    return time.perf_counter() - start


def raw_bytes_threads(http: httpx.Client, url: str, bodies: list[bytes]) -> float:
    """The same, four requests at a time (the buffer's default max_concurrent_flushes)."""
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}

    def post(body: bytes) -> None:
        http.post(f"{url}/v1/events/batch", content=body, headers=headers).raise_for_status()

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(post, bodies))
    return time.perf_counter() - start


def sdk_flush_path(client: Any, bodies: list[bytes]) -> float:
    """The buffer's flush path alone: the same bodies through the client's retry loop."""
    from monk._operations import BATCH_CREATE_EVENTS as SEND_BATCH

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda body: client._send_content(SEND_BATCH, body), bodies))
    return time.perf_counter() - start


def raw_loop(http: httpx.Client, url: str, dicts: list[dict[str, Any]]) -> float:
    """What a careful hand-written client does: encode each batch of dicts, post it."""
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    start = time.perf_counter()
    for i in range(0, len(dicts), BATCH):
        body = json.dumps({"events": dicts[i : i + BATCH]}, separators=(",", ":")).encode()
        response = http.post(f"{url}/v1/events/batch", content=body, headers=headers)
        response.raise_for_status()
        assert response.json()["count"] == min(BATCH, len(dicts) - i)
    return time.perf_counter() - start


def sdk_buffer(client: Any, events: list[Any]) -> float:
    buffer = client.events.buffered(backpressure="block")
    start = time.perf_counter()
    for event in events:
        buffer.add(event)
    buffer.close()
    elapsed = time.perf_counter() - start
    stats = buffer.stats
    assert stats.sent == len(events) and stats.failed == 0, stats
    return elapsed


def raw_from_fields(http: httpx.Client, url: str, count: int) -> float:
    import uuid

    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    start = time.perf_counter()
    batch: list[dict[str, Any]] = []
    for i in range(count):
        batch.append(
            {
                "eventName": "api_call",
                "customerId": f"cust-{i % 100}",
                "idempotencyKey": str(uuid.uuid4()),
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "properties": {**PROPS, "tokens": i},
            }
        )
        if len(batch) == BATCH:
            body = json.dumps({"events": batch}, separators=(",", ":")).encode()
            http.post(f"{url}/v1/events/batch", content=body, headers=headers).raise_for_status()
            batch = []
    return time.perf_counter() - start


def sdk_from_fields(client: Any, count: int) -> float:
    import monk

    buffer = client.events.buffered(backpressure="block")
    start = time.perf_counter()
    for i in range(count):
        buffer.add(
            monk.Event("api_call", customer_id=f"cust-{i % 100}", properties={**PROPS, "tokens": i})
        )
    buffer.close()
    return time.perf_counter() - start


def bench_throughput(url: str, count: int, repeats: int) -> None:
    import monk
    from monk._ingest import batch_body

    events = make_events(count)
    dicts = [json.loads(e.to_json()) for e in events]
    bodies = [batch_body(events[i : i + BATCH]) for i in range(0, count, BATCH)]
    http = httpx.Client(timeout=60)
    client = monk.Monk(api_key=KEY, events_base_url=url, timeout=60)
    raw_loop(http, url, dicts[:BATCH])  # warm up both connection pools
    sdk_buffer(client, events[:BATCH])
    bytes_runs, threads_runs, flush_runs, raw_runs = [], [], [], []
    sdk_runs, raw_fields, sdk_fields = [], [], []
    for _ in range(repeats):
        bytes_runs.append(count / raw_bytes(http, url, bodies))
        threads_runs.append(count / raw_bytes_threads(http, url, bodies))
        flush_runs.append(count / sdk_flush_path(client, bodies))
        raw_runs.append(count / raw_loop(http, url, dicts))
        sdk_runs.append(count / sdk_buffer(client, events))
        raw_fields.append(count / raw_from_fields(http, url, count))
        sdk_fields.append(count / sdk_from_fields(client, count))
    sdk = statistics.median(sdk_runs)
    base = statistics.median(bytes_runs)
    report(f"httpx loop posting the same {count:,} events' bodies", base, "events/s")
    report("EventBuffer (add each, close)", sdk, "events/s", baseline=base, goal=">= 0.9x")
    base = statistics.median(threads_runs)
    report("the same bodies from 4 threads", base, "events/s")
    report("EventBuffer (add each, close)", sdk, "events/s", baseline=base)
    report(
        "its flush path alone (the bodies via _send_content, 4 threads)",
        statistics.median(flush_runs),
        "events/s",
        baseline=base,
        goal=">= 0.9x",
    )
    base = statistics.median(raw_runs)
    report("httpx loop json.dumps-ing each 10k batch of dicts", base, "events/s")
    report("EventBuffer (add each, close)", sdk, "events/s", baseline=base)
    base = statistics.median(raw_fields)
    report("hand-written loop from field values (dict + uuid4)", base, "events/s")
    report(
        "EventBuffer from field values (monk.Event)",
        statistics.median(sdk_fields),
        "events/s",
        baseline=base,
    )
    client.close()
    http.close()


# -- memory -------------------------------------------------------------------------------------

RSS_SCRIPT = """
import resource, sys, monk

def vm_hwm_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

client = monk.Monk(api_key="{key}", events_base_url="{url}", timeout=60)
client.events.send_batch([monk.Event("warm_up", customer_id="c")])
before = vm_hwm_mb()
buffer = client.events.buffered(capacity=10_000, backpressure="block")
props = {props!r}
for i in range({count}):
    buffer.add(monk.Event("api_call", customer_id=f"cust-{{i % 100}}",
                          properties={{**props, "tokens": i}}))
buffer.close()
assert buffer.stats.sent == {count}, buffer.stats
print(before, vm_hwm_mb())
"""


def bench_rss(url: str, count: int, repeats: int) -> None:
    script = RSS_SCRIPT.format(key=KEY, url=url, count=count, props=PROPS)
    befores, peaks = [], []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        before, peak = map(float, out.stdout.split())
        befores.append(before)
        peaks.append(peak)
    report("RSS after import monk + one request (fresh process)", statistics.median(befores), "MB")
    report(
        f"peak RSS pushing {count:,} events through a 10k buffer",
        statistics.median(peaks),
        "MB",
        goal="< 100 MB",
    )


# -- per event ------------------------------------------------------------------------------------


def bench_encoding(repeats: int) -> None:
    import monk

    calls = 20_000
    event_runs, dumps_runs, join_runs = [], [], []
    wire = json.loads(make_events(1)[0].to_json())
    events = make_events(BATCH)
    from monk._ingest import batch_body

    for _ in range(repeats):
        start = time.perf_counter()
        for i in range(calls):
            monk.Event("api_call", customer_id="cust-1", properties={**PROPS, "tokens": i})
        event_runs.append((time.perf_counter() - start) / calls * 1e6)
        start = time.perf_counter()
        for _ in range(calls):
            json.dumps(wire, separators=(",", ":"), ensure_ascii=False).encode()
        dumps_runs.append((time.perf_counter() - start) / calls * 1e6)
        start = time.perf_counter()
        batch_body(events)
        join_runs.append((time.perf_counter() - start) / BATCH * 1e6)
    base = statistics.median(dumps_runs)
    report("json.dumps of one event dict (compact, UTF-8)", base, "us/event")
    report(
        "monk.Event(...): checks + UUIDv4 + timestamp + JSON, once",
        statistics.median(event_runs),
        "us/event",
        baseline=base,
    )
    report("batch body joined from cached JSON", statistics.median(join_runs), "us/event")


if __name__ == "__main__":
    if "--serve" in sys.argv:
        serve()
        sys.exit()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    quick = "--quick" in sys.argv
    server, url = start_server()
    try:
        bench_encoding(repeats=3 if quick else 7)
        bench_throughput(url, count=100_000 if quick else 200_000, repeats=3 if quick else 5)
        bench_rss(url, count=1_000_000, repeats=1 if quick else 3)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(10)
