"""Batching events: ``send_batch``'s chunks, and the buffered ingesters.

``EventBuffer`` (threads) and ``AsyncEventBuffer`` (asyncio tasks) are the Rust SDK's
``ingest_buffered``: ``add`` puts an event in a bounded buffer, a background flusher cuts a batch
when ``max_batch_size`` events are waiting or the oldest has waited ``flush_interval``, and at
most ``max_concurrent_flushes`` batches are sent at once, each through the client's retries and
circuit breaker. Every event added ends in exactly one place: sent, or handed to
``on_flush_failure`` (or kept in ``failed_events()`` when there is no callback); none is dropped
silently. The README's "Sending usage events" says which method to use when.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import dataclasses
import inspect
import json
import logging
import math
import os
import queue
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias

from ._event import Event, event_from_wire
from ._exceptions import (
    BufferFullError,
    CircuitOpenError,
    MonkError,
    UnacknowledgedEventsError,
    ValidationError,
)

if TYPE_CHECKING:
    import httpx

    from ._client import AsyncMonk, Monk
    from ._operation import Operation

__all__ = [
    "MAX_BATCH_SIZE",
    "AsyncEventBuffer",
    "BatchResult",
    "BufferStats",
    "EventBuffer",
    "FlushFailureCallback",
    "batch_body",
    "check_batch",
]

log = logging.getLogger("monk")

# The Events API takes at most this many events in one request.
MAX_BATCH_SIZE = 10_000
# The shortest wait before asking an open circuit breaker again.
_MIN_BREAKER_WAIT = 0.01

Backpressure: TypeAlias = Literal["fail_fast", "block"]
FlushFailureCallback: TypeAlias = Callable[[list[Event], BaseException], object]


# -- batches ----------------------------------------------------------------------------------


def batch_body(events: Sequence[Event]) -> bytes:
    """The batch request body, joined from each event's cached JSON (no re-encoding).

    One allocation for the whole body: the envelope rides on the first and last items, since
    copying a multi-megabyte body twice costs more than the join (fresh pages each time).
    """
    parts = [event._json for event in events]
    if not parts:
        return b'{"events":[]}'
    parts[0] = b'{"events":[' + parts[0]
    parts[-1] += b"]}"
    return b",".join(parts)


_PREFIX = '{"events":['
_DECODER = json.JSONDecoder(parse_float=Decimal)


def _events_of(body: bytes) -> list[Event]:
    """The events of a batch body again (a failed batch kept only its body).

    Each event keeps its exact bytes (the body is the join of them): the same JSON, keys and
    timestamps as when it was added, even for an event that has since aged past a check.
    """
    text = body.decode("utf-8")
    events: list[Event] = []
    position = len(_PREFIX)
    end = len(text) - 2  # before "]}"
    while position < end:
        data, stop = _DECODER.raw_decode(text, position)
        events.append(event_from_wire(text[position:stop].encode("utf-8"), data))
        position = stop + 1  # past the comma
    return events


def check_batch(events: Iterable[Event], max_batch_size: int) -> list[list[Event]]:
    """``events`` cut into chunks of at most ``max_batch_size``, once every item is checked."""
    _check_int("max_batch_size", max_batch_size, 1, MAX_BATCH_SIZE)
    if isinstance(events, Event) or not isinstance(events, Iterable):
        raise ValidationError("events", "must be a list (or other iterable) of monk.Event")
    items = list(events)
    if not items:
        raise ValidationError("events", "must not be empty")
    for index, event in enumerate(items):
        if not isinstance(event, Event):
            raise ValidationError(
                f"events[{index}]",
                f"must be a monk.Event, not {type(event).__name__} "
                "(build it with monk.Event(...) or monk.Event.from_dict(...))",
            )
    return [items[i : i + max_batch_size] for i in range(0, len(items), max_batch_size)]


@dataclasses.dataclass(frozen=True, slots=True)
class BatchResult:
    """What ``send_batch`` did: ``accepted`` is the sum of the counts Monk returned.

    ``requests`` is the number of batch requests (one per chunk; retries not counted),
    ``request_ids`` their ids, and ``idempotency_keys`` every event's key, in order.
    """

    accepted: int
    requests: int
    request_ids: tuple[str, ...]
    idempotency_keys: tuple[str, ...]

    def __repr__(self) -> str:
        # Short whatever the batch size: counts, not every key and request id.
        return (
            f"BatchResult(accepted={self.accepted}, requests={self.requests}, "
            f"events={len(self.idempotency_keys)})"
        )


def acknowledged(sent: int, count: object, request_id: str | None) -> int:
    """How many of ``sent`` events a 2xx batch response acknowledged, or
    :class:`~monk.UnacknowledgedEventsError` when its ``count`` is below ``sent``.

    The one rule for every sender (``send_batch``, the buffers, import, sync, Spark): a batch
    counts as delivered only when Monk's ``count`` covers all of it. A count that is not an
    integer (unreadable, not low) is logged and taken as the whole batch: the 2xx said accepted.
    """
    if isinstance(count, bool) or not isinstance(count, int):
        log.warning("monk: a batch response's count is %r, not an integer", count)
        return sent
    if count < sent:
        raise UnacknowledgedEventsError(sent=sent, accepted=count, request_id=request_id)
    if count > sent:
        log.warning("monk: sent a batch of %d events and Monk acknowledged %d", sent, count)
    return count


class BatchProgress:
    """``send_batch``'s running totals, shared by the sync and async resources."""

    __slots__ = ("accepted", "chunks", "request_ids", "sent")

    def __init__(self, chunks: list[list[Event]]) -> None:
        self.chunks = chunks
        self.accepted = 0
        self.sent = 0
        self.request_ids: list[str] = []

    def record(self, chunk: list[Event], response: Any) -> None:
        request_id = response.request_id if isinstance(response.request_id, str) else None
        count = acknowledged(len(chunk), response.count, request_id)
        self.accepted += count
        self.sent += len(chunk)
        self.request_ids.append(request_id or "")

    def note_failure(self, exc: BaseException) -> None:
        total = sum(len(chunk) for chunk in self.chunks)
        exc.add_note(
            f"monk: {self.sent} of {total} events were sent in {len(self.request_ids)} earlier "
            "requests; re-sending the whole batch is safe, as every event keeps its idempotency key"
        )

    def result(self) -> BatchResult:
        return BatchResult(
            accepted=self.accepted,
            requests=len(self.request_ids),
            request_ids=tuple(self.request_ids),
            idempotency_keys=tuple(e.idempotency_key for chunk in self.chunks for e in chunk),
        )


