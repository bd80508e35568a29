"""``client.pricing.estimate``: 1 to 500 synthetic events priced exactly (amounts read as
Decimals from the response text); the other pricing methods are generated in ``_api``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeAlias

from .._core.flow import arun, run
from .._core.options import Omit, omit, options
from .._core.resource import AsyncResource, SyncResource, docs_from
from .estimate import CostEstimate, estimate_flow

if TYPE_CHECKING:
    import httpx

    from .._events.event import Event
    from .._generated.models import PricingEstimateEvent
    from .._generated.params import PricingEstimateEventParam

EstimateEvents: TypeAlias = Iterable["PricingEstimateEventParam | PricingEstimateEvent | Event"]

__all__ = ["AsyncPricingMethods", "EstimateEvents", "PricingMethods"]


class PricingMethods(SyncResource):
    """Pricing configurations: the rate a meter's usage is charged at."""

    __slots__ = ()

    def estimate(
        self,
        events: EstimateEvents,
        *,
        credit_rate_cents: int | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CostEstimate:
        """Price 1 to 500 synthetic events at the org-level rate cards; nothing is stored.

        Each event is a dict shaped like the API's JSON (``{"eventName": ..., "properties":
        {...}}``) or a generated ``PricingEstimateEvent``. Amounts come back as exact Decimals,
        in credits when ``credit_rate_cents`` (>= 1) is given. ``usage.cost`` prices real stored
        events.
        """
        flow = estimate_flow(self._engine, events, credit_rate_cents)
        return run(self._engine, flow, options(timeout, extra_headers, extra_query, extra_body))


@docs_from(PricingMethods)
class AsyncPricingMethods(AsyncResource):
    __slots__ = ()

    async def estimate(
        self,
        events: EstimateEvents,
        *,
        credit_rate_cents: int | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CostEstimate:
        flow = estimate_flow(self._engine, events, credit_rate_cents)
        call = options(timeout, extra_headers, extra_query, extra_body)
        return await arun(self._engine, flow, call)
