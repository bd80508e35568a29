"""Event ingestion: EventBuffer against a hand-written httpx loop, memory, and encoding cost.

    nox -s bench            (or: python benchmarks/bench_ingest.py [--quick])

Both sides post to the same loopback server, a separate process that counts the events in each
body and answers at once (TCP_NODELAY set: without it each small response waits ~40 ms on a
delayed ACK, which flatters whoever sends fewer, larger requests). Runs are interleaved and the
medians printed. Every comparison is at EQUAL concurrency:

- throughput: the same pre-built events in 10,000-event batches: EventBuffer (add every event,
  then close; ``max_concurrent_flushes=N``) against N httpx threads posting the very bytes the
  SDK sends, for N = 4 (the buffer's default) and N = 1. Goal: >= 0.9x;
- from field values: the same, each side building its events too (monk.Event vs a dict);
- peak RSS of a fresh process pushing 1,000,000 events through a 10,000-event buffer, against
  a hand-written loop building and posting the same 10,000-event batches. Goal: <= 1.5x;
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
        disable_nagle_algorithm = True  # TCP_NODELAY

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


def raw_bytes_threads(http: httpx.Client, url: str, bodies: list[bytes], threads: int) -> float:
    """The floor: post the very bytes the SDK sends, already encoded, ``threads`` at a time."""
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}

    def post(body: bytes) -> None:
        http.post(f"{url}/v1/events/batch", content=body, headers=headers).raise_for_status()

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(post, bodies))
    return time.perf_counter() - start


def sdk_buffer(client: Any, events: list[Any], threads: int) -> float:
    buffer = client.events.buffered(backpressure="block", max_concurrent_flushes=threads)
    start = time.perf_counter()
    for event in events:
        buffer.add(event)
    buffer.close()
    elapsed = time.perf_counter() - start
    stats = buffer.stats
    assert stats.sent == len(events) and stats.failed == 0, stats
    return elapsed


def raw_from_fields(http: httpx.Client, url: str, count: int, threads: int) -> float:
    """A hand-written sender: build dicts, json.dumps each 10k batch, post N at a time."""
    import uuid

    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}

    def post(body: bytes) -> None:
        http.post(f"{url}/v1/events/batch", content=body, headers=headers).raise_for_status()

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        futures = []
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
                futures.append(pool.submit(post, body))
                batch = []
        for future in futures:
            future.result()
    return time.perf_counter() - start


def sdk_from_fields(client: Any, count: int, threads: int) -> float:
    import monk

    buffer = client.events.buffered(backpressure="block", max_concurrent_flushes=threads)
    start = time.perf_counter()
    for i in range(count):
        buffer.add(
            monk.Event("api_call", customer_id=f"cust-{i % 100}", properties={**PROPS, "tokens": i})
        )
    buffer.close()
    return time.perf_counter() - start


def bench_throughput(url: str, count: int, repeats: int) -> None:
    import monk
    from monk._events.ingest import batch_body

    events = make_events(count)
    bodies = [batch_body(events[i : i + BATCH]) for i in range(0, count, BATCH)]
    http = httpx.Client(timeout=60)
    client = monk.Monk(api_key=KEY, events_base_url=url, timeout=60)
    raw_bytes_threads(http, url, bodies[:2], 2)  # warm up both connection pools
    sdk_buffer(client, events[:BATCH], 2)
    for threads in (4, 1):
        raw_runs, sdk_runs, raw_fields, sdk_fields = [], [], [], []
        for _ in range(repeats):
            raw_runs.append(count / raw_bytes_threads(http, url, bodies, threads))
            sdk_runs.append(count / sdk_buffer(client, events, threads))
            raw_fields.append(count / raw_from_fields(http, url, count, threads))
            sdk_fields.append(count / sdk_from_fields(client, count, threads))
        base = statistics.median(raw_runs)
        report(
            f"httpx, {threads} thread(s) posting the same {count:,} events' bodies",
            base,
            "events/s",
        )
        report(
            f"EventBuffer, max_concurrent_flushes={threads} (add each, close)",
            statistics.median(sdk_runs),
            "events/s",
            baseline=base,
            goal=">= 0.9x",
        )
        base = statistics.median(raw_fields)
        report(f"hand-written sender from field values, {threads} thread(s)", base, "events/s")
        report(
            f"EventBuffer from field values (monk.Event), {threads} flush(es)",
            statistics.median(sdk_fields),
            "events/s",
            baseline=base,
        )
    client.close()
    http.close()


# -- memory -------------------------------------------------------------------------------------

RSS_PRELUDE = """
import json, resource, time, uuid, httpx, monk

def vm_hwm_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

props = {props!r}
"""

RSS_SDK = (
    RSS_PRELUDE
    + """
client = monk.Monk(api_key="{key}", events_base_url="{url}", timeout=60)
client.events.send_batch([monk.Event("warm_up", customer_id="c")])
before = vm_hwm_mb()
buffer = client.events.buffered(capacity=10_000, backpressure="block")
for i in range({count}):
    buffer.add(monk.Event("api_call", customer_id=f"cust-{{i % 100}}",
                          properties={{**props, "tokens": i}}))
buffer.close()
assert buffer.stats.sent == {count}, buffer.stats
print(before, vm_hwm_mb())
"""
)

# What a careful hand-written sender does: one 10,000-event batch of dicts at a time, encoded and
# posted before the next is built (the same imports, so both start from the same floor).
RSS_LOOP = (
    RSS_PRELUDE
    + """
client = monk.Monk(api_key="{key}", events_base_url="{url}", timeout=60)
client.events.send_batch([monk.Event("warm_up", customer_id="c")])
http = httpx.Client(timeout=60)
headers = {{"Authorization": "Bearer {key}", "Content-Type": "application/json"}}
http.post("{url}/v1/events/batch", content=b'{{"events":[]}}', headers=headers)
before = vm_hwm_mb()
batch = []
for i in range({count}):
    batch.append({{"eventName": "api_call", "customerId": f"cust-{{i % 100}}",
                  "idempotencyKey": str(uuid.uuid4()),
                  "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                  "properties": {{**props, "tokens": i}}}})
    if len(batch) == 10_000:
        body = json.dumps({{"events": batch}}, separators=(",", ":")).encode()
        http.post("{url}/v1/events/batch", content=body, headers=headers).raise_for_status()
        batch = []
print(before, vm_hwm_mb())
"""
)


def _rss(script: str) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    before, peak = map(float, out.stdout.split())
    return before, peak


def bench_rss(url: str, count: int, repeats: int) -> None:
    options = {"key": KEY, "url": url, "count": count, "props": PROPS}
    befores, sdk_peaks, loop_peaks = [], [], []
    for _ in range(repeats):
        before, peak = _rss(RSS_SDK.format(**options))
        befores.append(before)
        sdk_peaks.append(peak)
        loop_peaks.append(_rss(RSS_LOOP.format(**options))[1])
    report("RSS after import monk + one request (fresh process)", statistics.median(befores), "MB")
    base = statistics.median(loop_peaks)
    report(f"peak RSS, hand-written loop posting {count:,} events in 10k batches", base, "MB")
    report(
        f"peak RSS pushing {count:,} events through a 10k EventBuffer",
        statistics.median(sdk_peaks),
        "MB",
        baseline=base,
        goal="<= 1.5x",
    )


# -- per event ------------------------------------------------------------------------------------


def bench_encoding(repeats: int) -> None:
    import monk

    calls = 20_000
    event_runs, dumps_runs, join_runs = [], [], []
    wire = json.loads(make_events(1)[0].to_json())
    events = make_events(BATCH)
    from monk._events.ingest import batch_body

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
