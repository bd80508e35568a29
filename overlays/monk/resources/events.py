"""``client.events``: send usage events, list them, query usage, probe the Events API.

Which way to send: ``send`` (one event, confirmed), ``send_batch`` (many, one request per 10,000,
confirmed per request), ``buffered`` (a stream, sent in the background). See the README's "Sending usage events".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._event import Event
from .._exceptions import MonkError, ValidationError, _ValidationTypeError
from .._ingest import (
    MAX_BATCH_SIZE,
    AsyncEventBuffer,
    Backpressure,
    BatchProgress,
    BatchResult,
    EventBuffer,
    FlushFailureCallback,
    batch_body,
    check_batch,
)
from .._operation import EVENTS_HOST, ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._event import Clock
    from .._generated.models import (
        BatchCreateEventsResponse,
        CreateEventResponse,
        EventRecord,
        HealthStatus,
        UsageQueryResult,
    )
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncEvents", "Events"]

# Every event carries an idempotency key, so re-sending is safe: the latest version wins.
SEND: Operation[CreateEventResponse] = Operation(
    "events.create_event", method="events.send", host=EVENTS_HOST, idempotent=True
)
SEND_BATCH: Operation[BatchCreateEventsResponse] = Operation(
    "events.batch_create_events", method="events.send_batch", host=EVENTS_HOST, idempotent=True
)
LIST: ListOperation[EventRecord] = ListOperation(
    "events.list_events", method="events.list", items="events", host=EVENTS_HOST
)
QUERY_USAGE: Operation[UsageQueryResult] = Operation(
    "events.query_usage", method="events.query_usage", host=EVENTS_HOST
)
LIVENESS: Operation[HealthStatus] = Operation(
    "events.get_liveness", method="events.liveness", host=EVENTS_HOST
)
READINESS: Operation[HealthStatus] = Operation(
    "events.get_readiness", method="events.readiness", host=EVENTS_HOST
)


_EVENT_FIELDS = frozenset(
    {
        "event_name",
        "customer_id",
        "external_customer_id",
        "properties",
        "timestamp",
        "idempotency_key",
        "contract_id",
    }
)


def _one_event(event: Event | None, fields: dict[str, Any], clock: Clock) -> Event:
    """``send``'s argument: an Event, or the keyword arguments of one."""
    if event is None:
        if "event_name" not in fields:
            raise ValidationError("event_name", "is required (or pass a monk.Event)")
        unknown = sorted(set(fields) - _EVENT_FIELDS)
        if unknown:
            raise _ValidationTypeError(unknown[0], "is not a field of an event")
        return Event(clock=clock, **fields)
    if fields:
        raise _ValidationTypeError(
            "event", "send() takes a monk.Event or Event's keyword arguments, not both"
        )
    if not isinstance(event, Event):
        raise ValidationError("event", f"must be a monk.Event, not {type(event).__name__}")
    return event


