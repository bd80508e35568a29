"""EventBuffer and AsyncEventBuffer: backpressure, batching triggers, the concurrency cap,
draining on close and at exit, the failure callback, and counters that add up.

Waits are bounded polls of the buffer's own counters; nothing asserts on elapsed time.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from loopback import EventsServer

import monk

KEY = "mk_test_" + "0123456789abcdef" * 2
FAST = monk.RetryConfig(base_delay=0.001, max_delay=0.002, circuit_breaker_threshold=0)
# The subprocesses import the same monk as this test (the source tree or the installed wheel).
MONK_HOME = Path(monk.__file__).resolve().parent.parent


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.005)


async def async_wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.005)


def events(count: int, prefix: str = "k") -> list[monk.Event]:
    return [
        monk.Event("api_call", customer_id="c", idempotency_key=f"{prefix}{i}")
        for i in range(count)
    ]


def adds_up(stats: monk.BufferStats) -> bool:
    return stats.accepted == stats.sent + stats.failed + stats.in_flight + stats.buffered


class Batches:
    """A batch endpoint that records each request's keys, the most requests open at once, and
    can hold requests at a gate. ``fail`` answers that status instead of 200.
    """

    def __init__(self, *, gate_open: bool = True, fail: int | None = None) -> None:
        self.lock = threading.Lock()
        self.gate = threading.Event()
        if gate_open:
            self.gate.set()
        self.fail = fail
        self.batches: list[list[str]] = []
        self.attempts = 0
        self.active = 0
        self.max_active = 0

    def keys(self) -> list[str]:
        with self.lock:
            return [key for batch in self.batches for key in batch]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        keys = [e["idempotencyKey"] for e in json.loads(request.content)["events"]]
        with self.lock:
            self.attempts += 1
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            self.gate.wait(10)
        finally:
            with self.lock:
                self.active -= 1
        return self.respond(keys)

    def respond(self, keys: list[str]) -> httpx.Response:
        if self.fail is not None:
            return httpx.Response(self.fail, json={"error": {"message": "down", "code": "X"}})
        with self.lock:
            self.batches.append(keys)
        answer = {"status": "accepted", "count": len(keys), "requestId": "req_1"}
        return httpx.Response(200, json=answer)


class AsyncBatches(Batches):
    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.async_gate = asyncio.Event()
        if self.gate.is_set():
            self.async_gate.set()

    async def handle(self, request: httpx.Request) -> httpx.Response:
        keys = [e["idempotencyKey"] for e in json.loads(request.content)["events"]]
        self.attempts += 1
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            await asyncio.wait_for(self.async_gate.wait(), 10)
        finally:
            self.active -= 1
        return self.respond(keys)


def client_for(handler: Any, **options: Any) -> monk.Monk:
    options.setdefault("retry", FAST)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return monk.Monk(api_key=KEY, http_client=http, **options)


def async_client_for(handler: Any, **options: Any) -> monk.AsyncMonk:
    options.setdefault("retry", FAST)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return monk.AsyncMonk(api_key=KEY, http_client=http, **options)


# --- configuration -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("capacity", 0),
        ("max_batch_size", 10_001),
        ("max_batch_size", 0),
        ("flush_interval", 0),
        ("flush_interval", float("inf")),
        ("max_concurrent_flushes", 0),
        ("backpressure", "drop"),
        ("on_flush_failure", "log"),
    ],
)
def test_bad_buffer_options_are_refused(option: str, value: Any) -> None:
    client = client_for(Batches())
    with pytest.raises(monk.ValidationError) as info:
        client.events.buffered(**{option: value})
    assert info.value.field == option
    with pytest.raises(monk.ValidationError):
        async_client_for(Batches()).events.buffered(**{option: value})


def test_only_events_can_be_added() -> None:
    with client_for(Batches()).events.buffered() as buffer:
        with pytest.raises(monk.ValidationError) as info:
            buffer.add({"eventName": "x", "customerId": "c"})  # type: ignore[arg-type]
        assert info.value.field == "event"
        assert buffer.stats.accepted == 0


# --- backpressure --------------------------------------------------------------------------------


def test_fail_fast_raises_buffer_full_at_capacity() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=10, max_batch_size=10, max_concurrent_flushes=1, flush_interval=60
    )
    first, second = events(10, "a"), events(10, "b")
    for e in first:
        buffer.add(e)
    wait_until(lambda: buffer.stats.in_flight == 10)  # taken by the one sender, held at the gate
    for e in second:
        buffer.add(e)
    with pytest.raises(monk.BufferFullError) as info:
        buffer.add(monk.Event("api_call", customer_id="c", idempotency_key="over"))
    assert info.value.capacity == 10
    assert buffer.stats == monk.BufferStats(
        accepted=20, sent=0, failed=0, in_flight=10, buffered=10
    )
    server.gate.set()
    buffer.close()
    assert sorted(server.keys()) == sorted(e.idempotency_key for e in first + second)


def test_block_waits_for_room_then_proceeds() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=10,
        max_batch_size=10,
        max_concurrent_flushes=1,
        flush_interval=60,
        backpressure="block",
    )
    batch = events(25)
    producer = threading.Thread(target=lambda: [buffer.add(e) for e in batch])
    producer.start()
    wait_until(lambda: buffer.stats.accepted == 20 and buffer.stats.in_flight == 10)
    time.sleep(0.05)
    assert producer.is_alive()  # waiting for room, not failing
    assert buffer.stats.accepted == 20
    server.gate.set()
    producer.join(10)
    assert not producer.is_alive()
    buffer.close()
    assert server.keys() == [e.idempotency_key for e in batch]  # in order, each once
    assert buffer.stats.sent == 25


def test_block_with_a_timeout_gives_up_with_buffer_full() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=2, max_batch_size=2, max_concurrent_flushes=1, backpressure="block"
    )
    for e in events(2, "a"):
        buffer.add(e)
    wait_until(lambda: buffer.stats.in_flight == 2)
    for e in events(2, "b"):
        buffer.add(e)
    with pytest.raises(monk.BufferFullError, match="stayed full"):
        buffer.add(events(1, "c")[0], timeout=0.05)
    server.gate.set()
    buffer.close()
    assert buffer.stats.sent == 4


def test_a_producer_blocked_at_close_is_told_the_buffer_closed() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=1, max_batch_size=1, max_concurrent_flushes=1, backpressure="block"
    )
    errors: list[BaseException] = []

    def produce() -> None:
        try:
            for e in events(3):
                buffer.add(e)
        except monk.MonkError as exc:
            errors.append(exc)

    producer = threading.Thread(target=produce)
    producer.start()
    wait_until(lambda: buffer.stats.accepted == 2)
    closer = threading.Thread(target=buffer.close)
    closer.start()
    producer.join(10)
    assert [str(e) for e in errors] == ["the event buffer is closed: add() after close()"]
    server.gate.set()
    closer.join(10)
    assert buffer.stats.sent == 2


# --- when batches are cut ----------------------------------------------------------------------


def test_nothing_is_sent_before_the_interval_or_a_full_batch() -> None:
    server = Batches()
    buffer = client_for(server).events.buffered(max_batch_size=100, flush_interval=60)
    for e in events(3):
        buffer.add(e)
    time.sleep(0.1)
    assert server.attempts == 0
    assert buffer.stats.buffered == 3
    assert buffer.flush() is True
    assert server.batches == [["k0", "k1", "k2"]]
    buffer.close()


def test_the_flush_interval_sends_a_partial_batch() -> None:
    server = Batches()
    buffer = client_for(server).events.buffered(max_batch_size=100, flush_interval=0.05)
    for e in events(3):
        buffer.add(e)
    wait_until(lambda: buffer.stats.sent == 3)
    assert server.batches == [["k0", "k1", "k2"]]
    buffer.close()


def test_a_full_batch_goes_at_once() -> None:
    server = Batches()
    buffer = client_for(server).events.buffered(max_batch_size=5, flush_interval=60)
    for e in events(12):
        buffer.add(e)
    wait_until(lambda: buffer.stats.sent == 10)
    assert [len(b) for b in server.batches] == [5, 5]
    assert buffer.stats.buffered == 2
    buffer.close()
    assert [len(b) for b in server.batches] == [5, 5, 2]


def test_concurrent_flushes_are_capped() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=100, max_batch_size=10, max_concurrent_flushes=2, flush_interval=60
    )
    for e in events(100):
        buffer.add(e)
    wait_until(lambda: server.active == 2)
    time.sleep(0.1)  # room for a third request, if the cap let one through
    assert server.active == 2
    assert buffer.stats.in_flight == 20 and buffer.stats.buffered == 80
    server.gate.set()
    buffer.close()
    assert server.max_active == 2
    assert len(server.batches) == 10
    assert sorted(server.keys()) == sorted(e.idempotency_key for e in events(100))


def test_flush_waits_for_everything_added_before_it() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(max_batch_size=4, flush_interval=60)
    for e in events(10):
        buffer.add(e)
    assert buffer.flush(timeout=0.05) is False  # held at the gate
    server.gate.set()
    assert buffer.flush() is True
    assert buffer.stats == monk.BufferStats(accepted=10, sent=10, failed=0, in_flight=0, buffered=0)
    buffer.close()


# --- close, exit, garbage collection ------------------------------------------------------------


def test_close_drains_and_waits_for_flushes_in_flight() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.02)
        count = len(json.loads(request.content)["events"])
        return httpx.Response(200, json={"status": "accepted", "count": count, "requestId": "r"})

    batch = events(50)
    with client_for(slow).events.buffered(max_batch_size=10, flush_interval=60) as buffer:
        for e in batch:
            buffer.add(e)
    assert buffer.stats == monk.BufferStats(accepted=50, sent=50, failed=0, in_flight=0, buffered=0)
    with pytest.raises(monk.MonkError, match="closed"):
        buffer.add(batch[0])
    buffer.close()  # twice is fine


def test_close_with_a_timeout_hands_over_what_it_could_not_send() -> None:
    server = Batches(gate_open=False)
    failures: list[tuple[list[monk.Event], BaseException]] = []
    buffer = client_for(server).events.buffered(
        capacity=20,
        max_batch_size=5,
        max_concurrent_flushes=1,
        flush_interval=60,
        on_flush_failure=lambda evs, err: failures.append((evs, err)),
    )
    batch = events(12)
    for e in batch:
        buffer.add(e)
    wait_until(lambda: buffer.stats.in_flight == 5)
    buffer.close(timeout=0.05)
    handed = [e for evs, _ in failures for e in evs]
    assert sorted(e.idempotency_key for e in handed) == sorted(e.idempotency_key for e in batch)
    assert all("close() gave up" in str(err) for _, err in failures)
    assert buffer.stats == monk.BufferStats(accepted=12, sent=0, failed=12, in_flight=0, buffered=0)
    server.gate.set()


def _run(script: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(MONK_HOME), os.environ.get("PYTHONPATH", "")]),
    }
    code = textwrap.dedent(script).format(url=url, key=KEY)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_events_left_in_a_buffer_are_sent_at_interpreter_exit() -> None:
    script = """
        import monk
        client = monk.Monk(api_key="{key}", events_base_url="{url}")
        buffer = client.events.buffered(flush_interval=60, max_batch_size=300)
        for i in range(1000):
            buffer.add(monk.Event("api_call", customer_id="c", idempotency_key=f"exit-{{i}}"))
        print(buffer.stats.accepted)
    """
    with EventsServer() as server:
        done = _run(script, server.url)
        assert done.returncode == 0, done.stderr
        assert server.keys == {f"exit-{i}" for i in range(1000)}
    assert done.stdout.strip() == "1000"


def test_events_left_in_an_async_buffer_are_sent_when_asyncio_run_ends() -> None:
    script = """
        import asyncio, monk
        async def main():
            client = monk.AsyncMonk(api_key="{key}", events_base_url="{url}")
            buffer = client.events.buffered(flush_interval=60, max_batch_size=300)
            for i in range(1000):
                await buffer.add(monk.Event("api_call", customer_id="c", idempotency_key=f"a-{{i}}"))
            return buffer  # still open, and still referenced, when the loop ends
        asyncio.run(main())
    """
    with EventsServer() as server:
        done = _run(script, server.url)
        assert done.returncode == 0, done.stderr
        assert server.keys == {f"a-{i}" for i in range(1000)}


def test_a_buffer_that_is_garbage_collected_is_flushed() -> None:
    server = Batches()
    client = client_for(server)
    buffer = client.events.buffered(flush_interval=60)
    for e in events(7):
        buffer.add(e)
    del buffer
    gc.collect()
    wait_until(lambda: len(server.keys()) == 7)


# --- failures --------------------------------------------------------------------------------


def test_on_flush_failure_gets_the_exact_events_after_retries_are_exhausted() -> None:
    server = Batches(fail=503)
    failures: list[tuple[list[monk.Event], BaseException]] = []
    retry = monk.RetryConfig(
        max_retries=2, base_delay=0.001, max_delay=0.002, circuit_breaker_threshold=0
    )
    buffer = client_for(server, retry=retry).events.buffered(
        max_batch_size=5,
        max_concurrent_flushes=1,
        flush_interval=60,
        on_flush_failure=lambda evs, err: failures.append((evs, err)),
    )
    batch = events(7)
    for e in batch:
        buffer.add(e)
    buffer.close()
    assert server.attempts == 2 * 3  # two batches, each tried once and retried twice
    assert [evs for evs, _ in failures] == [batch[:5], batch[5:]]
    # Equal events (the same bytes on the wire, the same keys); in-flight batches keep only their
    # encoded body, so they are decoded again rather than the very objects added.
    handed = [e for evs, _ in failures for e in evs]
    assert [e.to_json() for e in handed] == [e.to_json() for e in batch]
    assert all(isinstance(err, monk.InternalServerError) for _, err in failures)
    assert buffer.stats == monk.BufferStats(accepted=7, sent=0, failed=7, in_flight=0, buffered=0)
    assert buffer.failed_events() == []  # the callback took them


def test_a_400_is_not_retried_and_goes_to_the_callback() -> None:
    server = Batches(fail=400)
    failures: list[Any] = []
    with client_for(server).events.buffered(
        on_flush_failure=lambda evs, err: failures.append((len(evs), type(err)))
    ) as buffer:
        for e in events(3):
            buffer.add(e)
    assert server.attempts == 1
    assert failures == [(3, monk.BadRequestError)]


def test_without_a_callback_failures_are_logged_and_kept(caplog: pytest.LogCaptureFixture) -> None:
    server = Batches(fail=400)
    batch = events(4)
    with (
        caplog.at_level(logging.ERROR, logger="monk"),
        client_for(server).events.buffered() as buffer,
    ):
        for e in batch:
            buffer.add(e)
    assert "4 events failed to send" in caplog.text
    assert buffer.failed_events() == batch
    assert buffer.failed_events() == []  # taken once
    assert buffer.stats.failed == 4


def test_a_callback_that_raises_does_not_lose_the_events(caplog: pytest.LogCaptureFixture) -> None:
    def broken(evs: list[monk.Event], err: BaseException) -> None:
        raise RuntimeError("dead-letter store down")

    batch = events(3)
    with (
        caplog.at_level(logging.ERROR, logger="monk"),
        client_for(Batches(fail=400)).events.buffered(on_flush_failure=broken) as buffer,
    ):
        for e in batch:
            buffer.add(e)
    assert "on_flush_failure raised" in caplog.text
    assert buffer.failed_events() == batch


def test_an_open_circuit_delays_a_flush_but_loses_nothing() -> None:
    transitions: list[tuple[str, str]] = []
    retry = monk.RetryConfig(
        max_retries=3,
        base_delay=0.001,
        max_delay=0.002,
        circuit_breaker_threshold=1,
        circuit_breaker_cooldown=0.05,
    )
    breaker = monk.CircuitBreaker.from_config(
        retry, on_state_change=lambda old, new: transitions.append((old, new))
    )
    answers = iter([503])

    def flaky(request: httpx.Request) -> httpx.Response:
        if next(answers, 200) == 503:
            return httpx.Response(503, json={"error": {"message": "down", "code": "X"}})
        count = len(json.loads(request.content)["events"])
        return httpx.Response(200, json={"status": "accepted", "count": count, "requestId": "r"})

    failures: list[Any] = []
    client = client_for(flaky, retry=retry, _breaker=breaker)
    with client.events.buffered(on_flush_failure=lambda *a: failures.append(a)) as buffer:
        for e in events(5):
            buffer.add(e)
    assert failures == []
    assert buffer.stats.sent == 5
    assert transitions == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]


def test_a_circuit_open_past_the_deadline_goes_to_the_callback() -> None:
    retry = monk.RetryConfig(
        max_retries=3,
        base_delay=0.001,
        deadline=1.0,
        circuit_breaker_threshold=1,
        circuit_breaker_cooldown=30,
    )
    failures: list[tuple[list[monk.Event], BaseException]] = []
    batch = events(3)
    with client_for(Batches(fail=503), retry=retry).events.buffered(
        on_flush_failure=lambda evs, err: failures.append((evs, err))
    ) as buffer:
        for e in batch:
            buffer.add(e)
    ((evs, err),) = failures
    assert evs == batch
    assert isinstance(err, monk.CircuitOpenError)


def test_stats_add_up_while_sending() -> None:
    server = Batches(gate_open=False)
    buffer = client_for(server).events.buffered(
        capacity=50, max_batch_size=10, max_concurrent_flushes=2, flush_interval=60
    )
    for e in events(35):
        buffer.add(e)
    wait_until(lambda: buffer.stats.in_flight == 20)
    snapshot = buffer.stats
    assert adds_up(snapshot) and snapshot.buffered == 15
    server.gate.set()
    buffer.close()
    assert adds_up(buffer.stats) and buffer.stats.sent == 35


def test_close_from_the_failure_callback_is_refused() -> None:
    seen: list[BaseException] = []
    holder: dict[str, monk.EventBuffer] = {}

    def callback(evs: list[monk.Event], err: BaseException) -> None:
        try:
            holder["buffer"].close()
        except monk.MonkError as exc:
            seen.append(exc)

    with client_for(Batches(fail=400)).events.buffered(on_flush_failure=callback) as buffer:
        holder["buffer"] = buffer
        buffer.add(events(1)[0])
    assert len(seen) == 1 and "wait for itself" in str(seen[0])


# --- async -----------------------------------------------------------------------------------


async def test_async_fail_fast_and_block() -> None:
    server = AsyncBatches(gate_open=False)
    client = async_client_for(server.handle)
    buffer = client.events.buffered(
        capacity=10, max_batch_size=10, max_concurrent_flushes=1, flush_interval=60
    )
    for e in events(10, "a"):
        await buffer.add(e)
    await async_wait_until(lambda: buffer.stats.in_flight == 10)
    for e in events(10, "b"):
        buffer.add_nowait(e)
    with pytest.raises(monk.BufferFullError) as info:
        await buffer.add(events(1, "c")[0])
    assert info.value.capacity == 10
    with pytest.raises(monk.BufferFullError):
        buffer.add_nowait(events(1, "c")[0])
    server.async_gate.set()
    await buffer.close()
    assert buffer.stats.sent == 20

    server = AsyncBatches(gate_open=False)
    buffer = async_client_for(server.handle).events.buffered(
        capacity=10,
        max_batch_size=10,
        max_concurrent_flushes=1,
        flush_interval=60,
        backpressure="block",
    )
    batch = events(25)

    async def produce() -> None:
        for e in batch:
            await buffer.add(e)

    producer = asyncio.create_task(produce())
    await async_wait_until(lambda: buffer.stats.accepted == 20 and buffer.stats.in_flight == 10)
    await asyncio.sleep(0.05)
    assert not producer.done()
    with pytest.raises(monk.BufferFullError, match="stayed full"):
        await buffer.add(events(1, "x")[0], timeout=0.01)
    server.async_gate.set()
    await asyncio.wait_for(producer, 10)
    await buffer.close()
    assert server.keys() == [e.idempotency_key for e in batch]


async def test_async_interval_cap_and_close() -> None:
    server = AsyncBatches(gate_open=False)
    buffer = async_client_for(server.handle).events.buffered(
        capacity=100, max_batch_size=10, max_concurrent_flushes=2, flush_interval=60
    )
    for e in events(100):
        await buffer.add(e)
    await async_wait_until(lambda: server.active == 2)
    await asyncio.sleep(0.1)
    assert server.active == 2
    assert buffer.stats.in_flight == 20 and buffer.stats.buffered == 80
    server.async_gate.set()
    assert await buffer.flush() is True
    assert server.max_active == 2 and len(server.batches) == 10

    server = AsyncBatches()
    async with async_client_for(server.handle).events.buffered(
        max_batch_size=100, flush_interval=0.05
    ) as buffer:
        for e in events(3):
            await buffer.add(e)
        await async_wait_until(lambda: buffer.stats.sent == 3)
        assert server.batches == [["k0", "k1", "k2"]]
        for e in events(4, "late"):
            await buffer.add(e)
    assert buffer.stats == monk.BufferStats(accepted=7, sent=7, failed=0, in_flight=0, buffered=0)
    with pytest.raises(monk.MonkError, match="closed"):
        await buffer.add(events(1)[0])


async def test_async_failure_callback_may_be_a_coroutine() -> None:
    failures: list[tuple[list[monk.Event], BaseException]] = []

    async def dead_letter(evs: list[monk.Event], err: BaseException) -> None:
        await asyncio.sleep(0)
        failures.append((evs, err))

    retry = monk.RetryConfig(
        max_retries=2, base_delay=0.001, max_delay=0.002, circuit_breaker_threshold=0
    )
    server = AsyncBatches(fail=503)
    batch = events(7)
    async with async_client_for(server.handle, retry=retry).events.buffered(
        max_batch_size=5, max_concurrent_flushes=1, on_flush_failure=dead_letter
    ) as buffer:
        for e in batch:
            await buffer.add(e)
    assert server.attempts == 6
    assert [evs for evs, _ in failures] == [batch[:5], batch[5:]]
    assert all(isinstance(err, monk.InternalServerError) for _, err in failures)
    assert buffer.stats.failed == 7 and adds_up(buffer.stats)


async def test_async_without_callback_keeps_failures(caplog: pytest.LogCaptureFixture) -> None:
    batch = events(2)
    with caplog.at_level(logging.ERROR, logger="monk"):
        async with async_client_for(AsyncBatches(fail=400).handle).events.buffered() as buffer:
            for e in batch:
                await buffer.add(e)
    assert "2 events failed to send" in caplog.text
    assert buffer.failed_events() == batch


async def test_async_open_circuit_loses_nothing() -> None:
    retry = monk.RetryConfig(
        max_retries=3,
        base_delay=0.001,
        max_delay=0.002,
        circuit_breaker_threshold=1,
        circuit_breaker_cooldown=0.05,
    )
    transitions: list[tuple[str, str]] = []
    breaker = monk.CircuitBreaker.from_config(
        retry, on_state_change=lambda old, new: transitions.append((old, new))
    )
    answers = iter([503])

    async def flaky(request: httpx.Request) -> httpx.Response:
        if next(answers, 200) == 503:
            return httpx.Response(503, json={"error": {"message": "down", "code": "X"}})
        count = len(json.loads(request.content)["events"])
        return httpx.Response(200, json={"status": "accepted", "count": count, "requestId": "r"})

    async with async_client_for(flaky, retry=retry, _breaker=breaker).events.buffered() as buffer:
        for e in events(5):
            await buffer.add(e)
    assert buffer.stats.sent == 5
    assert transitions == [("closed", "open"), ("open", "half_open"), ("half_open", "closed")]


async def test_async_close_with_a_timeout_hands_over_the_rest() -> None:
    server = AsyncBatches(gate_open=False)
    failures: list[tuple[list[monk.Event], BaseException]] = []
    buffer = async_client_for(server.handle).events.buffered(
        max_batch_size=5,
        max_concurrent_flushes=1,
        flush_interval=60,
        on_flush_failure=lambda evs, err: failures.append((evs, err)),
    )
    batch = events(12)
    for e in batch:
        await buffer.add(e)
    await async_wait_until(lambda: buffer.stats.in_flight == 5)
    await buffer.close(timeout=0.05)
    handed = sorted(e.idempotency_key for evs, _ in failures for e in evs)
    assert handed == sorted(e.idempotency_key for e in batch)
    assert buffer.stats == monk.BufferStats(accepted=12, sent=0, failed=12, in_flight=0, buffered=0)
