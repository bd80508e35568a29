# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""The resources of ``Monk`` and ``AsyncMonk``, created on first use (a mixin each
inherits); ``with_raw_response`` gives the same resources returning raw responses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .resources import (
        AsyncContracts,
        AsyncContractsWithRawResponse,
        AsyncCustomers,
        AsyncCustomersWithRawResponse,
        AsyncEvents,
        AsyncEventsWithRawResponse,
        AsyncInvoices,
        AsyncInvoicesWithRawResponse,
        AsyncMeters,
        AsyncMetersWithRawResponse,
        AsyncPlans,
        AsyncPlansWithRawResponse,
        AsyncPricing,
        AsyncPricingWithRawResponse,
        AsyncUsage,
        AsyncUsageWithRawResponse,
        Contracts,
        ContractsWithRawResponse,
        Customers,
        CustomersWithRawResponse,
        Events,
        EventsWithRawResponse,
        Invoices,
        InvoicesWithRawResponse,
        Meters,
        MetersWithRawResponse,
        Plans,
        PlansWithRawResponse,
        Pricing,
        PricingWithRawResponse,
        Usage,
        UsageWithRawResponse,
    )

__all__ = ["AsyncResources", "AsyncWithRawResponse", "SyncResources", "WithRawResponse"]


class SyncResources:
    """The resource attributes of :class:`~monk.Monk`."""

    __slots__ = ()

    def _resource(self, name: str) -> Any:
        """The resource class ``name``'s instance for this client."""
        raise NotImplementedError

    @property
    def customers(self) -> Customers:
        """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""
        return self._resource("Customers")  # type: ignore[no-any-return]

    @property
    def meters(self) -> Meters:
        """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""
        return self._resource("Meters")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> Pricing:
        """Pricing configurations: the rate a meter's usage is charged at."""
        return self._resource("Pricing")  # type: ignore[no-any-return]

    @property
    def plans(self) -> Plans:
        """Plans bundle pricing into a subscription template."""
        return self._resource("Plans")  # type: ignore[no-any-return]

    @property
    def contracts(self) -> Contracts:
        """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""
        return self._resource("Contracts")  # type: ignore[no-any-return]

    @property
    def invoices(self) -> Invoices:
        """Invoices: finalised ones, the live upcoming one, and credit usage statements."""
        return self._resource("Invoices")  # type: ignore[no-any-return]

    @property
    def events(self) -> Events:
        """The Events API: ingestion (not rate limited), listing, usage queries, health."""
        return self._resource("Events")  # type: ignore[no-any-return]

    @property
    def usage(self) -> Usage:
        """Usage cost: real stored events priced as the invoice will price them."""
        return self._resource("Usage")  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same resources, each method returning the raw response.

        ``.parse()`` on it gives what the plain method returns.
        """
        return WithRawResponse(self)


