"""``client.events``: what the spec cannot say about sending events (validation, idempotency
keys, chunked batches, a background buffer); ``list``, ``query_usage`` and the health probes are
generated (``monk._generated.resources``).

Which way to send: ``send`` (one event, confirmed), ``send_batch`` (many, one request per 10,000,
confirmed per request), ``buffered`` (a stream, sent in the background). See the README's "Sending usage events".
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack, overload

from .._core.options import Omit, given, omit, options
from .._core.resource import AsyncResource, SyncResource, docs_from
from .._exceptions import MonkError, ValidationError, _ValidationTypeError
from .._generated.operations import BATCH_CREATE_EVENTS, CREATE_EVENT
from .event import Event, PropertyValue
from .ingest import (
    MAX_BATCH_SIZE,
    AsyncBufferOptions,
    AsyncEventBuffer,
    BatchProgress,
    BatchResult,
    BufferOptions,
    EventBuffer,
    batch_body,
    check_batch,
)

if TYPE_CHECKING:
    import httpx

    from .._generated.models import CreateEventResponse
    from .event import Clock

__all__ = ["AsyncEventsMethods", "EventsMethods"]


def _one_event(event: Event | None, fields: dict[str, Any], clock: Clock) -> Event:
    """``send``'s argument: an Event, or the keyword arguments of one."""
    if event is None:
        if "event_name" not in fields:
            raise ValidationError("event_name", "is required (or pass a monk.Event)")
        return Event(clock=clock, **fields)  # the signature let only Event's fields through
    if fields:
        raise _ValidationTypeError(
            "event", "send() takes a monk.Event or Event's keyword arguments, not both"
        )
    if not isinstance(event, Event):
        raise ValidationError("event", f"must be a monk.Event, not {type(event).__name__}")
    return event


class EventsMethods(SyncResource):
    """The Events API: ingestion (not rate limited), listing, usage queries, health."""

    __slots__ = ()

    @overload
    def send(
        self,
        event: Event,
        /,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse: ...
    @overload
    def send(
        self,
        /,
        *,
        event_name: str,
        customer_id: str | uuid.UUID | Omit = omit,
        external_customer_id: str | Omit = omit,
        contract_id: str | uuid.UUID | Omit = omit,
        idempotency_key: str | uuid.UUID | Omit = omit,
        timestamp: datetime.datetime | str | Omit = omit,
        properties: Mapping[str, PropertyValue] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse: ...
    def send(
        self,
        event: Event | None = None,
        /,
        *,
        event_name: str | Omit = omit,
        customer_id: str | uuid.UUID | Omit = omit,
        external_customer_id: str | Omit = omit,
        contract_id: str | uuid.UUID | Omit = omit,
        idempotency_key: str | uuid.UUID | Omit = omit,
        timestamp: datetime.datetime | str | Omit = omit,
        properties: Mapping[str, PropertyValue] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse:
        """Send one event; the response has ``status``, ``idempotency_key``, ``request_id``.

        Pass a :class:`~monk.Event`, or Event's keyword arguments:
        ``send(event_name="api_call", customer_id=..., properties={"tokens": 42})``.
        ``idempotency_key`` defaults to a fresh UUID and ``timestamp`` to now. Retried on 5xx,
        429 and connection errors: the event's idempotency key makes that safe.
        """
        fields = given(
            event_name=event_name,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            idempotency_key=idempotency_key,
            timestamp=timestamp,
            properties=properties,
        )
        one = _one_event(event, fields, self._engine.clock)
        call = options(timeout, extra_headers, extra_query, extra_body)
        response = self._engine.send_content(CREATE_EVENT, one._json, call)
        return self._engine.result(CREATE_EVENT, response)

    def send_batch(
        self,
        events: Iterable[Event],
        *,
        max_batch_size: int = MAX_BATCH_SIZE,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BatchResult:
        """Send events in requests of at most ``max_batch_size`` (10,000, the API's limit).

        Every item is checked before the first request. A chunk that still fails after its
        retries raises, with a note of how many events were sent before it; sending the whole
        batch again is safe, as each event keeps its idempotency key.
        """
        chunks = check_batch(events, max_batch_size)
        progress = BatchProgress(chunks)
        call = options(timeout, extra_headers, extra_query, extra_body)
        for chunk in chunks:
            try:
                response = self._engine.send_content(BATCH_CREATE_EVENTS, batch_body(chunk), call)
                progress.record(chunk, self._engine.result(BATCH_CREATE_EVENTS, response))
            except MonkError as exc:
                progress.note_failure(exc)
                raise
        return progress.result()

    def buffered(self, **options: Unpack[BufferOptions]) -> EventBuffer:
        """A background sender for a stream of events: ``with client.events.buffered() as buf``.

        See :class:`~monk.EventBuffer` (``async with``: :class:`~monk.AsyncEventBuffer` on
        ``AsyncMonk``); the defaults are the Rust SDK's BufferConfig. ``spool="path"`` makes it
        crash-safe: ``add`` returns once the event is in a local SQLite spool, which a later
        buffer on the same path sends first (README: "Crash-safe buffering: `spool=`").
        """
        return EventBuffer(self._engine, **options)


@docs_from(EventsMethods)
class AsyncEventsMethods(AsyncResource):
    __slots__ = ()

    @overload
    async def send(
        self,
        event: Event,
        /,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse: ...
    @overload
    async def send(
        self,
        /,
        *,
        event_name: str,
        customer_id: str | uuid.UUID | Omit = omit,
        external_customer_id: str | Omit = omit,
        contract_id: str | uuid.UUID | Omit = omit,
        idempotency_key: str | uuid.UUID | Omit = omit,
        timestamp: datetime.datetime | str | Omit = omit,
        properties: Mapping[str, PropertyValue] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse: ...
    async def send(
        self,
        event: Event | None = None,
        /,
        *,
        event_name: str | Omit = omit,
        customer_id: str | uuid.UUID | Omit = omit,
        external_customer_id: str | Omit = omit,
        contract_id: str | uuid.UUID | Omit = omit,
        idempotency_key: str | uuid.UUID | Omit = omit,
        timestamp: datetime.datetime | str | Omit = omit,
        properties: Mapping[str, PropertyValue] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreateEventResponse:
        fields = given(
            event_name=event_name,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            idempotency_key=idempotency_key,
            timestamp=timestamp,
            properties=properties,
        )
        one = _one_event(event, fields, self._engine.clock)
        call = options(timeout, extra_headers, extra_query, extra_body)
        response = await self._engine.send_content(CREATE_EVENT, one._json, call)
        return self._engine.result(CREATE_EVENT, response)

    async def send_batch(
        self,
        events: Iterable[Event],
        *,
        max_batch_size: int = MAX_BATCH_SIZE,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BatchResult:
        chunks = check_batch(events, max_batch_size)
        progress = BatchProgress(chunks)
        call = options(timeout, extra_headers, extra_query, extra_body)
        for chunk in chunks:
            try:
                body = batch_body(chunk)
                response = await self._engine.send_content(BATCH_CREATE_EVENTS, body, call)
                progress.record(chunk, self._engine.result(BATCH_CREATE_EVENTS, response))
            except MonkError as exc:
                progress.note_failure(exc)
                raise
        return progress.result()

    def buffered(self, **options: Unpack[AsyncBufferOptions]) -> AsyncEventBuffer:
        return AsyncEventBuffer(self._engine, **options)