# -- shared buffer bookkeeping ----------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class BufferStats:
    """A snapshot of a buffer's counters; ``accepted == sent + failed + in_flight + buffered``.

    ``accepted``: events ``add`` took. ``sent``: events in batches Monk accepted. ``failed``:
    events handed to ``on_flush_failure`` or kept for ``failed_events()``. ``in_flight``: events
    in batches being sent (or retried, or waiting for the circuit breaker). ``buffered``: events
    waiting for a batch.
    """

    accepted: int
    sent: int
    failed: int
    in_flight: int
    buffered: int


def _check_int(name: str, value: object, low: int, high: float = math.inf) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        bound = f"between {low} and {high}" if high != math.inf else f">= {low}"
        raise ValidationError(name, f"must be an integer {bound}, not {value!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class _Config:
    capacity: int
    max_batch_size: int
    flush_interval: float
    max_concurrent_flushes: int
    block: bool
    on_flush_failure: FlushFailureCallback | None

    @classmethod
    def check(
        cls,
        *,
        capacity: int,
        max_batch_size: int,
        flush_interval: float,
        max_concurrent_flushes: int,
        backpressure: Backpressure,
        on_flush_failure: FlushFailureCallback | None,
    ) -> _Config:
        _check_int("capacity", capacity, 1)
        _check_int("max_batch_size", max_batch_size, 1, MAX_BATCH_SIZE)
        _check_int("max_concurrent_flushes", max_concurrent_flushes, 1, 64)
        if (
            isinstance(flush_interval, bool)
            or not isinstance(flush_interval, int | float)
            or not 0 < flush_interval < math.inf
        ):
            raise ValidationError(
                "flush_interval", f"must be a number of seconds > 0, not {flush_interval!r}"
            )
        if backpressure not in ("fail_fast", "block"):
            raise ValidationError(
                "backpressure", f"must be 'fail_fast' or 'block', not {backpressure!r}"
            )
        if on_flush_failure is not None and not callable(on_flush_failure):
            raise ValidationError("on_flush_failure", "must be a callable(events, error)")
        return cls(
            capacity,
            max_batch_size,
            float(flush_interval),
            max_concurrent_flushes,
            backpressure == "block",
            on_flush_failure,
        )


class _Batch:
    """Events cut from the buffer together; ``first`` is the add-order number of the first.

    ``claimed`` is set by whoever reports its outcome (the sender, or ``close`` giving up), so a
    batch is reported once. Once its body is encoded, only the body is kept (about half the
    memory of the events); a failed batch gets its events back from it (:attr:`events`).
    """

    __slots__ = ("_events", "body", "claimed", "count", "first")

    def __init__(self, events: list[Event], first: int) -> None:
        self._events: list[Event] | None = events
        self.body: bytes | None = None
        self.count = len(events)
        self.first = first
        self.claimed = False

    def encode(self) -> bytes:
        """The request body; from now on the batch holds it instead of the events."""
        body = self.body
        if body is None:
            assert self._events is not None
            body = self.body = batch_body(self._events)
            self._events = None
        return body

    @property
    def events(self) -> list[Event]:
        """The events, as added (decoded from the body again if it was encoded)."""
        if self._events is not None:
            return self._events
        assert self.body is not None
        return _events_of(self.body)


class _State:
    """The counters and the buffer. The sync ingester holds its lock around every call; the
    async one runs on one event loop. Nothing here blocks.
    """

    __slots__ = (
        "accepted",
        "batch_limit",
        "closing",
        "config",
        "cut",
        "events",
        "failed",
        "flush_target",
        "in_flight",
        "in_flight_events",
        "kept",
        "oldest",
        "sent",
    )

    def __init__(self, config: _Config) -> None:
        self.config = config
        self.batch_limit = min(config.max_batch_size, config.capacity)
        self.events: list[Event] = []
        self.accepted = 0  # events added; also the add-order number of the next one
        self.cut = 0  # events taken into batches
        self.sent = 0
        self.failed = 0
        self.in_flight: dict[int, _Batch] = {}
        self.in_flight_events = 0
        self.flush_target = 0  # flush() asked for every event numbered below this
        self.oldest = 0.0  # when the buffer last went from empty to one event
        self.closing = False
        self.kept: list[Event] = []  # failed events nobody took

    def full(self) -> bool:
        return len(self.events) >= self.config.capacity

    def append(self, event: Event) -> bool:
        """Buffer the event; True when the flusher should look again."""
        events = self.events
        events.append(event)
        self.accepted += 1
        count = len(events)
        if count == 1:
            self.oldest = time.monotonic()
            return True
        return count == self.batch_limit

    def cut_delay(self) -> float | None:
        """0 when a batch should be cut now, else how long until one should (None: no events)."""
        count = len(self.events)
        if not count:
            return None
        if count >= self.batch_limit or self.cut < self.flush_target or self.closing:
            return 0.0
        return max(0.0, self.oldest + self.config.flush_interval - time.monotonic())

    def take(self, limit: int) -> _Batch | None:
        events = self.events
        count = min(len(events), limit)
        if not count:
            return None
        if count == len(events):
            self.events = []
        else:
            events, self.events = events[:count], events[count:]
        batch = _Batch(events, self.cut)
        self.cut += count
        self.in_flight[batch.first] = batch
        self.in_flight_events += count
        return batch

    def claim(self, batch: _Batch) -> bool:
        if batch.claimed:
            return False
        batch.claimed = True
        return True

    def settle(self, batch: _Batch, *, sent: bool) -> None:
        del self.in_flight[batch.first]
        count = batch.count
        self.in_flight_events -= count
        if sent:
            self.sent += count
        else:
            self.failed += count

    def done(self, target: int) -> bool:
        """Whether every event numbered below ``target`` was sent or reported failed."""
        return self.cut >= target and all(first >= target for first in self.in_flight)

    def abandon(self) -> list[_Batch]:
        """``close`` ran out of time: claim what is left, buffered or in flight."""
        self.take(len(self.events))
        return [batch for batch in list(self.in_flight.values()) if self.claim(batch)]

    def stats(self) -> BufferStats:
        return BufferStats(
            accepted=self.accepted,
            sent=self.sent,
            failed=self.failed,
            in_flight=self.in_flight_events,
            buffered=len(self.events),
        )


def _check_event(event: object) -> None:
    if not isinstance(event, Event):
        raise ValidationError("event", f"must be a monk.Event, not {type(event).__name__}")


def _closed_error() -> MonkError:
    return MonkError("the event buffer is closed: add() after close()")


def _abandoned_error(count: int, timeout: float | None) -> MonkError:
    return MonkError(
        f"close() gave up after {timeout}s with {count} events not confirmed sent; they may or "
        "may not have reached Monk, and re-sending them is safe (same idempotency keys)"
    )


def _check_count(response: httpx.Response, count: int) -> None:
    """Monk says how many events it accepted; a different number is worth a warning."""
    try:
        accepted = response.json().get("count")
    except (ValueError, AttributeError, RecursionError):
        return
    if isinstance(accepted, int) and accepted != count:
        log.warning("monk: sent a batch of %d events and Monk accepted %d", count, accepted)


def _breaker_wait(exc: CircuitOpenError, started: float, deadline: float | None) -> float | None:
    """How long a batch that met an open circuit waits before asking again; None: give up.

    Waits are not retries (nothing was sent), but they share the RetryConfig deadline, counted
    from the batch's first attempt, so a long outage ends in on_flush_failure, not a hang.
    """
    wait = max(exc.retry_after, _MIN_BREAKER_WAIT)
    if deadline is not None and time.monotonic() - started + wait > deadline:
        return None
    return wait


def _log_failure(count: int, error: BaseException, *, callback_failed: bool) -> None:
    if callback_failed:
        log.exception(
            "monk: on_flush_failure raised; the %d events it was given are kept: "
            "take them with buffer.failed_events()",
            count,
        )
    else:
        log.error(
            "monk: %d events failed to send (%s: %s); they are kept: "
            "take them with buffer.failed_events()",
            count,
            type(error).__name__,
            error,
        )


# -- threads ----------------------------------------------------------------------------------

_OPEN: weakref.WeakSet[_ThreadIngester] = weakref.WeakSet()


@atexit.register
def _close_at_exit() -> None:
    """At interpreter exit, flush every buffer still open, waiting at most its retry deadline.

    Buffers are held weakly: one the program dropped has already begun closing (see
    ``EventBuffer``); the ones left are drained here. Worker threads are daemons, so nothing
    waits for them before this runs.
    """
    for ingester in list(_OPEN):
        try:
            ingester.close(ingester.client.retry.deadline)
        except Exception:
            log.exception("monk: closing an event buffer at exit failed")
    for async_ingester in list(_ASYNC_OPEN):
        async_ingester.close_at_exit()


class _ThreadIngester:
    """``EventBuffer``'s machinery: one flusher thread and ``max_concurrent_flushes`` senders.

    The threads hold this object, not the ``EventBuffer``, so a buffer the program drops can be
    collected; its finalizer closes this.
    """

    def __init__(self, client: Monk, config: _Config) -> None:
        from ._operations import BATCH_CREATE_EVENTS

        self.client = client
        self.op: Operation[Any] = BATCH_CREATE_EVENTS
        self.config = config
        self.capacity = config.capacity
        self.state = _State(config)
        self.pid = os.getpid()
        self.start()
        _OPEN.add(self)

    def start(self) -> None:
        """The lock, conditions and threads: made here, and made again in a forked child."""
        config = self.config
        self.lock = threading.Lock()
        self.wake = threading.Condition(self.lock)  # the flusher waits here
        self.room = threading.Condition(self.lock)  # producers blocked on a full buffer
        self.progress = threading.Condition(self.lock)  # flush() and close()
        self.slots = threading.Semaphore(config.max_concurrent_flushes)
        self.work: queue.SimpleQueue[_Batch | None] = queue.SimpleQueue()
        self.stopping = threading.Event()  # close() gave up: stop waiting on the breaker
        self.threads = [threading.Thread(target=self.flush_loop, name="monk-flusher", daemon=True)]
        self.threads += [
            threading.Thread(target=self.send_loop, name=f"monk-sender-{n}", daemon=True)
            for n in range(config.max_concurrent_flushes)
        ]
        for thread in self.threads:
            thread.start()

    def after_fork(self) -> None:
        """In a child after ``os.fork()``: start again, empty, with threads of its own.

        Only the forking thread survives a fork, so the parent's flusher and senders are gone,
        and their lock may be held forever. The events buffered or in flight at the fork stay
        the parent's to send (the child sending them too would double the work, and losing
        them in the parent would lose events): the child's buffer starts empty, its counters at
        zero. The client's connection pool is replaced too (see ``Monk``).
        """
        self.pid = os.getpid()
        self.state = _State(self.config)
        self.start()

    # -- producers ----------------------------------------------------------------------------

    def add(self, event: Event, timeout: float | None) -> None:
        # Once per event: State.append inlined, nothing looked up twice.
        if type(event) is not Event:
            _check_event(event)
        state = self.state
        with self.lock:
            if state.closing:
                raise _closed_error()
            events = state.events
            count = len(events)
            if count >= self.capacity:
                self.wait_for_room(timeout)
                events = state.events
                count = len(events)
            events.append(event)
            state.accepted += 1
            if not count:
                state.oldest = time.monotonic()
                self.wake.notify()
            elif count + 1 == state.batch_limit:
                self.wake.notify()

    def wait_for_room(self, timeout: float | None) -> None:
        capacity = self.config.capacity
        if not self.config.block:
            raise BufferFullError(capacity)
        deadline = None if timeout is None else time.monotonic() + timeout
        state = self.state
        while state.full() and not state.closing:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise BufferFullError(capacity, f"the event buffer stayed full for {timeout}s")
            self.room.wait(left)
        if state.closing:
            raise _closed_error()

    def flush(self, timeout: float | None) -> bool:
        self.refuse_own_thread("flush")
        state = self.state
        with self.lock:
            target = state.accepted
            state.flush_target = max(state.flush_target, target)
            self.wake.notify()
            return self.progress.wait_for(lambda: state.done(target), timeout)

    def close(self, timeout: float | None) -> None:
        self.refuse_own_thread("close")
        state = self.state
        with self.lock:
            state.closing = True
            self.wake.notify()
            self.room.notify_all()
            target = state.accepted
            if self.progress.wait_for(lambda: state.done(target), timeout):
                abandoned = []
            else:
                abandoned = state.abandon()
        if abandoned:
            self.stopping.set()
            for batch in abandoned:
                self.report(batch, _abandoned_error(batch.count, timeout))
        else:
            for thread in self.threads:
                thread.join(1.0)
        _OPEN.discard(self)

    def close_soon(self) -> None:
        """Close without waiting (the EventBuffer was garbage-collected): a thread does it."""
        if self.state.closing:
            return
        with contextlib.suppress(RuntimeError):  # no new threads at interpreter shutdown
            threading.Thread(target=self.close, args=(None,), daemon=True).start()

    def refuse_own_thread(self, what: str) -> None:
        if threading.current_thread() in self.threads:
            raise MonkError(f"{what}() from on_flush_failure would wait for itself")

    def stats(self) -> BufferStats:
        with self.lock:
            return self.state.stats()

    def failed_events(self) -> list[Event]:
        with self.lock:
            kept, self.state.kept = self.state.kept, []
        return kept

    # -- background threads -------------------------------------------------------------------

    def flush_loop(self) -> None:
        state = self.state
        while True:
            with self.lock:
                while (delay := state.cut_delay()) != 0.0:
                    if delay is None and state.closing:
                        for _ in range(self.config.max_concurrent_flushes):
                            self.work.put(None)
                        return
                    self.wake.wait(delay)
            self.slots.acquire()  # cut the batch only when a sender is free to take it
            with self.lock:
                batch = state.take(self.config.max_batch_size)
                self.room.notify_all()
            if batch is None:
                self.slots.release()
            else:
                self.work.put(batch)

    def send_loop(self) -> None:
        while (batch := self.work.get()) is not None:
            try:
                self.deliver(batch)
            finally:
                self.slots.release()

    def deliver(self, batch: _Batch) -> None:
        content = batch.encode()
        started = time.monotonic()
        while not batch.claimed:
            try:
                response = self.client._send_content(self.op, content)
            except CircuitOpenError as exc:
                wait = _breaker_wait(exc, started, self.client.retry.deadline)
                if wait is None:
                    self.fail(batch, exc)
                    return
                self.stopping.wait(wait)
            except Exception as exc:  # noqa: BLE001 (every failure must reach the callback)
                self.fail(batch, exc)
                return
            else:
                _check_count(response, batch.count)
                with self.lock:
                    if self.state.claim(batch):
                        self.state.settle(batch, sent=True)
                        self.progress.notify_all()
                return

    def fail(self, batch: _Batch, error: BaseException) -> None:
        with self.lock:
            if not self.state.claim(batch):
                return
        self.report(batch, error)

    def report(self, batch: _Batch, error: BaseException) -> None:
        """Hand a claimed batch to on_flush_failure (or keep it), then count it failed."""
        events = batch.events
        callback = self.config.on_flush_failure
        kept = callback is None
        if callback is not None:
            try:
                callback(list(events), error)
            except Exception:  # noqa: BLE001 (a failing callback must not lose the events)
                _log_failure(len(events), error, callback_failed=True)
                kept = True
        else:
            _log_failure(len(events), error, callback_failed=False)
        with self.lock:
            if kept:
                self.state.kept.extend(events)
            self.state.settle(batch, sent=False)
            self.progress.notify_all()


def _restart_in_child() -> None:
    for ingester in list(_OPEN):
        ingester.after_fork()
    for async_ingester in list(_ASYNC_OPEN):
        async_ingester.after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_restart_in_child)


