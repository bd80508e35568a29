"""Fault-injection soak: 100,000 events through an EventBuffer against a loopback server that
fails about one request in five, and a burst where it fails everything.

    nox -s soak        (or: MONK_SOAK=1 pytest tests/soak -s)

Faults, decided per batch so each retry of a batch meets the same plan: 503, 429 with
``Retry-After: 0.05``, a connection reset before the server stores anything, a reset after it
stored the batch (the answer is lost: the client re-sends, the server sees the keys twice), and
a slow 503. Some successes are slow too. Two "poison" events make their batches fail with 400:
those must reach on_flush_failure. The burst opens the circuit breaker, which must close again.

The invariant: every key sent reaches the server or the failure callback (0 lost), no key is
counted in both (0 duplicates), and nothing arrives that was not sent. Re-deliveries of one key
(after a reset) are counted separately: they are harmless, as the latest version wins.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
import zlib

import pytest
from loopback import EventsServer, Fault  # tests/ is on sys.path: tests/conftest.py lives there

import monk

pytestmark = pytest.mark.skipif(
    not os.environ.get("MONK_SOAK"), reason="the soak runs in its own session: nox -s soak"
)

EVENTS = 100_000
PRODUCERS = 4
BATCH = 500
CAPACITY = 2_000
POISON = {(0, 12_345), (2, 20_000)}  # (producer, index): an event the server refuses with 400
BURST_AFTER = 40  # requests before the burst
BURST_SECONDS = 0.6
KINDS = ["503", "429", "reset", "reset_after_store", "slow_503"]


class Plan:
    """The server's fault plan, decided per batch (by its first key) and attempt."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.attempts: dict[str, int] = {}
        self.kinds = itertools.cycle(KINDS)
        self.burst_start: float | None = None
        self.burst_failures = 0
        self.poisoned = 0

    def __call__(self, keys: list[str], number: int) -> Fault | None:
        now = time.monotonic()
        with self.lock:
            if number == BURST_AFTER:
                self.burst_start = now
            if self.burst_start is not None and now - self.burst_start < BURST_SECONDS:
                self.burst_failures += 1
                return Fault("burst_503", status=503)
            if any(key.startswith("poison-") for key in keys):
                self.poisoned += 1
                return Fault("poison_400", status=400)
            first = keys[0]
            attempt = self.attempts.get(first, 0)
            self.attempts[first] = attempt + 1
            h = zlib.crc32(first.encode())
            planned = 1 if h % 20 < 3 else 2 if h % 20 == 3 else 0  # E[faults] = 0.25 per batch
            if attempt < planned:
                return self.fault(next(self.kinds))
            if (h >> 8) % 20 == 0:
                return Fault("slow", delay=0.1)
        return None

    @staticmethod
    def fault(kind: str) -> Fault:
        if kind == "429":
            return Fault(kind, status=429, retry_after="0.05")
        if kind == "reset":
            return Fault(kind)
        if kind == "reset_after_store":
            return Fault("reset", after_recording=True)
        if kind == "slow_503":
            return Fault(kind, status=503, delay=0.2)
        return Fault(kind, status=503)


