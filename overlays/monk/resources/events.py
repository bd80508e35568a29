"""``client.events``: send usage events, list them, query usage, probe the Events API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import EVENTS_HOST, ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
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


class Events(SyncResource):
    """The Events API: ingestion (not rate limited), listing, usage queries, health."""

    def send(self, body: Any = None, /, **fields: Any) -> CreateEventResponse:
        """Send one event."""
        return self._client._call(SEND, body=body, **fields)

    def send_batch(self, body: Any = None, /, **fields: Any) -> BatchCreateEventsResponse:
        """Send up to 10,000 events in one request."""
        return self._client._call(SEND_BATCH, body=body, **fields)

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

    async def send(self, body: Any = None, /, **fields: Any) -> CreateEventResponse:
        return await self._client._call(SEND, body=body, **fields)

    async def send_batch(self, body: Any = None, /, **fields: Any) -> BatchCreateEventsResponse:
        return await self._client._call(SEND_BATCH, body=body, **fields)

    def list(self, **params: Any) -> AsyncPager[EventRecord]:
        return self._client._list(LIST, **params)

    async def query_usage(self, **params: Any) -> UsageQueryResult:
        return await self._client._call(QUERY_USAGE, **params)

    async def liveness(self) -> HealthStatus:
        return await self._client._call(LIVENESS)

    async def readiness(self) -> HealthStatus:
        return await self._client._call(READINESS)
