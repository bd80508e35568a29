"""The spool: ``buffered(spool=...)`` add() throughput against a hand-written sqlite3 loop.

    nox -s bench            (or: python benchmarks/bench_spool.py [--quick] [--dir DIR])

Every figure is measured in the same run, the runs interleaved (each side first in turn), the
medians printed:

- add() alone, one producer thread, at each ``spool_synchronous`` level: the time for ``add``
  to return on every one of the same pre-built events (fewer than a batch, nothing sent during
  the loop), against a hand-written loop committing each event's bytes on its own in a table
  of the same shape, with the same pragmas (WAL, the same synchronous level): the same promise,
  "committed when the call returns". Goal: >= 0.8x at the default level (NORMAL). The
  in-memory buffer's add() is printed too (it promises nothing across a crash);
- add() while sending: 50,000 events at the default level, the buffer sending to a loopback
  server (a separate process) and deleting what Monk acknowledged meanwhile, as in use;
- group commit: 8 producer threads at FULL, where each commit waits for an fsync; adds waiting
  at once share one commit, so the gain over the one-thread loop is the fsyncs saved;
- disk bytes per event: the spool's file and write-ahead log holding 50,000 events, committed
  one by one as add() does, next to the events' JSON bytes and a plain table of the same rows.

The spools live in DIR (default: the system's temporary directory); the numbers at FULL are
those of its disk's fsync.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from _harness import report
from bench_ingest import KEY, PROPS, start_server

QUICK = "--quick" in sys.argv
ROOT = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else None
LEVELS = ("NORMAL", "OFF", "FULL")  # the default first
COUNTS = (
    {"NORMAL": 9_000, "OFF": 9_000, "FULL": 300}
    if QUICK
    else {"NORMAL": 9_000, "OFF": 9_000, "FULL": 1_000}
)  # fmt: skip  (under one 10,000-event batch: nothing is sent while adding)
SENDING = 20_000 if QUICK else 50_000
REPEATS = 3 if QUICK else 5
THREADS = 8


def make_events(count: int) -> list[Any]:
    import monk

    return [
        monk.Event("api_call", customer_id=f"cust-{i % 100}", properties={**PROPS, "tokens": i})
        for i in range(count)
    ]


def alternate(n: int) -> tuple[str, str]:
    """Which side runs first in repeat ``n``: each in turn, so neither always meets the disk
    still busy with the other's files."""
    return ("hand", "spool") if n % 2 == 0 else ("spool", "hand")


def fresh_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="monk-bench-spool-", dir=ROOT))