def test_soak_loses_nothing_and_counts_nothing_twice() -> None:
    plan = Plan()
    transitions: list[tuple[str, str]] = []
    retry = monk.RetryConfig(
        base_delay=0.01,
        max_delay=0.05,
        max_retries=10,
        deadline=60,
        circuit_breaker_threshold=5,
        circuit_breaker_cooldown=0.2,
    )
    breaker = monk.CircuitBreaker.from_config(
        retry, on_state_change=lambda old, new: transitions.append((old, new))
    )
    failed: list[str] = []
    failed_lock = threading.Lock()

    def on_flush_failure(events: list[monk.Event], error: BaseException) -> None:
        assert isinstance(error, monk.BadRequestError), error  # only the poison may fail
        with failed_lock:
            failed.extend(e.idempotency_key for e in events)

    sent: list[list[str]] = [[] for _ in range(PRODUCERS)]
    samples: list[monk.BufferStats] = []
    started = time.perf_counter()
    with EventsServer(plan) as server:
        client = monk.Monk(
            api_key="mk_test_" + "0" * 32,
            events_base_url=server.url,
            retry=retry,
            timeout=10,
            _breaker=breaker,
        )
        buffer = client.events.buffered(
            capacity=CAPACITY,
            max_batch_size=BATCH,
            flush_interval=0.05,
            max_concurrent_flushes=4,
            backpressure="block",
            on_flush_failure=on_flush_failure,
        )

        def produce(n: int) -> None:
            keys = sent[n]
            for i in range(EVENTS // PRODUCERS):
                poison = (n, i) in POISON
                event = monk.Event(
                    "api_call",
                    customer_id=f"cust-{i % 50}",
                    properties={"tokens": i, "producer": n},
                    idempotency_key=f"poison-{n}-{i}" if poison else None,
                )
                keys.append(event.idempotency_key)
                buffer.add(event)

        producers = [threading.Thread(target=produce, args=(n,)) for n in range(PRODUCERS)]
        for thread in producers:
            thread.start()
        while any(thread.is_alive() for thread in producers):
            samples.append(buffer.stats)
            time.sleep(0.01)
        for thread in producers:
            thread.join()
        buffer.close()
        elapsed = time.perf_counter() - started
        stats = buffer.stats
        arrivals = dict(server.arrivals)
        faults = dict(server.faults)
        requests = server.requests
        client.close()

    all_sent = [key for keys in sent for key in keys]
    sent_keys = set(all_sent)
    server_keys = set(arrivals)
    failed_keys = set(failed)
    lost = sent_keys - server_keys - failed_keys
    unknown = (server_keys | failed_keys) - sent_keys
    both = server_keys & failed_keys
    redelivered = {key: n for key, n in arrivals.items() if n > 1}
    fault_requests = sum(faults.values()) - faults.get("slow", 0)

    print()
    print(f"soak: {EVENTS} events from {PRODUCERS} producers in {elapsed:.1f}s")
    print(
        f"  requests {requests}, failed on purpose {fault_requests} ({fault_requests / requests:.0%})"
    )
    print(f"  faults {dict(sorted(faults.items()))}")
    print(f"  distinct keys at the server {len(server_keys)}, reported failed {len(failed_keys)}")
    print(f"  lost {len(lost)}, counted twice {len(both)}, never sent {len(unknown)}")
    print(
        f"  re-delivered keys {len(redelivered)} ({sum(redelivered.values()) - len(redelivered)} extra arrivals)"
    )
    print(f"  breaker transitions {transitions}")
    print(
        f"  most events buffered at once {max(s.buffered for s in samples)} (capacity {CAPACITY})"
    )
    print(f"  final stats {stats}")

    assert len(all_sent) == len(sent_keys) == EVENTS  # every event had its own key
    assert lost == set()
    assert both == set()
    assert unknown == set()
    assert len(server_keys) + len(failed_keys) == EVENTS
    assert failed_keys >= {f"poison-{n}-{i}" for n, i in POISON}
    assert plan.poisoned >= 1
    assert stats == monk.BufferStats(
        accepted=EVENTS, sent=len(server_keys), failed=len(failed_keys), in_flight=0, buffered=0
    )
    assert all(s.accepted == s.sent + s.failed + s.in_flight + s.buffered for s in samples), (
        "stats must add up at every snapshot"
    )
    assert max(s.buffered for s in samples) <= CAPACITY
    assert {kind for kind in KINDS if kind != "reset_after_store"} <= set(faults)
    assert faults.get("reset", 0) >= 2  # both reset kinds count as "reset"
    assert ("closed", "open") in transitions, "the burst must open the circuit"
    assert transitions[-1][1] == "closed" and breaker.state == "closed", "and it must close"
    assert plan.burst_failures >= retry.circuit_breaker_threshold
