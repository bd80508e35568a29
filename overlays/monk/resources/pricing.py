"""``client.pricing``: how metered usage is charged, and estimates for synthetic events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from .._estimate import CostEstimate, estimate_flow
from .._flow import arun, run
from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._generated.models import Pricing as PricingModel
    from .._generated.models import PricingEstimate, PricingEstimateEvent
    from .._pagination import AsyncPager, SyncPage

Events: TypeAlias = Iterable["Mapping[str, Any] | PricingEstimateEvent"]

__all__ = ["AsyncPricing", "Pricing"]

CREATE: Operation[PricingModel] = Operation("pricing.create_pricing", method="pricing.create")
GET: Operation[PricingModel] = Operation("pricing.get_pricing", method="pricing.get")
LIST: ListOperation[PricingModel] = ListOperation("pricing.list_pricing", method="pricing.list")
# A read-only query sent as POST: safe to retry.
ESTIMATE: Operation[PricingEstimate] = Operation(
    "pricing.estimate_event_pricing", method="pricing.estimate", idempotent=True
)


class Pricing(SyncResource):
    """Pricing configurations: the rate a meter's usage is charged at."""

    def create(self, body: Any = None, /, **fields: Any) -> PricingModel:
        """Create a pricing configuration for a meter."""
        return self._client._call(CREATE, body=body, **fields)

    def get(self, pricing_id: str) -> PricingModel:
        """Fetch one pricing configuration."""
        return self._client._call(GET, pricing_id)

    def list(self, **params: Any) -> SyncPage[PricingModel]:
        """Pricing configurations, page by page."""
        return self._client._list(LIST, **params)

    def estimate(self, events: Events, *, credit_rate_cents: int | None = None) -> CostEstimate:
        """Price 1 to 500 synthetic events at the org-level rate cards; nothing is stored.

        Each event is a dict shaped like the API's JSON (``{"eventName": ..., "properties":
        {...}}``) or a generated ``PricingEstimateEvent``. Amounts come back as exact Decimals,
        in credits when ``credit_rate_cents`` is given. ``usage.cost`` prices real stored events.
        """
        return run(self._client, estimate_flow(self._client, events, credit_rate_cents))


class AsyncPricing(AsyncResource):
    """Pricing (async)."""

    async def create(self, body: Any = None, /, **fields: Any) -> PricingModel:
        return await self._client._call(CREATE, body=body, **fields)

    async def get(self, pricing_id: str) -> PricingModel:
        return await self._client._call(GET, pricing_id)

    def list(self, **params: Any) -> AsyncPager[PricingModel]:
        return self._client._list(LIST, **params)

    async def estimate(
        self, events: Events, *, credit_rate_cents: int | None = None
    ) -> CostEstimate:
        return await arun(self._client, estimate_flow(self._client, events, credit_rate_cents))