class EventBuffer:
    """Buffered ingestion in background threads: ``client.events.buffered()`` makes one.

    ``add(event)`` returns at once (or waits for room, with ``backpressure="block"``); a flusher
    thread sends batches of up to ``max_batch_size`` events every ``flush_interval`` seconds or
    as soon as a batch is full, with at most ``max_concurrent_flushes`` requests at once. Each
    batch goes through the client's retries and circuit breaker; a batch that meets an open
    circuit waits for it (up to the RetryConfig deadline). A batch that still fails goes to
    ``on_flush_failure(events, error)``, called in a sender thread; with no callback it is
    logged and kept for :meth:`failed_events`. Close it (``with`` does) before closing the
    client; one left open is flushed at interpreter exit, or soon after it is garbage-collected.

    After ``os.fork()`` a buffer keeps working in the child: it starts again there, empty, with
    threads of its own (the events added before the fork are the parent's to send).
    """

    __slots__ = ("__weakref__", "_ingester")

    def __init__(
        self,
        client: Monk,
        *,
        capacity: int = MAX_BATCH_SIZE,
        max_batch_size: int = MAX_BATCH_SIZE,
        flush_interval: float = 0.5,
        max_concurrent_flushes: int = 4,
        backpressure: Backpressure = "fail_fast",
        on_flush_failure: FlushFailureCallback | None = None,
    ) -> None:
        config = _Config.check(
            capacity=capacity,
            max_batch_size=max_batch_size,
            flush_interval=flush_interval,
            max_concurrent_flushes=max_concurrent_flushes,
            backpressure=backpressure,
            on_flush_failure=on_flush_failure,
        )
        self._ingester = _ThreadIngester(client, config)
        weakref.finalize(self, self._ingester.close_soon).atexit = False

    def add(self, event: Event, *, timeout: float | None = None) -> None:
        """Buffer one event for sending.

        A full buffer raises :class:`~monk.BufferFullError` (``fail_fast``) or waits for room
        (``block``; after ``timeout`` seconds, if given, ``BufferFullError``). Raises
        :class:`~monk.MonkError` once the buffer is closed.
        """
        self._ingester.add(event, timeout)

    def flush(self, timeout: float | None = None) -> bool:
        """Send everything added so far and wait until each event is sent or reported failed.

        False if ``timeout`` seconds passed first (the sending goes on).
        """
        return self._ingester.flush(timeout)

    def close(self, timeout: float | None = None) -> None:
        """Stop taking events, send what is buffered, and wait for every batch to finish.

        After ``timeout`` seconds, what is still unsent goes to ``on_flush_failure`` (or
        :meth:`failed_events`) with a :class:`~monk.MonkError` saying so; some of it may still
        arrive, which is harmless (same idempotency keys). Closing twice is fine.
        """
        self._ingester.close(timeout)

    @property
    def stats(self) -> BufferStats:
        """A consistent snapshot of the counters."""
        return self._ingester.stats()

    def failed_events(self) -> list[Event]:
        """Take the events whose batch failed and that no ``on_flush_failure`` took."""
        return self._ingester.failed_events()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<EventBuffer {self.stats}>"


