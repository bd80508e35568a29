"""Batching events: ``send_batch``'s chunks, and the buffered ingesters.

``EventBuffer`` (threads) and ``AsyncEventBuffer`` (asyncio tasks) are the Rust SDK's
``ingest_buffered``: ``add`` puts an event in a bounded buffer, a background flusher cuts a batch
when ``max_batch_size`` events are waiting or the oldest has waited ``flush_interval``, and at
most ``max_concurrent_flushes`` batches are sent at once, each through the client's retries and
circuit breaker. Every event added ends in exactly one place: sent, or handed to
``on_flush_failure`` (or kept in ``failed_events()`` when there is no callback); none is dropped
silently. The README's "Sending usage events" says which method to use when.

With ``spool=path`` the buffer is also written to a local SQLite file (``_spool``): ``add``
returns once its event is committed there, and a batch leaves the spool only when Monk
acknowledged every event of it or it was handed to ``on_flush_failure``. Each ``add`` waiting
at the same time joins one transaction (group commit): the first to arrive commits for all.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
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
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias, TypedDict, Unpack

from .._core.fork import forget, renew_after_fork
from .._exceptions import (
    BufferFullError,
    CircuitOpenError,
    MonkError,
    UnacknowledgedEventsError,
    ValidationError,
    closed_error,
)
from .event import Event, event_from_wire

if TYPE_CHECKING:
    import httpx

    from .._core.engine import AsyncEngine, SyncEngine
    from .._core.operation import Operation
    from .spool import Spool, SpoolOptions, Synchronous

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
AsyncFlushFailureCallback: TypeAlias = (
    FlushFailureCallback | Callable[[list[Event], BaseException], Awaitable[object]]
)


class _Settings(TypedDict, total=False):
    capacity: int
    max_batch_size: int
    flush_interval: float
    max_concurrent_flushes: int
    backpressure: Backpressure
    spool: str | os.PathLike[str] | None
    spool_synchronous: Synchronous
    spool_max_bytes: int | None
    spool_commit_wait: float


class BufferOptions(_Settings, total=False):
    """The settings of ``client.events.buffered(**options)`` (see :class:`EventBuffer`); each
    may be left out (the defaults are the Rust SDK's BufferConfig, in ``_Config.check``)."""

    on_flush_failure: FlushFailureCallback | None


class AsyncBufferOptions(_Settings, total=False):
    """:class:`BufferOptions` of an :class:`AsyncEventBuffer`: the callback may be async."""

    on_flush_failure: AsyncFlushFailureCallback | None


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

    ``accepted``: events ``add`` took (with a spool, and those recovered from it). ``sent``:
    events in batches Monk accepted. ``failed``: events handed to ``on_flush_failure`` or kept
    for ``failed_events()``. ``in_flight``: events in batches being sent (or retried, or waiting
    for the circuit breaker). ``buffered``: events waiting for a batch.
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
    spool: SpoolOptions | None = None

    @classmethod
    def check(
        cls,
        *,
        capacity: int = MAX_BATCH_SIZE,
        max_batch_size: int = MAX_BATCH_SIZE,
        flush_interval: float = 0.5,
        max_concurrent_flushes: int = 4,
        backpressure: Backpressure = "fail_fast",
        on_flush_failure: AsyncFlushFailureCallback | None = None,
        spool: str | os.PathLike[str] | None = None,
        spool_synchronous: Synchronous = "NORMAL",
        spool_max_bytes: int | None = None,
        spool_commit_wait: float = 0.0,
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
        spooled = None
        if spool is not None:
            from .spool import SpoolOptions

            spooled = SpoolOptions.check(
                spool,
                synchronous=spool_synchronous,
                max_bytes=spool_max_bytes,
                commit_wait=spool_commit_wait,
            )
        return cls(
            capacity,
            max_batch_size,
            float(flush_interval),
            max_concurrent_flushes,
            backpressure == "block",
            on_flush_failure,
            spooled,
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

    def size(self) -> int:
        """The bytes of the events' JSON (the body without its envelope and commas)."""
        if self.body is not None:
            return len(self.body) - len(_PREFIX) - 2 - (self.count - 1)
        assert self._events is not None
        return sum(len(event._json) for event in self._events)

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

    def extend(self, events: list[Event]) -> bool:
        """Buffer events committed to the spool, in order; True when the flusher should look."""
        had = len(self.events)
        self.events.extend(events)
        self.accepted += len(events)
        if not had:
            self.oldest = time.monotonic()
            return True
        return had < self.batch_limit <= len(self.events)

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


def _abandoned_error(count: int, timeout: float | None) -> MonkError:
    return MonkError(
        f"close() gave up after {timeout}s with {count} events not confirmed sent; they may or "
        "may not have reached Monk, and re-sending them is safe (same idempotency keys)"
    )


def _count_error(response: httpx.Response, count: int) -> MonkError | None:
    """:func:`acknowledged`'s verdict on a buffer's batch response: the error that makes it a
    failed delivery (``on_flush_failure``, or kept; a spooled batch stays in the spool until
    then), or None. Which events are missing is not said, and re-sending all of them is safe,
    as each keeps its idempotency key."""
    try:
        data = response.json()
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    request_id = data.get("requestId")
    try:
        acknowledged(count, data.get("count"), request_id if isinstance(request_id, str) else None)
    except UnacknowledgedEventsError as exc:
        return exc
    return None


class _Group:
    """Events waiting to be committed to the spool together (one transaction)."""

    __slots__ = ("done", "error", "events", "size")

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.size = 0  # bytes of their JSON
        self.done = False
        self.error: BaseException | None = None


def _spool_full_error(config: _Config, timeout: float | None = None) -> BufferFullError:
    assert config.spool is not None
    waited = f"stayed full for {timeout}s" if timeout is not None else "is full"
    bound = config.spool.max_bytes
    spool = "" if bound is None else f", or spool_max_bytes={bound} bytes not yet acknowledged"
    return BufferFullError(
        config.capacity,
        f"the event buffer {waited} ({config.capacity} events waiting{spool}): "
        "add it again later, or use backpressure='block' to wait for room",
    )


def _spool_write_error(spool: Spool, exc: BaseException) -> MonkError:
    error = MonkError(f"the event could not be written to the spool {spool.path}: {exc}")
    error.__cause__ = exc
    return error


def _forked_error() -> MonkError:
    return MonkError(
        "a spooled event buffer cannot be used after os.fork(): the spool and its lock are the "
        "parent's; open a buffer on a spool path of the child's own"
    )


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


def _open_spool(options: SpoolOptions, state: _State) -> Spool:
    """Open and lock the spool; what it holds is buffered first, to be sent at once."""
    from .spool import Spool

    spool = Spool(options)
    try:
        recovered = spool.recover()
    except BaseException:
        spool.close()
        raise
    if recovered:
        state.extend(recovered)
        state.flush_target = state.accepted
        log.info("monk: %d unsent events recovered from the spool %s", len(recovered), spool.path)
    return spool


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
            ingester.close(ingester.engine.retry.deadline)
        except Exception:
            log.exception("monk: closing an event buffer at exit failed")
    for async_ingester in list(_ASYNC_OPEN):
        async_ingester.close_at_exit()


class _ThreadIngester:
    """``EventBuffer``'s machinery: one flusher thread and ``max_concurrent_flushes`` senders.

    The threads hold this object, not the ``EventBuffer``, so a buffer the program drops can be
    collected; its finalizer closes this.
    """

    def __init__(self, engine: SyncEngine, config: _Config) -> None:
        from .._generated.operations import BATCH_CREATE_EVENTS

        self.engine = engine
        self.op: Operation[Any] = BATCH_CREATE_EVENTS
        self.config = config
        self.capacity = config.capacity
        self.state = _State(config)
        self.pid = os.getpid()
        self.spool: Spool | None = None
        self.forked = False
        self.group = _Group()  # the events joining the next spool commit
        self.committing = False  # a producer is committing a group (it leads; others wait)
        self.waiting = 0  # producers waiting for a commit
        self.reserved = 0  # events in groups not yet committed
        self.reserved_bytes = 0
        self.kept_batches: list[_Batch] = []  # failed, kept: in the spool until taken
        self.commit_wait = 0.0
        if config.spool is not None:
            self.commit_wait = config.spool.commit_wait
            self.spool = _open_spool(config.spool, self.state)
        self.start()
        _OPEN.add(self)
        renew_after_fork(self, tier=1)

    def start(self) -> None:
        """The lock, conditions and threads: made here, and made again in a forked child."""
        config = self.config
        self.lock = threading.Lock()
        self.wake = threading.Condition(self.lock)  # the flusher waits here
        self.room = threading.Condition(self.lock)  # producers blocked on a full buffer
        self.progress = threading.Condition(self.lock)  # flush() and close()
        self.committed = threading.Condition(self.lock)  # producers waiting for a spool commit
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
        if self.spool is not None:
            # The spool, its connection and its lock are the parent's: never touched here.
            self.spool.forsake()
            self.spool = None
            self.forked = True
            self.state.closing = True
            self.group = _Group()
            self.committing = False
            self.waiting = self.reserved = self.reserved_bytes = 0
            self.kept_batches = []
        self.start()

    # -- producers ----------------------------------------------------------------------------

    def add(self, event: Event, timeout: float | None) -> None:
        # Once per event: State.append inlined, nothing looked up twice.
        if type(event) is not Event:
            _check_event(event)
        if self.spool is not None or self.forked:
            self.add_spooled(event, timeout)
            return
        state = self.state
        with self.lock:
            if state.closing:
                raise closed_error("event buffer")
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

    def add_spooled(self, event: Event, timeout: float | None) -> None:
        """Commit the event to the spool, then buffer it; return once both are done.

        Group commit: the producer that finds no commit under way leads one (after
        ``spool_commit_wait`` seconds, if set, for others to join) for every event waiting at
        that moment; the others wait for their group's commit. The leader buffers its group's
        events in commit order, before the next commit starts, so add order is row order.
        """
        if self.forked:
            raise _forked_error()
        size = len(event._json)
        state = self.state
        lock = self.lock
        with lock:
            if state.closing:
                raise closed_error("event buffer")
            if self.spool_full(size):
                self.wait_for_spool_room(size, timeout)
            if not self.committing and not self.commit_wait and not self.group.events:
                # Nobody is committing: this event commits alone, at once (one producer's
                # every add; the measured hot path, so the group's bookkeeping is skipped).
                self.committing = True
                self.reserved += 1
                self.reserved_bytes += size
                spool = self.spool
                assert spool is not None
                lock.release()
                error = None
                try:
                    spool.append_one(event)
                except Exception as exc:  # noqa: BLE001 (raised below, once the lock is back)
                    error = _spool_write_error(spool, exc)
                finally:
                    lock.acquire()
                    self.committing = False
                    self.reserved -= 1
                    self.reserved_bytes -= size
                    if error is None:
                        events = state.events
                        count = len(events)
                        events.append(event)
                        state.accepted += 1
                        if not count:
                            state.oldest = time.monotonic()
                            self.wake.notify()
                        elif count + 1 == state.batch_limit:
                            self.wake.notify()
                    if self.waiting:
                        self.committed.notify_all()
                if error is not None:
                    raise error
                return
            group = self.group
            group.events.append(event)
            group.size += size
            self.reserved += 1
            self.reserved_bytes += size
            while not group.done:
                if self.committing:
                    self.waiting += 1
                    self.committed.wait()
                    self.waiting -= 1
                else:
                    self.commit_group()
        if group.error is not None:
            raise group.error

    def commit_group(self) -> None:
        """Lead one commit (the lock held, released while writing)."""
        spool = self.spool
        assert spool is not None
        self.committing = True
        if self.commit_wait:
            self.committed.wait(self.commit_wait)  # others join meanwhile
        group, self.group = self.group, _Group()
        self.lock.release()
        try:
            spool.append(group.events)
        except Exception as exc:  # noqa: BLE001 (every add of the group gets the error)
            group.error = _spool_write_error(spool, exc)
        finally:
            self.lock.acquire()
            self.committing = False
            self.reserved -= len(group.events)
            self.reserved_bytes -= group.size
            group.done = True
            if group.error is None and self.state.extend(group.events):
                self.wake.notify()
            if self.waiting:
                self.committed.notify_all()

    def spool_full(self, size: int) -> bool:
        """Whether an event of ``size`` bytes must wait: ``capacity`` events are waiting for a
        batch, or the spool would pass ``spool_max_bytes`` (unless it holds nothing)."""
        if len(self.state.events) + self.reserved >= self.capacity:
            return True
        spool, options = self.spool, self.config.spool
        if spool is None or options is None or options.max_bytes is None:
            return False
        held = spool.bytes + self.reserved_bytes
        return held > 0 and held + size > options.max_bytes

    def wait_for_spool_room(self, size: int, timeout: float | None) -> None:
        if not self.config.block:
            raise _spool_full_error(self.config)
        deadline = None if timeout is None else time.monotonic() + timeout
        state = self.state
        while self.spool_full(size) and not state.closing:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise _spool_full_error(self.config, timeout)
            self.room.wait(left)
        if state.closing:
            raise closed_error("event buffer")

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
            raise closed_error("event buffer")

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
            # adds already committing finish first (they return normally), so they are sent
            self.waiting += 1
            self.committed.wait_for(lambda: not self.reserved)
            self.waiting -= 1
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
        spool, self.spool = self.spool, None
        if spool is not None:
            spool.close()  # what is left (kept failures) stays for the next buffer
        _OPEN.discard(self)
        forget(self)

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
            batches, self.kept_batches = self.kept_batches, []
        for batch in batches:  # taken now: they leave the spool
            self.acknowledge(batch)
        return kept

    def acknowledge(self, batch: _Batch) -> None:
        """Delete a batch from the spool: Monk accepted it, or it was handed over."""
        spool = self.spool
        if spool is None:
            return
        try:
            spool.delete(batch.first, batch.count, batch.size())
        except Exception:  # the events were delivered; a re-send is deduplicated
            log.exception(
                "monk: %d delivered events could not be deleted from the spool %s; "
                "the next buffer on it will send them again (same idempotency keys)",
                batch.count,
                spool.path,
            )

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
                response = self.engine.send_content(self.op, content)
            except CircuitOpenError as exc:
                wait = _breaker_wait(exc, started, self.engine.retry.deadline)
                if wait is None:
                    self.fail(batch, exc)
                    return
                self.stopping.wait(wait)
            except Exception as exc:  # noqa: BLE001 (every failure must reach the callback)
                self.fail(batch, exc)
                return
            else:
                error = _count_error(response, batch.count)
                if error is not None:
                    self.fail(batch, error)
                    return
                with self.lock:
                    if not self.state.claim(batch):
                        return
                    if self.spool is None:
                        self.state.settle(batch, sent=True)
                        self.progress.notify_all()
                        return
                self.acknowledge(batch)  # before it counts as sent: flush() means deleted
                with self.lock:
                    self.state.settle(batch, sent=True)
                    self.progress.notify_all()
                    self.room.notify_all()  # spool_max_bytes: room again
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
        if not kept:
            self.acknowledge(batch)
        with self.lock:
            if kept:
                self.state.kept.extend(events)
                if self.spool is not None:
                    self.kept_batches.append(batch)
            self.state.settle(batch, sent=False)
            self.progress.notify_all()
            self.room.notify_all()


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

    With ``spool=path`` (a file, or a directory to hold ``monk-events.spool``), ``add`` returns
    only once its event is committed to that local SQLite file (WAL mode, ``spool_synchronous``
    "FULL", "NORMAL" or "OFF"), and a batch leaves it only when Monk acknowledged every event
    or it was handed to ``on_flush_failure``. A buffer opened on a spool that holds events
    sends them first, with their original keys and bytes: a killed process loses nothing. Adds
    waiting at once share one commit (``spool_commit_wait`` seconds, if set, gathers more);
    ``spool_max_bytes`` bounds the events held, with the ``backpressure`` mode of a full
    buffer. One buffer per spool: another raises :class:`~monk.SpoolLockedError`.
    """

    __slots__ = ("__weakref__", "_ingester")

    def __init__(self, engine: SyncEngine, **options: Unpack[BufferOptions]) -> None:
        config = _Config.check(**options)
        self._ingester = _ThreadIngester(engine, config)
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

    def __init__(self, engine: AsyncEngine, config: _Config) -> None:
        from .._generated.operations import BATCH_CREATE_EVENTS

        self.engine = engine
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
        self.spool: Spool | None = None
        self.forked = False
        self.group = _Group()  # the events joining the next spool commit
        self.committer: asyncio.Task[None] | None = None  # the task committing groups
        self.committed = _Waiters()
        self.reserved = 0  # events in groups not yet committed
        self.reserved_bytes = 0
        self.kept_batches: list[_Batch] = []  # failed, kept: in the spool until taken
        # The spool's file I/O runs in one thread of its own, off the event loop.
        self.io: concurrent.futures.ThreadPoolExecutor | None = None
        if config.spool is not None:
            self.spool = _open_spool(config.spool, self.state)
            self.io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="monk-spool")

    def start(self) -> None:
        if self.flusher is not None:
            return
        self.loop = asyncio.get_running_loop()
        self.slots = asyncio.Semaphore(self.config.max_concurrent_flushes)
        self.stopping = asyncio.Event()
        self.flusher = self.loop.create_task(self.flush_loop(), name="monk-flusher")
        _RUNNING.add(self)
        _ASYNC_OPEN.add(self)
        renew_after_fork(self, tier=1)

    # -- producers ----------------------------------------------------------------------------

    async def add(self, event: Event, timeout: float | None) -> None:
        if type(event) is not Event:
            _check_event(event)
        if self.spool is not None or self.forked:
            await self.add_spooled(event, timeout)
            return
        state = self.state
        if state.closing:
            raise closed_error("event buffer")
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
                raise closed_error("event buffer")
        if state.append(event):
            self.wake.notify_all()

    async def add_spooled(self, event: Event, timeout: float | None) -> None:
        """Commit the event to the spool, then buffer it (see ``_ThreadIngester.add_spooled``).

        Group commit: the first add starts a committer task, which lets the loop turn once (or
        waits ``spool_commit_wait``) and commits every event added meanwhile in one transaction,
        in the spool's thread; the adds wait for their group.
        """
        if self.forked:
            raise _forked_error()
        state = self.state
        if state.closing:
            raise closed_error("event buffer")
        self.start()
        size = len(event._json)
        if self.spool_full(size):
            if not self.config.block:
                raise _spool_full_error(self.config)
            try:
                async with asyncio.timeout(timeout):
                    while self.spool_full(size) and not state.closing:
                        await self.room.wait(None)
            except TimeoutError:
                raise _spool_full_error(self.config, timeout) from None
            if state.closing:
                raise closed_error("event buffer")
        group = self.group
        group.events.append(event)
        group.size += size
        self.reserved += 1
        self.reserved_bytes += size
        if self.committer is None:
            loop = asyncio.get_running_loop()
            self.committer = loop.create_task(self.commit_groups(), name="monk-spool-commit")
        while not group.done:
            await self.committed.wait(None)
        if group.error is not None:
            raise group.error

    async def commit_groups(self) -> None:
        spool, options, io = self.spool, self.config.spool, self.io
        assert spool is not None and options is not None
        state = self.state
        loop = asyncio.get_running_loop()
        try:
            await asyncio.sleep(options.commit_wait)  # 0: one turn, for adds ready to join
            while self.group.events:
                group, self.group = self.group, _Group()
                try:
                    await loop.run_in_executor(io, spool.append, group.events)
                except Exception as exc:  # noqa: BLE001 (every add of the group gets it)
                    group.error = _spool_write_error(spool, exc)
                self.reserved -= len(group.events)
                self.reserved_bytes -= group.size
                group.done = True
                if group.error is None and state.extend(group.events):
                    self.wake.notify_all()
                self.committed.notify_all()
        finally:
            self.committer = None
            self.committed.notify_all()  # close() waits for this task to end

    def spool_full(self, size: int) -> bool:
        """See ``_ThreadIngester.spool_full``."""
        if len(self.state.events) + self.reserved >= self.config.capacity:
            return True
        spool, options = self.spool, self.config.spool
        if spool is None or options is None or options.max_bytes is None:
            return False
        held = spool.bytes + self.reserved_bytes
        return held > 0 and held + size > options.max_bytes

    def add_nowait(self, event: Event) -> None:
        if type(event) is not Event:
            _check_event(event)
        if self.spool is not None or self.forked:
            raise MonkError(
                "add_nowait() cannot wait for the spool's commit: use await buffer.add(event)"
            )
        state = self.state
        if state.closing:
            raise closed_error("event buffer")
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
        while self.committer is not None:  # adds already committing finish first
            await self.committed.wait(None)
        if self.flusher is None:
            if not state.events:  # nothing was ever added (or recovered)
                await self.close_spool()
                return
            self.start()
        target = state.accepted
        if not await self.wait_done(target, timeout):
            abandoned = state.abandon()
            assert self.stopping is not None
            self.stopping.set()
            for batch in abandoned:
                await self.report(batch, _abandoned_error(batch.count, timeout))
            for task in list(self.senders):
                task.cancel()
        assert self.flusher is not None
        with contextlib.suppress(asyncio.CancelledError):
            await self.flusher
        await self.close_spool()
        _ASYNC_OPEN.discard(self)
        forget(self)

    async def close_spool(self) -> None:
        """Close the spool (what is left, kept failures, stays for the next buffer)."""
        spool, io = self.spool, self.io
        if spool is None or io is None:
            return
        self.spool = None
        await asyncio.get_running_loop().run_in_executor(io, spool.close)
        io.shutdown(wait=False)

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
                loop.run_until_complete(self.close(self.engine.retry.deadline))
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
        spool, io = self.spool, self.io
        if spool is not None and io is not None:
            self.spool = None
            spool.close()
            io.shutdown(wait=False)
        _ASYNC_OPEN.discard(self)
        forget(self)

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
            if self.spool is not None:
                self.kept_batches.append(batch)
        else:
            self.acknowledge_now(batch)
        self.state.settle(batch, sent=False)

    def after_fork(self) -> None:
        """In a child after ``os.fork()``: start again, empty, on whichever loop adds next."""
        self.state = _State(self.config)
        self.wake, self.room, self.progress = _Waiters(), _Waiters(), _Waiters()
        self.slots = self.loop = self.flusher = self.stopping = None
        self.senders = set()
        if self.spool is not None:
            # The spool, its connection and its lock are the parent's: never touched here.
            self.spool.forsake()
            self.spool = self.io = self.committer = None
            self.forked = True
            self.state.closing = True
            self.group = _Group()
            self.committed = _Waiters()
            self.reserved = self.reserved_bytes = 0
            self.kept_batches = []

    def stats(self) -> BufferStats:
        return self.state.stats()

    def failed_events(self) -> list[Event]:
        kept, self.state.kept = self.state.kept, []
        batches, self.kept_batches = self.kept_batches, []
        for batch in batches:  # taken now: they leave the spool (a short write, on this thread)
            self.acknowledge_now(batch)
        return kept

    def acknowledge_now(self, batch: _Batch) -> None:
        """Delete a batch from the spool: Monk accepted it, or it was handed over."""
        spool = self.spool
        if spool is None:
            return
        try:
            spool.delete(batch.first, batch.count, batch.size())
        except Exception:  # the events were delivered; a re-send is deduplicated
            log.exception(
                "monk: %d delivered events could not be deleted from the spool %s; "
                "the next buffer on it will send them again (same idempotency keys)",
                batch.count,
                spool.path,
            )

    async def acknowledge(self, batch: _Batch) -> None:
        """``acknowledge_now`` in the spool's thread."""
        if self.spool is not None:
            await asyncio.get_running_loop().run_in_executor(self.io, self.acknowledge_now, batch)

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
                response = await self.engine.send_content(self.op, content)
            except CircuitOpenError as exc:
                wait = _breaker_wait(exc, started, self.engine.retry.deadline)
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
                error = _count_error(response, batch.count)
                if error is not None:
                    await self.fail(batch, error)
                    return
                if self.state.claim(batch):
                    if self.spool is not None:  # before it counts as sent: flush() means deleted
                        await self.acknowledge(batch)
                        self.room.notify_all()  # spool_max_bytes: room again
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
            if self.spool is not None:
                self.kept_batches.append(batch)
        else:
            await self.acknowledge(batch)
            self.room.notify_all()
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
    are cancelled. ``spool=`` works as for :class:`EventBuffer` (the spool's file I/O runs in a
    thread of its own; ``add_nowait`` cannot wait for a commit, so it raises on a spooled
    buffer).
    """

    __slots__ = ("__weakref__", "_ingester")

    def __init__(self, engine: AsyncEngine, **options: Unpack[AsyncBufferOptions]) -> None:
        config = _Config.check(**options)
        self._ingester = _TaskIngester(engine, config)
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