class AsyncResources:
    """The resource attributes of :class:`~monk.AsyncMonk`."""

    __slots__ = ()

    def _resource(self, name: str) -> Any:
        """The resource class ``name``'s instance for this client."""
        raise NotImplementedError

    @property
    def customers(self) -> AsyncCustomers:
        """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""
        return self._resource("Customers")  # type: ignore[no-any-return]

    @property
    def meters(self) -> AsyncMeters:
        """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""
        return self._resource("Meters")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> AsyncPricing:
        """Pricing configurations: the rate a meter's usage is charged at."""
        return self._resource("Pricing")  # type: ignore[no-any-return]

    @property
    def plans(self) -> AsyncPlans:
        """Plans bundle pricing into a subscription template."""
        return self._resource("Plans")  # type: ignore[no-any-return]

    @property
    def contracts(self) -> AsyncContracts:
        """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""
        return self._resource("Contracts")  # type: ignore[no-any-return]

    @property
    def invoices(self) -> AsyncInvoices:
        """Invoices: finalised ones, the live upcoming one, and credit usage statements."""
        return self._resource("Invoices")  # type: ignore[no-any-return]

    @property
    def events(self) -> AsyncEvents:
        """The Events API: ingestion (not rate limited), listing, usage queries, health."""
        return self._resource("Events")  # type: ignore[no-any-return]

    @property
    def usage(self) -> AsyncUsage:
        """Usage cost: real stored events priced as the invoice will price them."""
        return self._resource("Usage")  # type: ignore[no-any-return]

    @property
    def with_raw_response(self) -> AsyncWithRawResponse:
        """The same resources, each method returning the raw response.

        ``.parse()`` on it gives what the plain method returns.
        """
        return AsyncWithRawResponse(self)


class WithRawResponse:
    """``client.with_raw_response``: the resources, each method returning the raw response."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @property
    def customers(self) -> CustomersWithRawResponse:
        """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""
        from .resources import CustomersWithRawResponse

        return CustomersWithRawResponse(self._client.customers)

    @property
    def meters(self) -> MetersWithRawResponse:
        """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""
        from .resources import MetersWithRawResponse

        return MetersWithRawResponse(self._client.meters)

    @property
    def pricing(self) -> PricingWithRawResponse:
        """Pricing configurations: the rate a meter's usage is charged at."""
        from .resources import PricingWithRawResponse

        return PricingWithRawResponse(self._client.pricing)

    @property
    def plans(self) -> PlansWithRawResponse:
        """Plans bundle pricing into a subscription template."""
        from .resources import PlansWithRawResponse

        return PlansWithRawResponse(self._client.plans)

    @property
    def contracts(self) -> ContractsWithRawResponse:
        """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""
        from .resources import ContractsWithRawResponse

        return ContractsWithRawResponse(self._client.contracts)

    @property
    def invoices(self) -> InvoicesWithRawResponse:
        """Invoices: finalised ones, the live upcoming one, and credit usage statements."""
        from .resources import InvoicesWithRawResponse

        return InvoicesWithRawResponse(self._client.invoices)

    @property
    def events(self) -> EventsWithRawResponse:
        """The Events API: ingestion (not rate limited), listing, usage queries, health."""
        from .resources import EventsWithRawResponse

        return EventsWithRawResponse(self._client.events)

    @property
    def usage(self) -> UsageWithRawResponse:
        """Usage cost: real stored events priced as the invoice will price them."""
        from .resources import UsageWithRawResponse

        return UsageWithRawResponse(self._client.usage)


class AsyncWithRawResponse:
    """``client.with_raw_response``: the resources, each method returning the raw response."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @property
    def customers(self) -> AsyncCustomersWithRawResponse:
        """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""
        from .resources import AsyncCustomersWithRawResponse

        return AsyncCustomersWithRawResponse(self._client.customers)

    @property
    def meters(self) -> AsyncMetersWithRawResponse:
        """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""
        from .resources import AsyncMetersWithRawResponse

        return AsyncMetersWithRawResponse(self._client.meters)

    @property
    def pricing(self) -> AsyncPricingWithRawResponse:
        """Pricing configurations: the rate a meter's usage is charged at."""
        from .resources import AsyncPricingWithRawResponse

        return AsyncPricingWithRawResponse(self._client.pricing)

    @property
    def plans(self) -> AsyncPlansWithRawResponse:
        """Plans bundle pricing into a subscription template."""
        from .resources import AsyncPlansWithRawResponse

        return AsyncPlansWithRawResponse(self._client.plans)

    @property
    def contracts(self) -> AsyncContractsWithRawResponse:
        """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""
        from .resources import AsyncContractsWithRawResponse

        return AsyncContractsWithRawResponse(self._client.contracts)

    @property
    def invoices(self) -> AsyncInvoicesWithRawResponse:
        """Invoices: finalised ones, the live upcoming one, and credit usage statements."""
        from .resources import AsyncInvoicesWithRawResponse

        return AsyncInvoicesWithRawResponse(self._client.invoices)

    @property
    def events(self) -> AsyncEventsWithRawResponse:
        """The Events API: ingestion (not rate limited), listing, usage queries, health."""
        from .resources import AsyncEventsWithRawResponse

        return AsyncEventsWithRawResponse(self._client.events)

    @property
    def usage(self) -> AsyncUsageWithRawResponse:
        """Usage cost: real stored events priced as the invoice will price them."""
        from .resources import AsyncUsageWithRawResponse

        return AsyncUsageWithRawResponse(self._client.usage)
