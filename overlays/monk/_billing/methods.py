"""The billing methods of the resources, for what the spec cannot say: ``client.usage`` (a
customer's stored usage cost: a flow of the contract, the cost, then the grant rate when credits
are asked for), ``client.contracts.credits`` (the exact remaining balance, the grant rate) and
``client.pricing.estimate`` (1 to 500 synthetic events priced exactly). The other methods of those
resources are generated (``monk._generated.resources``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeAlias

from .._core.flow import arun, run
from .._core.options import Omit, omit, options
from .._core.resource import AsyncResource, SyncResource, docs_from
from .credits import RemainingCredits, grant_rate_flow, remaining_flow
from .estimate import CostEstimate, estimate_flow
from .usage import DateLike, PropertyFilters, Unit, UsageCost, cost_flow, to_date_flow

if TYPE_CHECKING:
    from decimal import Decimal

    import httpx

    from .._events.event import Event
    from .._generated.models import PricingEstimateEvent
    from .._generated.params import PricingEstimateEventParam

EstimateEvents: TypeAlias = Iterable["PricingEstimateEventParam | PricingEstimateEvent | Event"]

__all__ = [
    "AsyncCreditsMethods",
    "AsyncPricingMethods",
    "AsyncUsageMethods",
    "CreditsMethods",
    "EstimateEvents",
    "PricingMethods",
    "UsageMethods",
]


class UsageMethods(SyncResource):
    """Usage cost: real stored events priced as the invoice will price them."""

    __slots__ = ()

    def cost(
        self,
        *,
        customer_id: str | None = None,
        external_customer_id: str | None = None,
        contract_id: str | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        event_names: Iterable[str] | None = None,
        property_filters: PropertyFilters | None = None,
        unit: Unit | None = None,
        credit_rate_cents: int | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageCost:
        """The cost of a customer's stored usage over ``[start, end)``, in USD or credits.

        Name the customer with ``customer_id``, ``external_customer_id`` or ``contract_id`` (a
        ``customer_id`` given with a contract must be its customer). ``start``/``end`` (the API's
        ``startDate``/``endDate``) take a date (midnight UTC), an aware datetime or an ISO 8601
        string; ``end`` is exclusive. With ``contract_id`` a missing bound comes from the
        contract: its start date, and its end date or, for a rolling contract, now.
        ``event_names`` (at most 50) and ``property_filters`` (at most 20;
        ``{"sub_org_id": "org_xyz"}``) narrow the events. ``unit="credits"`` converts at the
        rate of the most recent credit grant (staying in USD when no grant has one);
        ``credit_rate_cents`` converts at a rate you choose. The options (``timeout``,
        ``extra_*``) apply to every request of the flow.
        """
        flow = cost_flow(
            self._engine,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            start=start,
            end=end,
            event_names=event_names,
            property_filters=property_filters,
            unit=unit,
            credit_rate_cents=credit_rate_cents,
        )
        return run(self._engine, flow, options(timeout, extra_headers, extra_query, extra_body))

    def to_date(
        self,
        contract_id: str,
        *,
        unit: Unit = "credits",
        event_names: Iterable[str] | None = None,
        property_filters: PropertyFilters | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageCost:
        """A contract's usage cost from its start date until now (or its end date, if past).

        In credits by default, for a dashboard's "spent so far"; in USD when no grant has a
        credit rate (check ``unit``).
        """
        flow = to_date_flow(
            self._engine,
            contract_id,
            unit=unit,
            event_names=event_names,
            property_filters=property_filters,
        )
        return run(self._engine, flow, options(timeout, extra_headers, extra_query, extra_body))


@docs_from(UsageMethods)
class AsyncUsageMethods(AsyncResource):
    __slots__ = ()

    async def cost(
        self,
        *,
        customer_id: str | None = None,
        external_customer_id: str | None = None,
        contract_id: str | None = None,
        start: DateLike | None = None,
        end: DateLike | None = None,
        event_names: Iterable[str] | None = None,
        property_filters: PropertyFilters | None = None,
        unit: Unit | None = None,
        credit_rate_cents: int | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageCost:
        flow = cost_flow(
            self._engine,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            start=start,
            end=end,
            event_names=event_names,
            property_filters=property_filters,
            unit=unit,
            credit_rate_cents=credit_rate_cents,
        )
        call = options(timeout, extra_headers, extra_query, extra_body)
        return await arun(self._engine, flow, call)

    async def to_date(
        self,
        contract_id: str,
        *,
        unit: Unit = "credits",
        event_names: Iterable[str] | None = None,
        property_filters: PropertyFilters | None = None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageCost:
        flow = to_date_flow(
            self._engine,
            contract_id,
            unit=unit,
            event_names=event_names,
            property_filters=property_filters,
        )
        call = options(timeout, extra_headers, extra_query, extra_body)
        return await arun(self._engine, flow, call)


class CreditsMethods(SyncResource):
    """A contract's prepaid credits: balance, ledger and promotional grants.

    Credits are held per contract, in blocks: one per grant. A block is ``active`` (balance
    left, not expired), ``depleted`` (used up) or ``expired`` (past ``expiresAt``; unused paid
    credits become breakage revenue). Usage-based charges are deducted in near real time from
    the active blocks in ``priority`` order (1 first, FIFO): soonest expiry first, then
    promotional before paid, then lowest cost basis. Non-active blocks have no priority.

    :meth:`remaining` and :meth:`grant_rate` read amounts exactly, as Decimals, from the
    response text.
    """

    __slots__ = ()

    def remaining(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RemainingCredits:
        """The unused balance, exactly: ``credits`` (Decimal), ``cents`` and ``amount``."""
        call = options(timeout, extra_headers, extra_query, extra_body)
        return run(self._engine, remaining_flow(self._engine, contract_id), call)

    def grant_rate(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Decimal | None:
        """Cents per credit of the most recent grant with a rate (what ``unit="credits"``
        converts at), exactly; None when no grant has one (dollar-only or free grants).
        """
        call = options(timeout, extra_headers, extra_query, extra_body)
        return run(self._engine, grant_rate_flow(self._engine, contract_id), call)


@docs_from(CreditsMethods)
class AsyncCreditsMethods(AsyncResource):
    __slots__ = ()

    async def remaining(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RemainingCredits:
        call = options(timeout, extra_headers, extra_query, extra_body)
        return await arun(self._engine, remaining_flow(self._engine, contract_id), call)

    async def grant_rate(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Decimal | None:
        call = options(timeout, extra_headers, extra_query, extra_body)
        return await arun(self._engine, grant_rate_flow(self._engine, contract_id), call)


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