# -- asyncio ----------------------------------------------------------------------------------

_ASYNC_OPEN: weakref.WeakSet[_TaskIngester] = weakref.WeakSet()
# Tasks are held weakly by the event loop: running ingesters are kept here so theirs survive.
_RUNNING: set[_TaskIngester] = set()


class _Waiters:
    """Tasks waiting for a condition on one event loop; ``notify_all`` wakes them."""

    __slots__ = ("_futures",)

    def __init__(self) -> None:
        self._futures: list[asyncio.Future[None]] = []

    async def wait(self, timeout: float | None) -> None:
        """Wait for a notification; ``TimeoutError`` after ``timeout`` seconds."""
        future = asyncio.get_running_loop().create_future()
        self._futures.append(future)
        try:
            async with asyncio.timeout(timeout):
                await future
        finally:
            if future in self._futures:
                self._futures.remove(future)

    def notify_all(self) -> None:
        futures, self._futures = self._futures, []
        for future in futures:
            if not future.done():
                future.set_result(None)


class _TaskIngester:
    """``AsyncEventBuffer``'s machinery: a flusher task and one task per batch being sent."""

    def __init__(self, client: AsyncMonk, config: _Config) -> None:
        from ._operations import BATCH_CREATE_EVENTS

        self.client = client
        self.op: Operation[Any] = BATCH_CREATE_EVENTS
        self.config = config
        self.state = _State(config)
        self.wake = _Waiters()
        self.room = _Waiters()
        self.progress = _Waiters()
        self.slots: asyncio.Semaphore | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.flusher: asyncio.Task[None] | None = None
        self.senders: set[asyncio.Task[None]] = set()
        self.stopping: asyncio.Event | None = None

    def start(self) -> None:
        if self.flusher is not None:
            return
        self.loop = asyncio.get_running_loop()
        self.slots = asyncio.Semaphore(self.config.max_concurrent_flushes)
        self.stopping = asyncio.Event()
        self.flusher = self.loop.create_task(self.flush_loop(), name="monk-flusher")
        _RUNNING.add(self)
        _ASYNC_OPEN.add(self)

    # -- producers ----------------------------------------------------------------------------

    async def add(self, event: Event, timeout: float | None) -> None:
        if type(event) is not Event:
            _check_event(event)
        state = self.state
        if state.closing:
            raise _closed_error()
        self.start()
        if state.full():
            if not self.config.block:
                raise BufferFullError(self.config.capacity)
            try:
                async with asyncio.timeout(timeout):
                    while state.full() and not state.closing:
                        await self.room.wait(None)
            except TimeoutError:
                raise BufferFullError(
                    self.config.capacity, f"the event buffer stayed full for {timeout}s"
                ) from None
            if state.closing:
                raise _closed_error()
        if state.append(event):
            self.wake.notify_all()

    def add_nowait(self, event: Event) -> None:
        if type(event) is not Event:
            _check_event(event)
        state = self.state
        if state.closing:
            raise _closed_error()
        self.start()
        if state.full():
            raise BufferFullError(self.config.capacity)
        if state.append(event):
            self.wake.notify_all()

    async def wait_done(self, target: int, timeout: float | None) -> bool:
        state = self.state
        try:
            async with asyncio.timeout(timeout):
                while not state.done(target):
                    await self.progress.wait(None)
        except TimeoutError:
            return False
        return True

    async def flush(self, timeout: float | None) -> bool:
        state = self.state
        target = state.accepted
        if state.done(target):
            return True
        self.start()
        state.flush_target = max(state.flush_target, target)
        self.wake.notify_all()
        return await self.wait_done(target, timeout)

    async def close(self, timeout: float | None) -> None:
        state = self.state
        state.closing = True
        self.wake.notify_all()
        self.room.notify_all()
        if self.flusher is None:  # nothing was ever added
            return
        target = state.accepted
        if not await self.wait_done(target, timeout):
            abandoned = state.abandon()
            assert self.stopping is not None
            self.stopping.set()
            for batch in abandoned:
                await self.report(batch, _abandoned_error(batch.count, timeout))
            for task in list(self.senders):
                task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.flusher
        _ASYNC_OPEN.discard(self)

    def close_soon(self) -> None:
        """The AsyncEventBuffer was garbage-collected: close on its loop, without waiting."""
        loop = self.loop
        if loop is not None and loop.is_closed() and not self.state.done(self.state.accepted):
            self.hand_over_unsent()
            return
        if loop is None or loop.is_closed() or self.state.closing:
            return

        def begin() -> None:
            loop.create_task(self.close(None))

        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(begin)

    def close_at_exit(self) -> None:
        """Interpreter exit with this still open: finish on its loop if that can still run."""
        state = self.state
        if state.done(state.accepted):
            return
        loop = self.loop
        if loop is not None and not loop.is_closed() and not loop.is_running():
            try:
                loop.run_until_complete(self.close(self.client.retry.deadline))
            except Exception:
                log.exception("monk: closing an async event buffer at exit failed")
            else:
                return
        self.hand_over_unsent()

    def hand_over_unsent(self) -> None:
        """The loop ended with this buffer open: every event not sent goes to on_flush_failure.

        Nothing can be sent without the loop, so the buffered and in-flight batches are
        claimed and reported here, synchronously (a coroutine callback runs on a new loop).
        """
        state = self.state
        state.closing = True
        batches = state.abandon()
        if not batches:
            return
        count = sum(batch.count for batch in batches)
        error = MonkError(
            f"the event loop of an AsyncEventBuffer ended before close(): {count} events were "
            "not sent; await buffer.close() (or use `async with`) before the loop ends. "
            "Re-sending them is safe (same idempotency keys)"
        )
        log.error("monk: %s", error)
        for batch in batches:
            self.report_now(batch, error)
        _ASYNC_OPEN.discard(self)

    def report_now(self, batch: _Batch, error: BaseException) -> None:
        """``report`` without an event loop to await on."""
        events = batch.events
        callback = self.config.on_flush_failure
        kept = callback is None
        if callback is not None:
            try:
                result = callback(list(events), error)
                if inspect.isawaitable(result):
                    asyncio.run(_awaited(result))
            except Exception:  # noqa: BLE001 (a failing callback must not lose the events)
                _log_failure(len(events), error, callback_failed=True)
                kept = True
        if kept:
            state = self.state
            state.kept.extend(events)
        self.state.settle(batch, sent=False)

    def after_fork(self) -> None:
        """In a child after ``os.fork()``: start again, empty, on whichever loop adds next."""
        self.state = _State(self.config)
        self.wake, self.room, self.progress = _Waiters(), _Waiters(), _Waiters()
        self.slots = self.loop = self.flusher = self.stopping = None
        self.senders = set()

    def stats(self) -> BufferStats:
        return self.state.stats()

    def failed_events(self) -> list[Event]:
        kept, self.state.kept = self.state.kept, []
        return kept

    # -- background tasks ---------------------------------------------------------------------

    async def flush_loop(self) -> None:
        state = self.state
        slots = self.slots
        assert slots is not None
        try:
            while True:
                delay = state.cut_delay()
                if delay is None and state.closing:
                    break
                if delay != 0.0:
                    with contextlib.suppress(TimeoutError):
                        await self.wake.wait(delay)
                    continue
                await slots.acquire()
                batch = state.take(self.config.max_batch_size)
                self.room.notify_all()
                if batch is None:
                    slots.release()
                    continue
                task = asyncio.create_task(self.deliver(batch, slots))
                self.senders.add(task)
                task.add_done_callback(self.senders.discard)
            if self.senders:
                await asyncio.gather(*self.senders, return_exceptions=True)
        except asyncio.CancelledError:
            # The loop is ending (asyncio.run returned) with this buffer still open: send what
            # is left before going, as the sync buffer does at interpreter exit. A sender task
            # cancelled before its first step never ran, so its batch is still unclaimed.
            state.closing = True
            if self.senders:
                await asyncio.gather(*self.senders, return_exceptions=True)
            orphans = [batch for batch in list(state.in_flight.values()) if not batch.claimed]
            for batch in orphans:
                await self.deliver(batch, None)
            while (batch := state.take(self.config.max_batch_size)) is not None:
                await self.deliver(batch, None)
            raise
        finally:
            _RUNNING.discard(self)

    async def deliver(self, batch: _Batch, slots: asyncio.Semaphore | None) -> None:
        try:
            await self.deliver_once_more_if_cancelled(batch)
        finally:
            if slots is not None:
                slots.release()

    async def deliver_once_more_if_cancelled(self, batch: _Batch) -> None:
        try:
            await self.send(batch)
        except asyncio.CancelledError:
            # Cancelled mid-send: the loop is ending. One more try, then it is reported.
            if not batch.claimed:
                await self.send(batch)
            raise

    async def send(self, batch: _Batch) -> None:
        content = batch.encode()
        started = time.monotonic()
        stopping = self.stopping
        assert stopping is not None
        while not batch.claimed:
            try:
                response = await self.client._send_content(self.op, content)
            except CircuitOpenError as exc:
                wait = _breaker_wait(exc, started, self.client.retry.deadline)
                if wait is None:
                    await self.fail(batch, exc)
                    return
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait):
                        await stopping.wait()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 (every failure must reach the callback)
                await self.fail(batch, exc)
                return
            else:
                _check_count(response, batch.count)
                if self.state.claim(batch):
                    self.state.settle(batch, sent=True)
                    self.progress.notify_all()
                return

    async def fail(self, batch: _Batch, error: BaseException) -> None:
        if self.state.claim(batch):
            await self.report(batch, error)

    async def report(self, batch: _Batch, error: BaseException) -> None:
        events = batch.events
        callback = self.config.on_flush_failure
        kept = callback is None
        if callback is not None:
            try:
                result = callback(list(events), error)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # noqa: BLE001 (a failing callback must not lose the events)
                _log_failure(len(events), error, callback_failed=True)
                kept = True
        else:
            _log_failure(len(events), error, callback_failed=False)
        if kept:
            self.state.kept.extend(events)
        self.state.settle(batch, sent=False)
        self.progress.notify_all()