def hand_loop(events: list[Any], level: str, threads: int = 1) -> float:
    """One INSERT per event, each its own transaction (autocommit): what add() promises."""
    where = fresh_dir()
    conn = sqlite3.connect(where / "hand.db", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={level}")
    conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    bodies = [event.to_json() for event in events]
    insert = "INSERT INTO events (seq, body) VALUES (?, ?)"
    start = time.perf_counter()
    for seq, body in enumerate(bodies, 1):
        conn.execute(insert, (seq, body))
    elapsed = time.perf_counter() - start
    conn.close()
    shutil.rmtree(where)
    return elapsed


def spooled(
    client: Any, events: list[Any], level: str | None, threads: int = 1, interval: float = 3600
) -> float:
    """add() on every event (``level`` None: the in-memory buffer); then close, untimed."""
    where = fresh_dir()
    options: dict[str, Any] = {"backpressure": "block", "flush_interval": interval}
    if level is not None:
        options.update(spool=where, spool_synchronous=level)
    buffer = client.events.buffered(**options)
    chunks = [events[n::threads] for n in range(threads)]

    def produce(chunk: list[Any]) -> None:
        for event in chunk:
            buffer.add(event)

    workers = [threading.Thread(target=produce, args=(chunk,)) for chunk in chunks[1:]]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    produce(chunks[0])
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    buffer.close()
    stats = buffer.stats
    assert stats.sent == len(events) and stats.failed == 0, stats
    shutil.rmtree(where)
    return elapsed


def bench_levels(client: Any) -> None:
    for level in LEVELS:
        count = COUNTS[level]
        events = make_events(count)
        hand, spool, memory = [], [], []
        for n in range(REPEATS):
            for side in alternate(n):
                if side == "hand":
                    hand.append(count / hand_loop(events, level))
                else:
                    spool.append(count / spooled(client, events, level))
            if level == LEVELS[0]:
                memory.append(count / spooled(client, events, None))
        base = statistics.median(hand)
        default = " (default)" if level == LEVELS[0] else ""
        report(f"hand-written sqlite3 loop, {level}, {count:,} commits", base, "events/s")
        report(
            f"spooled add() alone, spool_synchronous={level}{default}",
            statistics.median(spool),
            "events/s",
            baseline=base,
            goal=">= 0.8x" if default else "",
        )
        if memory:
            report(
                "in-memory buffer add() (no spool)",
                statistics.median(memory),
                "events/s",
                baseline=base,
            )


def bench_sending(client: Any) -> None:
    count = SENDING
    events = make_events(count)
    hand, spool, memory = [], [], []
    for n in range(REPEATS):
        for side in alternate(n):
            if side == "hand":
                hand.append(count / hand_loop(events, "NORMAL"))
            else:
                spool.append(count / spooled(client, events, "NORMAL", interval=0.5))
        memory.append(count / spooled(client, events, None, interval=0.5))
    base = statistics.median(hand)
    report(f"hand-written sqlite3 loop, NORMAL, {count:,} commits", base, "events/s")
    report(
        "spooled add() while the buffer sends and deletes, NORMAL",
        statistics.median(spool),
        "events/s",
        baseline=base,
    )
    report(
        "in-memory buffer add() while it sends (no spool)",
        statistics.median(memory),
        "events/s",
        baseline=base,
    )


def bench_group_commit(client: Any) -> None:
    count = COUNTS["FULL"] * 4
    events = make_events(count)
    hand, spool = [], []
    for n in range(REPEATS):
        for side in alternate(n):
            if side == "hand":
                hand.append(count / hand_loop(events, "FULL"))
            else:
                spool.append(count / spooled(client, events, "FULL", threads=THREADS))
    base = statistics.median(hand)
    report("hand-written sqlite3 loop, FULL, 1 thread", base, "events/s")
    report(
        f"spooled add(), FULL, {THREADS} threads (group commit)",
        statistics.median(spool),
        "events/s",
        baseline=base,
    )


def bench_disk() -> None:
    from monk._events.spool import Spool, SpoolOptions

    count = 50_000
    events = make_events(count)
    json_bytes = sum(len(event.to_json()) for event in events) / count
    where = fresh_dir()
    spool = Spool(SpoolOptions.check(where, synchronous="NORMAL", max_bytes=None, commit_wait=0))
    spool.recover()
    for event in events:  # as add() commits them: one transaction each
        spool.append_one(event)
    held = spool.disk_bytes()
    spool.delete(0, count, spool.bytes)  # all acknowledged
    spool.close()
    after = Path(spool.path).stat().st_size
    shutil.rmtree(where)
    hand_dir = fresh_dir()
    conn = sqlite3.connect(hand_dir / "hand.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO events (seq, body) VALUES (?, ?)",
        ((n, e.to_json()) for n, e in enumerate(events)),
    )
    conn.execute("COMMIT")
    conn.close()  # checkpoints: the whole table in the database file
    hand = (hand_dir / "hand.db").stat().st_size
    shutil.rmtree(hand_dir)
    report(f"event JSON, mean of {count:,} events", json_bytes, "bytes/event")
    report(f"spool (file + WAL) holding {count:,} events", held / count, "bytes/event")
    report("hand-written table of the same rows (checkpointed)", hand / count, "bytes/event")
    report("spool file once every event was acknowledged, closed", after, "bytes")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import monk

    server, url = start_server()
    client = monk.Monk(api_key=KEY, events_base_url=url, timeout=60)
    try:
        print(f"spools in {ROOT or tempfile.gettempdir()}, {os.cpu_count()} CPUs")
        bench_levels(client)
        bench_sending(client)
        bench_group_commit(client)
        bench_disk()
    finally:
        client.close()
        assert server.stdin is not None
        server.stdin.close()
        server.wait(10)
