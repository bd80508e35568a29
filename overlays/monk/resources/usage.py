"""``client.usage``: what a customer's stored usage cost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import UsageCostResponse

__all__ = ["AsyncUsage", "Usage"]

# A read-only query sent as POST: safe to retry.
COST: Operation[UsageCostResponse] = Operation(
    "usage.get_usage_cost", method="usage.cost", idempotent=True
)


class Usage(SyncResource):
    """Usage cost: real stored events priced as the invoice will price them."""

    def cost(self, body: Any = None, /, **fields: Any) -> UsageCostResponse:
        """The cost of a customer's usage over a date range, in USD or credits."""
        return self._client._call(COST, body=body, **fields)


class AsyncUsage(AsyncResource):
    """Usage cost (async)."""

    async def cost(self, body: Any = None, /, **fields: Any) -> UsageCostResponse:
        return await self._client._call(COST, body=body, **fields)