class Events(SyncResource):
    """The Events API: ingestion (not rate limited), listing, usage queries, health."""

    def send(self, event: Event | None = None, /, **fields: Any) -> CreateEventResponse:
        """Send one event; the response has ``status``, ``idempotency_key``, ``request_id``.

        Pass a :class:`~monk.Event`, or Event's keyword arguments:
        ``send(event_name="api_call", customer_id=..., properties={"tokens": 42})``.
        Retried on 5xx, 429 and connection errors: the event's idempotency key makes that safe.
        """
        event = _one_event(event, fields, self._client._clock)
        return self._client._result(SEND, self._client._send_content(SEND, event._json))

    def send_batch(
        self, events: Iterable[Event], *, max_batch_size: int = MAX_BATCH_SIZE
    ) -> BatchResult:
        """Send events in requests of at most ``max_batch_size`` (10,000, the API's limit).

        Every item is checked before the first request. A chunk that still fails after its
        retries raises, with a note of how many events were sent before it; sending the whole
        batch again is safe, as each event keeps its idempotency key.
        """
        chunks = check_batch(events, max_batch_size)
        progress = BatchProgress(chunks)
        for chunk in chunks:
            try:
                response = self._client._send_content(SEND_BATCH, batch_body(chunk))
            except MonkError as exc:
                progress.note_failure(exc)
                raise
            progress.record(chunk, self._client._result(SEND_BATCH, response))
        return progress.result()

    def buffered(
        self,
        *,
        capacity: int = MAX_BATCH_SIZE,
        max_batch_size: int = MAX_BATCH_SIZE,
        flush_interval: float = 0.5,
        max_concurrent_flushes: int = 4,
        backpressure: Backpressure = "fail_fast",
        on_flush_failure: FlushFailureCallback | None = None,
    ) -> EventBuffer:
        """A background sender for a stream of events: ``with client.events.buffered() as buf``.

        See :class:`~monk.EventBuffer`; the defaults are the Rust SDK's BufferConfig.
        """
        return EventBuffer(
            self._client,
            capacity=capacity,
            max_batch_size=max_batch_size,
            flush_interval=flush_interval,
            max_concurrent_flushes=max_concurrent_flushes,
            backpressure=backpressure,
            on_flush_failure=on_flush_failure,
        )

    def list(self, **params: Any) -> SyncPage[EventRecord]:
        """Ingested events, page by page (``event_name``, ``customer_id``, ``start``, ``end``)."""
        return self._client._list(LIST, **params)

    def query_usage(self, **params: Any) -> UsageQueryResult:
        """Aggregated event counts for a date range (``start``, ``end``, ``event_name``)."""
        return self._client._call(QUERY_USAGE, **params)

    def liveness(self) -> HealthStatus:
        """The Events API's liveness probe."""
        return self._client._call(LIVENESS)

    def readiness(self) -> HealthStatus:
        """The Events API's readiness probe."""
        return self._client._call(READINESS)


class AsyncEvents(AsyncResource):
    """The Events API (async)."""

    async def send(self, event: Event | None = None, /, **fields: Any) -> CreateEventResponse:
        event = _one_event(event, fields, self._client._clock)
        return self._client._result(SEND, await self._client._send_content(SEND, event._json))

    async def send_batch(
        self, events: Iterable[Event], *, max_batch_size: int = MAX_BATCH_SIZE
    ) -> BatchResult:
        chunks = check_batch(events, max_batch_size)
        progress = BatchProgress(chunks)
        for chunk in chunks:
            try:
                response = await self._client._send_content(SEND_BATCH, batch_body(chunk))
            except MonkError as exc:
                progress.note_failure(exc)
                raise
            progress.record(chunk, self._client._result(SEND_BATCH, response))
        return progress.result()

    def buffered(
        self,
        *,
        capacity: int = MAX_BATCH_SIZE,
        max_batch_size: int = MAX_BATCH_SIZE,
        flush_interval: float = 0.5,
        max_concurrent_flushes: int = 4,
        backpressure: Backpressure = "fail_fast",
        on_flush_failure: Any = None,
    ) -> AsyncEventBuffer:
        """An :class:`~monk.AsyncEventBuffer`: ``async with client.events.buffered() as buf``."""
        return AsyncEventBuffer(
            self._client,
            capacity=capacity,
            max_batch_size=max_batch_size,
            flush_interval=flush_interval,
            max_concurrent_flushes=max_concurrent_flushes,
            backpressure=backpressure,
            on_flush_failure=on_flush_failure,
        )

    def list(self, **params: Any) -> AsyncPager[EventRecord]:
        return self._client._list(LIST, **params)

    async def query_usage(self, **params: Any) -> UsageQueryResult:
        return await self._client._call(QUERY_USAGE, **params)

    async def liveness(self) -> HealthStatus:
        return await self._client._call(LIVENESS)

    async def readiness(self) -> HealthStatus:
        return await self._client._call(READINESS)