async def _awaited(result: Awaitable[object]) -> None:
    await result


class AsyncEventBuffer:
    """Buffered ingestion on asyncio: ``AsyncMonk().events.buffered()`` makes one.

    The same behaviour as :class:`EventBuffer`, with tasks instead of threads: ``await add``,
    ``await flush()``, ``await close()``, ``async with``. ``on_flush_failure`` may be a plain
    function or a coroutine function. Use it from one event loop; it is not thread-safe. Close it
    before the loop ends; if ``asyncio.run`` ends first, what is buffered is sent as its tasks
    are cancelled.
    """

    __slots__ = ("__weakref__", "_ingester")

    def __init__(
        self,
        client: AsyncMonk,
        *,
        capacity: int = MAX_BATCH_SIZE,
        max_batch_size: int = MAX_BATCH_SIZE,
        flush_interval: float = 0.5,
        max_concurrent_flushes: int = 4,
        backpressure: Backpressure = "fail_fast",
        on_flush_failure: FlushFailureCallback
        | Callable[[list[Event], BaseException], Awaitable[object]]
        | None = None,
    ) -> None:
        config = _Config.check(
            capacity=capacity,
            max_batch_size=max_batch_size,
            flush_interval=flush_interval,
            max_concurrent_flushes=max_concurrent_flushes,
            backpressure=backpressure,
            on_flush_failure=on_flush_failure,
        )
        self._ingester = _TaskIngester(client, config)
        weakref.finalize(self, self._ingester.close_soon).atexit = False

    async def add(self, event: Event, *, timeout: float | None = None) -> None:
        """Buffer one event; see :meth:`EventBuffer.add`."""
        await self._ingester.add(event, timeout)

    def add_nowait(self, event: Event) -> None:
        """Buffer one event, or raise :class:`~monk.BufferFullError` now if the buffer is full
        (whatever the backpressure mode). Must be called on the buffer's event loop.
        """
        self._ingester.add_nowait(event)

    async def flush(self, timeout: float | None = None) -> bool:
        """Send everything added so far and wait; see :meth:`EventBuffer.flush`."""
        return await self._ingester.flush(timeout)

    async def close(self, timeout: float | None = None) -> None:
        """Send what is buffered and wait; see :meth:`EventBuffer.close`."""
        await self._ingester.close(timeout)

    @property
    def stats(self) -> BufferStats:
        """A snapshot of the counters."""
        return self._ingester.stats()

    def failed_events(self) -> list[Event]:
        """Take the events whose batch failed and that no ``on_flush_failure`` took."""
        return self._ingester.failed_events()

    async def __aenter__(self) -> Self:
        self._ingester.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncEventBuffer {self.stats}>"
