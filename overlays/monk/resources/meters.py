"""``client.meters``: what events count, and how they aggregate into billable usage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import ArchiveMeterResponse, Meter
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncMeters", "Meters"]

CREATE: Operation[Meter] = Operation("meters.create_meter", method="meters.create")
GET: Operation[Meter] = Operation("meters.get_meter", method="meters.get")
LIST: ListOperation[Meter] = ListOperation("meters.list_meters", method="meters.list")
ARCHIVE: Operation[ArchiveMeterResponse] = Operation(
    "meters.archive_meter", method="meters.archive"
)


class Meters(SyncResource):
    """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""

    def create(self, body: Any = None, /, **fields: Any) -> Meter:
        """Create a meter (``code``, ``display_name``, ``aggregation_type``...)."""
        return self._client._call(CREATE, body=body, **fields)

    def get(self, meter_id: str) -> Meter:
        """Fetch one meter by id."""
        return self._client._call(GET, meter_id)

    def list(self, **params: Any) -> SyncPage[Meter]:
        """Meters, page by page (``status``, ``limit``, ``offset``)."""
        return self._client._list(LIST, **params)

    def archive(self, meter_id: str) -> ArchiveMeterResponse:
        """Archive (soft-delete) a meter; it must not be linked to active pricing."""
        return self._client._call(ARCHIVE, meter_id)


class AsyncMeters(AsyncResource):
    """Meters (async)."""

    async def create(self, body: Any = None, /, **fields: Any) -> Meter:
        return await self._client._call(CREATE, body=body, **fields)

    async def get(self, meter_id: str) -> Meter:
        return await self._client._call(GET, meter_id)

    def list(self, **params: Any) -> AsyncPager[Meter]:
        return self._client._list(LIST, **params)

    async def archive(self, meter_id: str) -> ArchiveMeterResponse:
        return await self._client._call(ARCHIVE, meter_id)
