# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""The resources: a typed method per operation, sync and async, and each resource's raw
twin (``with_raw_response``).

Path parameters are positional; query and body fields are keyword-only and left out of
the request when left at ``omit``. Every method takes ``timeout``, ``extra_headers``,
``extra_query`` and ``extra_body``. Flows and ingestion come from the hand-written
mixins of the wings (events, billing)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from .._billing.methods import (
    AsyncCreditsMethods,
    AsyncPricingMethods,
    AsyncUsageMethods,
    CreditsMethods,
    PricingMethods,
    UsageMethods,
)
from .._core.options import Omit, given, omit, options
from .._core.resource import AsyncResource, SyncResource
from .._core.response import (
    async_pages_to_raw_response,
    async_to_raw_response,
    to_raw_response,
)
from .._events.methods import AsyncEventsMethods, EventsMethods
from .operations import (
    ARCHIVE_METER,
    CANCEL_CONTRACT,
    CHANGE_PLAN,
    CREATE_CONTRACT,
    CREATE_CREDIT_BUDGET,
    CREATE_CUSTOMER,
    CREATE_METER,
    CREATE_PLAN,
    CREATE_PRICING,
    DELETE_CREDIT_BUDGET,
    GET_BUDGET_USAGE,
    GET_CONTRACT,
    GET_CREDIT_BALANCE,
    GET_CREDIT_LEDGER,
    GET_CREDIT_USAGE_STATEMENT,
    GET_CUSTOMER,
    GET_INVOICE,
    GET_LIVENESS,
    GET_METER,
    GET_PLAN,
    GET_PRICING,
    GET_READINESS,
    GET_UPCOMING_INVOICE,
    GRANT_PROMOTIONAL_CREDITS,
    LIST_CONTRACTS,
    LIST_CREDIT_BUDGETS,
    LIST_CUSTOMERS,
    LIST_EVENTS,
    LIST_INVOICES,
    LIST_METERS,
    LIST_PLANS,
    LIST_PRICING,
    QUERY_USAGE,
    UPDATE_CONTRACT_METADATA,
    UPDATE_CREDIT_BUDGET,
    UPDATE_CUSTOMER,
)

if TYPE_CHECKING:
    import httpx

    from .._core.pagination import AsyncPager, SyncPage
    from .models import (
        ArchiveMeterResult,
        BudgetUsage,
        Contract,
        ContractCancellation,
        ContractCreditSettings,
        ContractPriceOverride,
        CreditBalanceAndBlocks,
        CreditBudget,
        CreditBudgetDeletion,
        CreditBudgetList,
        CreditLedger,
        CreditUsageStatement,
        Customer,
        CustomerBillingAddress,
        CustomerContact,
        EventRecord,
        HealthStatus,
        Invoice,
        Meter,
        MeterEventTypeFilter,
        MeterPropertyFilter,
        Plan,
        PlanChange,
        PricingTier,
        PromotionalCreditGrant,
        UpcomingInvoice,
        UsageQueryResult,
    )
    from .models import Pricing as PricingModel
    from .params import (
        ContractCreditSettingsParam,
        ContractPriceOverrideParam,
        CustomerBillingAddressParam,
        CustomerContactParam,
        MeterEventTypeFilterParam,
        MeterPropertyFilterParam,
        PricingTierParam,
    )

__all__ = [
    "AsyncBudgets",
    "AsyncBudgetsWithRawResponse",
    "AsyncContracts",
    "AsyncContractsWithRawResponse",
    "AsyncCredits",
    "AsyncCreditsWithRawResponse",
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "AsyncMeters",
    "AsyncMetersWithRawResponse",
    "AsyncPlans",
    "AsyncPlansWithRawResponse",
    "AsyncPricing",
    "AsyncPricingWithRawResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "Budgets",
    "BudgetsWithRawResponse",
    "Contracts",
    "ContractsWithRawResponse",
    "Credits",
    "CreditsWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "Meters",
    "MetersWithRawResponse",
    "Plans",
    "PlansWithRawResponse",
    "Pricing",
    "PricingWithRawResponse",
    "Usage",
    "UsageWithRawResponse",
]


class Credits(CreditsMethods):
    """A contract's prepaid credits: balance, ledger and promotional grants."""

    __slots__ = ()

    def balance(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBalanceAndBlocks:
        """Get Credit Balance and Blocks.

        Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
        deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest
        expiry first, then promotional before paid, then lowest cost basis (the third rule is cut
        off in the captures). A contract without a credit wallet returns a zero balance and an empty
        blocks array, not an error.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_CREDIT_BALANCE,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def ledger(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLedger:
        """Get Credit Ledger.

        All credit ledger entries of a contract, sorted by createdAt descending (newest first).
        amountCents sign by type: grant positive, usage negative, adjustment either, reversal the
        opposite of the entry it undoes, expiration negative. Every usage and expiration entry
        carries grantEntryId pointing at its source grant. A contract without a credit wallet
        returns an empty entries list, not an error. No pagination or filter parameters were seen.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_CREDIT_LEDGER,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def grant_promotional(
        self,
        contract_id: str,
        *,
        expires_at: datetime.datetime | str,
        amount_cents: int | Omit = omit,
        credit_rate_cents: int | Omit = omit,
        credit_amount: Decimal | int | str | Omit = omit,
        description: str | Omit = omit,
        external_id: str | Omit = omit,
        specifiers: Sequence[object] | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PromotionalCreditGrant:
        """Grant Promotional Credits.

        Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet
        on if it is not yet active. Every grant made here is promotional (do not send isPromotional;
        paid credit purchases are dashboard-only). Two input modes: dollar-only (send only
        amountCents, no credit-unit tracking) or rate mode (send creditRateCents together with
        creditAmount; the dollar amount is creditRateCents x creditAmount; creditRateCents 0 gives
        free credits). expiresAt is required. Reusing an externalId returns the entry already
        created instead of a new grant. Credits only pay for usage-based line items; deduction order
        is automatic (soonest expiry first, promotional before paid).

        Args:
            contract_id: Contract UUID. (required)
            expires_at: When the granted credits expire (ISO 8601). (``expiresAt``; required)
            amount_cents: Dollar-only mode amount in cents; send alone for a grant without credit-
                unit tracking. (``amountCents``; >= 0; inferred: not seen in Monk's docs)
            credit_rate_cents: Rate mode; cents per credit (0 = free credits); send together with
                creditAmount. (``creditRateCents``; >= 0; inferred: not seen in Monk's docs)
            credit_amount: Rate mode; number of credits to grant (e.g. 500); send together with
                creditRateCents. (``creditAmount``; > 0; inferred: not seen in Monk's docs)
            description: Free-text description of the grant. (inferred: not seen in Monk's docs)
            external_id: Idempotency key; reusing it returns the entry already created instead of a
                new grant. (``externalId``; at most 255 characters)
            specifiers: Restricts which usage the grant can pay for; omitted = applies to all usage.
                (inferred: not seen in Monk's docs)
            metadata: See Monk's API reference.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GRANT_PROMOTIONAL_CREDITS,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            expires_at=expires_at,
            **given(
                amount_cents=amount_cents,
                credit_rate_cents=credit_rate_cents,
                credit_amount=credit_amount,
                description=description,
                external_id=external_id,
                specifiers=specifiers,
                metadata=metadata,
            ),
        )


class CreditsWithRawResponse:
    """A contract's prepaid credits: balance, ledger and promotional grants: each method returns the
    raw response (``.parse()``).
    """

    __slots__ = (
        "balance",
        "grant_promotional",
        "ledger",
    )

    def __init__(self, credits_: Credits) -> None:
        self.balance = to_raw_response(credits_.balance)
        self.ledger = to_raw_response(credits_.ledger)
        self.grant_promotional = to_raw_response(credits_.grant_promotional)


class AsyncCredits(AsyncCreditsMethods):
    """A contract's prepaid credits: balance, ledger and promotional grants."""

    __slots__ = ()

    async def balance(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBalanceAndBlocks:
        """Get Credit Balance and Blocks.

        Current aggregate credit balance of a contract plus every credit block (grant) with its FIFO
        deduction priority. Active blocks carry priority (1 = deducted first), ordered by soonest
        expiry first, then promotional before paid, then lowest cost basis (the third rule is cut
        off in the captures). A contract without a credit wallet returns a zero balance and an empty
        blocks array, not an error.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_CREDIT_BALANCE,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def ledger(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLedger:
        """Get Credit Ledger.

        All credit ledger entries of a contract, sorted by createdAt descending (newest first).
        amountCents sign by type: grant positive, usage negative, adjustment either, reversal the
        opposite of the entry it undoes, expiration negative. Every usage and expiration entry
        carries grantEntryId pointing at its source grant. A contract without a credit wallet
        returns an empty entries list, not an error. No pagination or filter parameters were seen.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_CREDIT_LEDGER,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def grant_promotional(
        self,
        contract_id: str,
        *,
        expires_at: datetime.datetime | str,
        amount_cents: int | Omit = omit,
        credit_rate_cents: int | Omit = omit,
        credit_amount: Decimal | int | str | Omit = omit,
        description: str | Omit = omit,
        external_id: str | Omit = omit,
        specifiers: Sequence[object] | Omit = omit,
        metadata: Mapping[str, object] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PromotionalCreditGrant:
        """Grant Promotional Credits.

        Add promotional (free, non-revenue) credits to a contract's credit wallet; turns the wallet
        on if it is not yet active. Every grant made here is promotional (do not send isPromotional;
        paid credit purchases are dashboard-only). Two input modes: dollar-only (send only
        amountCents, no credit-unit tracking) or rate mode (send creditRateCents together with
        creditAmount; the dollar amount is creditRateCents x creditAmount; creditRateCents 0 gives
        free credits). expiresAt is required. Reusing an externalId returns the entry already
        created instead of a new grant. Credits only pay for usage-based line items; deduction order
        is automatic (soonest expiry first, promotional before paid).

        Args:
            contract_id: Contract UUID. (required)
            expires_at: When the granted credits expire (ISO 8601). (``expiresAt``; required)
            amount_cents: Dollar-only mode amount in cents; send alone for a grant without credit-
                unit tracking. (``amountCents``; >= 0; inferred: not seen in Monk's docs)
            credit_rate_cents: Rate mode; cents per credit (0 = free credits); send together with
                creditAmount. (``creditRateCents``; >= 0; inferred: not seen in Monk's docs)
            credit_amount: Rate mode; number of credits to grant (e.g. 500); send together with
                creditRateCents. (``creditAmount``; > 0; inferred: not seen in Monk's docs)
            description: Free-text description of the grant. (inferred: not seen in Monk's docs)
            external_id: Idempotency key; reusing it returns the entry already created instead of a
                new grant. (``externalId``; at most 255 characters)
            specifiers: Restricts which usage the grant can pay for; omitted = applies to all usage.
                (inferred: not seen in Monk's docs)
            metadata: See Monk's API reference.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GRANT_PROMOTIONAL_CREDITS,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            expires_at=expires_at,
            **given(
                amount_cents=amount_cents,
                credit_rate_cents=credit_rate_cents,
                credit_amount=credit_amount,
                description=description,
                external_id=external_id,
                specifiers=specifiers,
                metadata=metadata,
            ),
        )


class AsyncCreditsWithRawResponse:
    """A contract's prepaid credits: balance, ledger and promotional grants: each method returns the
    raw response (``.parse()``).
    """

    __slots__ = (
        "balance",
        "grant_promotional",
        "ledger",
    )

    def __init__(self, credits_: AsyncCredits) -> None:
        self.balance = async_to_raw_response(credits_.balance)
        self.ledger = async_to_raw_response(credits_.ledger)
        self.grant_promotional = async_to_raw_response(credits_.grant_promotional)


class Budgets(SyncResource):
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period."""

    __slots__ = ()

    def list(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudgetList:
        """List Credit Budgets.

        Return the credit budgets (per-dimension caps on the shared credit pool, matched on an event
        property key/value) configured on a contract, with the wallet mode. walletMode tells which
        cap field to use: credits -> maxCredits, dollars -> maxCreditsCents. A cheap configuration
        read; Get Budget Usage is the expensive live-consumption variant.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            LIST_CREDIT_BUDGETS,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        contract_id: str,
        *,
        label: str | Omit = omit,
        event_property_key: str | Omit = omit,
        event_property_value: str | Omit = omit,
        meter_id: str | Omit = omit,
        max_credits: Decimal | int | str | Omit = omit,
        max_credits_cents: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudget:
        """Create Credit Budget.

        Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a
        credit-based wallet (walletMode credits) set maxCredits; for a dollar-based wallet
        (walletMode dollars) set maxCreditsCents (List Credit Budgets tells the wallet mode). A
        duplicate (eventPropertyKey, eventPropertyValue) pair returns 409 Conflict. Budgets are
        addressed afterwards by their array index.

        Args:
            contract_id: Contract UUID. (required)
            label: Human-readable label, e.g. "Dove".
            event_property_key: Event property key to match, e.g. "business_unit".
                (``eventPropertyKey``)
            event_property_value: Event property value to match, e.g. "dove".
                (``eventPropertyValue``)
            meter_id: Optional; limits the budget to one meter (credit type). (``meterId``)
            max_credits: Cap in credit units, for wallets with walletMode credits. (``maxCredits``)
            max_credits_cents: Cap in cents, for wallets with walletMode dollars.
                (``maxCreditsCents``)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_CREDIT_BUDGET,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                label=label,
                event_property_key=event_property_key,
                event_property_value=event_property_value,
                meter_id=meter_id,
                max_credits=max_credits,
                max_credits_cents=max_credits_cents,
            ),
        )

    def usage(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BudgetUsage:
        """Get Budget Usage.

        List a contract's credit budgets together with live consumption per budget dimension.
        Consumption is computed in real time (one query per distinct event property key), so this is
        costly; use List Credit Budgets when only the configuration is needed.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_BUDGET_USAGE,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        contract_id: str,
        index: int,
        *,
        label: str | Omit = omit,
        meter_id: str | Omit | None = omit,
        max_credits: Decimal | int | str | Omit | None = omit,
        max_credits_cents: int | Omit | None = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudget:
        """Update Credit Budget.

        Partially update one credit budget, addressed by its array index as returned by List Credit
        Budgets; omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be
        changed). Changing maxCredits or maxCreditsCents resets the budget's alert state, so the
        credit.budget.exhausted webhook can fire again at the new cap.

        Args:
            contract_id: Contract UUID. (required)
            index: Budget array index as returned by GET /budgets. (required; >= 0)
            label: Human-readable label.
            meter_id: Meter (credit type) to limit the budget to; null presumably removes the meter
                scoping. (``meterId``; omit: not sent; None: sent as null)
            max_credits: Cap in credit units. (``maxCredits``; omit: not sent; None: sent as null)
            max_credits_cents: Cap in cents. (``maxCreditsCents``; omit: not sent; None: sent as
                null)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            UPDATE_CREDIT_BUDGET,
            contract_id,
            index,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                label=label,
                meter_id=meter_id,
                max_credits=max_credits,
                max_credits_cents=max_credits_cents,
            ),
        )

    def delete(
        self,
        contract_id: str,
        index: int,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudgetDeletion:
        """Delete Credit Budget.

        Remove one credit budget (addressed by its array position) from a contract; the removed
        budget is returned under data.removed. Removing a budget presumably shifts the indices of
        later budgets (not stated).

        Args:
            contract_id: Contract UUID. (required)
            index: Budget array index (x >= 0). (required; >= 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            DELETE_CREDIT_BUDGET,
            contract_id,
            index,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class BudgetsWithRawResponse:
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period: each
    method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "create",
        "delete",
        "list",
        "update",
        "usage",
    )

    def __init__(self, budgets: Budgets) -> None:
        self.list = to_raw_response(budgets.list)
        self.create = to_raw_response(budgets.create)
        self.usage = to_raw_response(budgets.usage)
        self.update = to_raw_response(budgets.update)
        self.delete = to_raw_response(budgets.delete)


class AsyncBudgets(AsyncResource):
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period."""

    __slots__ = ()

    async def list(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudgetList:
        """List Credit Budgets.

        Return the credit budgets (per-dimension caps on the shared credit pool, matched on an event
        property key/value) configured on a contract, with the wallet mode. walletMode tells which
        cap field to use: credits -> maxCredits, dollars -> maxCreditsCents. A cheap configuration
        read; Get Budget Usage is the expensive live-consumption variant.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            LIST_CREDIT_BUDGETS,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        contract_id: str,
        *,
        label: str | Omit = omit,
        event_property_key: str | Omit = omit,
        event_property_value: str | Omit = omit,
        meter_id: str | Omit = omit,
        max_credits: Decimal | int | str | Omit = omit,
        max_credits_cents: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudget:
        """Create Credit Budget.

        Add a per-dimension spending cap (credit budget) to a contract's credit wallet. For a
        credit-based wallet (walletMode credits) set maxCredits; for a dollar-based wallet
        (walletMode dollars) set maxCreditsCents (List Credit Budgets tells the wallet mode). A
        duplicate (eventPropertyKey, eventPropertyValue) pair returns 409 Conflict. Budgets are
        addressed afterwards by their array index.

        Args:
            contract_id: Contract UUID. (required)
            label: Human-readable label, e.g. "Dove".
            event_property_key: Event property key to match, e.g. "business_unit".
                (``eventPropertyKey``)
            event_property_value: Event property value to match, e.g. "dove".
                (``eventPropertyValue``)
            meter_id: Optional; limits the budget to one meter (credit type). (``meterId``)
            max_credits: Cap in credit units, for wallets with walletMode credits. (``maxCredits``)
            max_credits_cents: Cap in cents, for wallets with walletMode dollars.
                (``maxCreditsCents``)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_CREDIT_BUDGET,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                label=label,
                event_property_key=event_property_key,
                event_property_value=event_property_value,
                meter_id=meter_id,
                max_credits=max_credits,
                max_credits_cents=max_credits_cents,
            ),
        )

    async def usage(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BudgetUsage:
        """Get Budget Usage.

        List a contract's credit budgets together with live consumption per budget dimension.
        Consumption is computed in real time (one query per distinct event property key), so this is
        costly; use List Credit Budgets when only the configuration is needed.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_BUDGET_USAGE,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        contract_id: str,
        index: int,
        *,
        label: str | Omit = omit,
        meter_id: str | Omit | None = omit,
        max_credits: Decimal | int | str | Omit | None = omit,
        max_credits_cents: int | Omit | None = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudget:
        """Update Credit Budget.

        Partially update one credit budget, addressed by its array index as returned by List Credit
        Budgets; omitted fields stay unchanged (eventPropertyKey and eventPropertyValue cannot be
        changed). Changing maxCredits or maxCreditsCents resets the budget's alert state, so the
        credit.budget.exhausted webhook can fire again at the new cap.

        Args:
            contract_id: Contract UUID. (required)
            index: Budget array index as returned by GET /budgets. (required; >= 0)
            label: Human-readable label.
            meter_id: Meter (credit type) to limit the budget to; null presumably removes the meter
                scoping. (``meterId``; omit: not sent; None: sent as null)
            max_credits: Cap in credit units. (``maxCredits``; omit: not sent; None: sent as null)
            max_credits_cents: Cap in cents. (``maxCreditsCents``; omit: not sent; None: sent as
                null)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            UPDATE_CREDIT_BUDGET,
            contract_id,
            index,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                label=label,
                meter_id=meter_id,
                max_credits=max_credits,
                max_credits_cents=max_credits_cents,
            ),
        )

    async def delete(
        self,
        contract_id: str,
        index: int,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditBudgetDeletion:
        """Delete Credit Budget.

        Remove one credit budget (addressed by its array position) from a contract; the removed
        budget is returned under data.removed. Removing a budget presumably shifts the indices of
        later budgets (not stated).

        Args:
            contract_id: Contract UUID. (required)
            index: Budget array index (x >= 0). (required; >= 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            DELETE_CREDIT_BUDGET,
            contract_id,
            index,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncBudgetsWithRawResponse:
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period: each
    method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "create",
        "delete",
        "list",
        "update",
        "usage",
    )

    def __init__(self, budgets: AsyncBudgets) -> None:
        self.list = async_to_raw_response(budgets.list)
        self.create = async_to_raw_response(budgets.create)
        self.usage = async_to_raw_response(budgets.usage)
        self.update = async_to_raw_response(budgets.update)
        self.delete = async_to_raw_response(budgets.delete)


class Customers(SyncResource):
    """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""

    __slots__ = ()

    def list(
        self,
        *,
        external_customer_id: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Customer]:
        """List Customers.

        Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether
        another page exists. Passing externalCustomerId does an exact-match lookup by your own
        identifier; the result is still a list.

        Args:
            external_customer_id: Filter by your external customer id (exact match).
            limit: Maximum number of customers to return (no minimum documented). (<= 100; server
                default 10)
            offset: Number of customers to skip. (server default 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_CUSTOMERS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(external_customer_id=external_customer_id, limit=limit, offset=offset),
        )

    def create(
        self,
        *,
        name: str,
        contacts: Sequence[CustomerContactParam | CustomerContact],
        legal_name: str | Omit = omit,
        external_customer_id: str | Omit = omit,
        payment_provider_id: str | Omit = omit,
        provider: Literal["stripe"] | Omit = omit,
        tags: Sequence[str] | Omit = omit,
        billing_address: CustomerBillingAddressParam | CustomerBillingAddress | Omit = omit,
        payment_method_id: str | Omit = omit,
        payment_method_type: Literal["card", "us_bank_account"] | str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Create Customer.

        Creates a customer with one or more contacts. Every contact needs an email and at least one
        role. paymentProviderId and provider require each other; paymentMethodId requires
        paymentMethodType; billingAddress is mandatory when the organization has sales tax (Anrok)
        enabled. The response returns the Customer object only (no contacts, billing address or
        payment fields). Note: the billing-for-saas guide shows a body without contacts ({"name",
        "paymentProviderId", "provider"}), which contradicts the reference page's required contacts.

        Args:
            name: Display name. (required)
            contacts: At least one contact; each needs an email and at least one role. (required; at
                least 1 items)
            legal_name: Legal/registered business name. (``legalName``; inferred: not seen in Monk's
                docs)
            external_customer_id: Your own external customer id (returned as
                metadata.externalCustomerId). (``externalCustomerId``)
            payment_provider_id: Payment-provider customer id, e.g. Stripe `cus_xxx`. Requires
                provider. (``paymentProviderId``)
            provider: Payment provider. Requires paymentProviderId.
            tags: Tags, e.g. ["enterprise"].
            billing_address: Billing address for tax calculation; required when the organization has
                sales tax (Anrok) enabled. (``billingAddress``)
            payment_method_id: Stripe Payment Method id (`pm_xxx`); sets the customer's default
                payment method. Requires paymentMethodType. (``paymentMethodId``)
            payment_method_type: Type of the payment method; required when paymentMethodId is sent.
                (``paymentMethodType``; inferred: not seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_CUSTOMER,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            name=name,
            contacts=contacts,
            **given(
                legal_name=legal_name,
                external_customer_id=external_customer_id,
                payment_provider_id=payment_provider_id,
                provider=provider,
                tags=tags,
                billing_address=billing_address,
                payment_method_id=payment_method_id,
                payment_method_type=payment_method_type,
            ),
        )

    def get(
        self,
        customer_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Get Customer.

        Fetches one customer by its Monk id.

        Args:
            customer_id: The Monk customer id (a UUID in the examples). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_CUSTOMER,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        customer_id: str,
        *,
        name: str | Omit = omit,
        legal_name: str | Omit | None = omit,
        tags: Sequence[str] | Omit = omit,
        external_customer_id: str | Omit = omit,
        payment_provider_id: str | Omit = omit,
        provider: Literal["stripe"] | Omit = omit,
        payment_method_id: str | Omit = omit,
        payment_method_type: Literal["card", "us_bank_account"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Update Customer.

        Partially updates a customer; at least one body field is required (an empty body is
        invalid). tags replaces the whole tag list. Sending null for legalName clears it.
        paymentProviderId and provider must be sent together; paymentMethodId requires
        paymentMethodType and an organization-level Stripe integration (Monk fetches last4, brand
        and type from Stripe). Contacts, billing address and metadata are not updatable here.

        Args:
            customer_id: The Monk customer id (a UUID in the examples). (required)
            name: Display name.
            legal_name: Legal/registered business name; pass null to clear. (``legalName``; omit:
                not sent; None: sent as null; inferred: not seen in Monk's docs)
            tags: Replaces the existing tags entirely (not a merge).
            external_customer_id: Your own external customer id. (``externalCustomerId``)
            payment_provider_id: Stripe customer id (`cus_xxx`). Requires provider.
                (``paymentProviderId``)
            provider: Payment provider. Requires paymentProviderId.
            payment_method_id: Stripe Payment Method id (`pm_xxx`); sets the default payment method
                on file. Monk fetches last4, brand and type from Stripe. Requires paymentMethodType
                and a Stripe integration on the organization. (``paymentMethodId``)
            payment_method_type: Type of the payment method; required when paymentMethodId is sent.
                (``paymentMethodType``)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            UPDATE_CUSTOMER,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                name=name,
                legal_name=legal_name,
                tags=tags,
                external_customer_id=external_customer_id,
                payment_provider_id=payment_provider_id,
                provider=provider,
                payment_method_id=payment_method_id,
                payment_method_type=payment_method_type,
            ),
        )


class CustomersWithRawResponse:
    """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``:
    each method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
        "update",
    )

    def __init__(self, customers: Customers) -> None:
        self.list = to_raw_response(customers.list)
        self.create = to_raw_response(customers.create)
        self.get = to_raw_response(customers.get)
        self.update = to_raw_response(customers.update)


class AsyncCustomers(AsyncResource):
    """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``."""

    __slots__ = ()

    def list(
        self,
        *,
        external_customer_id: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Customer]:
        """List Customers.

        Lists customers with offset pagination (limit/offset, no cursor); hasMore says whether
        another page exists. Passing externalCustomerId does an exact-match lookup by your own
        identifier; the result is still a list.

        Args:
            external_customer_id: Filter by your external customer id (exact match).
            limit: Maximum number of customers to return (no minimum documented). (<= 100; server
                default 10)
            offset: Number of customers to skip. (server default 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_CUSTOMERS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(external_customer_id=external_customer_id, limit=limit, offset=offset),
        )

    async def create(
        self,
        *,
        name: str,
        contacts: Sequence[CustomerContactParam | CustomerContact],
        legal_name: str | Omit = omit,
        external_customer_id: str | Omit = omit,
        payment_provider_id: str | Omit = omit,
        provider: Literal["stripe"] | Omit = omit,
        tags: Sequence[str] | Omit = omit,
        billing_address: CustomerBillingAddressParam | CustomerBillingAddress | Omit = omit,
        payment_method_id: str | Omit = omit,
        payment_method_type: Literal["card", "us_bank_account"] | str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Create Customer.

        Creates a customer with one or more contacts. Every contact needs an email and at least one
        role. paymentProviderId and provider require each other; paymentMethodId requires
        paymentMethodType; billingAddress is mandatory when the organization has sales tax (Anrok)
        enabled. The response returns the Customer object only (no contacts, billing address or
        payment fields). Note: the billing-for-saas guide shows a body without contacts ({"name",
        "paymentProviderId", "provider"}), which contradicts the reference page's required contacts.

        Args:
            name: Display name. (required)
            contacts: At least one contact; each needs an email and at least one role. (required; at
                least 1 items)
            legal_name: Legal/registered business name. (``legalName``; inferred: not seen in Monk's
                docs)
            external_customer_id: Your own external customer id (returned as
                metadata.externalCustomerId). (``externalCustomerId``)
            payment_provider_id: Payment-provider customer id, e.g. Stripe `cus_xxx`. Requires
                provider. (``paymentProviderId``)
            provider: Payment provider. Requires paymentProviderId.
            tags: Tags, e.g. ["enterprise"].
            billing_address: Billing address for tax calculation; required when the organization has
                sales tax (Anrok) enabled. (``billingAddress``)
            payment_method_id: Stripe Payment Method id (`pm_xxx`); sets the customer's default
                payment method. Requires paymentMethodType. (``paymentMethodId``)
            payment_method_type: Type of the payment method; required when paymentMethodId is sent.
                (``paymentMethodType``; inferred: not seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_CUSTOMER,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            name=name,
            contacts=contacts,
            **given(
                legal_name=legal_name,
                external_customer_id=external_customer_id,
                payment_provider_id=payment_provider_id,
                provider=provider,
                tags=tags,
                billing_address=billing_address,
                payment_method_id=payment_method_id,
                payment_method_type=payment_method_type,
            ),
        )

    async def get(
        self,
        customer_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Get Customer.

        Fetches one customer by its Monk id.

        Args:
            customer_id: The Monk customer id (a UUID in the examples). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_CUSTOMER,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        customer_id: str,
        *,
        name: str | Omit = omit,
        legal_name: str | Omit | None = omit,
        tags: Sequence[str] | Omit = omit,
        external_customer_id: str | Omit = omit,
        payment_provider_id: str | Omit = omit,
        provider: Literal["stripe"] | Omit = omit,
        payment_method_id: str | Omit = omit,
        payment_method_type: Literal["card", "us_bank_account"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Update Customer.

        Partially updates a customer; at least one body field is required (an empty body is
        invalid). tags replaces the whole tag list. Sending null for legalName clears it.
        paymentProviderId and provider must be sent together; paymentMethodId requires
        paymentMethodType and an organization-level Stripe integration (Monk fetches last4, brand
        and type from Stripe). Contacts, billing address and metadata are not updatable here.

        Args:
            customer_id: The Monk customer id (a UUID in the examples). (required)
            name: Display name.
            legal_name: Legal/registered business name; pass null to clear. (``legalName``; omit:
                not sent; None: sent as null; inferred: not seen in Monk's docs)
            tags: Replaces the existing tags entirely (not a merge).
            external_customer_id: Your own external customer id. (``externalCustomerId``)
            payment_provider_id: Stripe customer id (`cus_xxx`). Requires provider.
                (``paymentProviderId``)
            provider: Payment provider. Requires paymentProviderId.
            payment_method_id: Stripe Payment Method id (`pm_xxx`); sets the default payment method
                on file. Monk fetches last4, brand and type from Stripe. Requires paymentMethodType
                and a Stripe integration on the organization. (``paymentMethodId``)
            payment_method_type: Type of the payment method; required when paymentMethodId is sent.
                (``paymentMethodType``)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            UPDATE_CUSTOMER,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                name=name,
                legal_name=legal_name,
                tags=tags,
                external_customer_id=external_customer_id,
                payment_provider_id=payment_provider_id,
                provider=provider,
                payment_method_id=payment_method_id,
                payment_method_type=payment_method_type,
            ),
        )


class AsyncCustomersWithRawResponse:
    """Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``:
    each method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
        "update",
    )

    def __init__(self, customers: AsyncCustomers) -> None:
        self.list = async_pages_to_raw_response(customers.list)
        self.create = async_to_raw_response(customers.create)
        self.get = async_to_raw_response(customers.get)
        self.update = async_to_raw_response(customers.update)


class Meters(SyncResource):
    """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        status: Literal["active", "inactive", "all"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Meter]:
        """List Meters.

        Paginated list of meters (offset pagination with hasMore and total). By default only active
        meters are listed; status=all returns active and inactive ones.

        Args:
            limit: Page size (no minimum documented). (<= 100; server default 50)
            offset: Number of items to skip. (server default 0)
            status: Filter by meter status; `all` returns both active and inactive meters. (server
                default "active")
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_METERS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset, status=status),
        )

    def create(
        self,
        *,
        code: str,
        display_name: str,
        description: str | Omit = omit,
        aggregation_type: Literal["SUM", "COUNT", "MAX", "MIN"] | Omit = omit,
        event_type_filter: MeterEventTypeFilterParam | MeterEventTypeFilter | Omit = omit,
        property_filters: Sequence[MeterPropertyFilterParam | MeterPropertyFilter] | Omit = omit,
        aggregation_key: str | Omit = omit,
        group_keys: Sequence[str] | Omit = omit,
        sql: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Meter:
        """Create Meter.

        Create a meter: which events count, and how they aggregate into billable usage.
        aggregationKey is required for SUM, MAX and MIN and left out for COUNT. When sql is set it
        overrides the structured fields (eventTypeFilter, propertyFilters, aggregationKey); the
        query must read the events table and return one row with a `value` column, and Monk adds
        organization, customer and time-range filtering itself.

        Args:
            code: Unique code: uppercase letters, digits and underscores. The concepts page marks it
                deprecated (to be removed in a future version). (required; matches ``^[A-Z0-9_]+$``;
                deprecated)
            display_name: Name shown in the UI. (``displayName``; required)
            description: What the meter tracks.
            aggregation_type: How usage is aggregated. (``aggregationType``; server default "SUM")
            event_type_filter: (``eventTypeFilter``)
            property_filters: Filters on event properties, combined with AND (item shape in
                concepts/meters). (``propertyFilters``)
            aggregation_key: Event property key to aggregate; required for SUM, MAX and MIN, omit
                for COUNT. (``aggregationKey``)
            group_keys: Event property keys to GROUP BY: one aggregated row per combination, used
                with rate cards for per-dimension prices. Must match event property names exactly.
                (``groupKeys``)
            sql: Custom ClickHouse SQL; overrides the structured fields.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_METER,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            code=code,
            display_name=display_name,
            **given(
                description=description,
                aggregation_type=aggregation_type,
                event_type_filter=event_type_filter,
                property_filters=property_filters,
                aggregation_key=aggregation_key,
                group_keys=group_keys,
                sql=sql,
            ),
        )

    def get(
        self,
        meter_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Meter:
        """Get Meter.

        Retrieve one meter by its id. This page was never captured: method, path, scope and response
        are inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter
        pages.

        Args:
            meter_id: The meter's id (no format given). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_METER, meter_id, _options=options(timeout, extra_headers, extra_query, extra_body)
        )

    def archive(
        self,
        meter_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ArchiveMeterResult:
        """Archive Meter.

        Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error
        for that case is not documented). Historical usage data is kept and the meter's code is
        freed for reuse by a new meter. Archived meters presumably show as status `inactive` in List
        Meters (inferred).

        Args:
            meter_id: The meter's id (no format given). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            ARCHIVE_METER,
            meter_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class MetersWithRawResponse:
    """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage: each
    method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "archive",
        "create",
        "get",
        "list",
    )

    def __init__(self, meters: Meters) -> None:
        self.list = to_raw_response(meters.list)
        self.create = to_raw_response(meters.create)
        self.get = to_raw_response(meters.get)
        self.archive = to_raw_response(meters.archive)


class AsyncMeters(AsyncResource):
    """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        status: Literal["active", "inactive", "all"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Meter]:
        """List Meters.

        Paginated list of meters (offset pagination with hasMore and total). By default only active
        meters are listed; status=all returns active and inactive ones.

        Args:
            limit: Page size (no minimum documented). (<= 100; server default 50)
            offset: Number of items to skip. (server default 0)
            status: Filter by meter status; `all` returns both active and inactive meters. (server
                default "active")
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_METERS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset, status=status),
        )

    async def create(
        self,
        *,
        code: str,
        display_name: str,
        description: str | Omit = omit,
        aggregation_type: Literal["SUM", "COUNT", "MAX", "MIN"] | Omit = omit,
        event_type_filter: MeterEventTypeFilterParam | MeterEventTypeFilter | Omit = omit,
        property_filters: Sequence[MeterPropertyFilterParam | MeterPropertyFilter] | Omit = omit,
        aggregation_key: str | Omit = omit,
        group_keys: Sequence[str] | Omit = omit,
        sql: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Meter:
        """Create Meter.

        Create a meter: which events count, and how they aggregate into billable usage.
        aggregationKey is required for SUM, MAX and MIN and left out for COUNT. When sql is set it
        overrides the structured fields (eventTypeFilter, propertyFilters, aggregationKey); the
        query must read the events table and return one row with a `value` column, and Monk adds
        organization, customer and time-range filtering itself.

        Args:
            code: Unique code: uppercase letters, digits and underscores. The concepts page marks it
                deprecated (to be removed in a future version). (required; matches ``^[A-Z0-9_]+$``;
                deprecated)
            display_name: Name shown in the UI. (``displayName``; required)
            description: What the meter tracks.
            aggregation_type: How usage is aggregated. (``aggregationType``; server default "SUM")
            event_type_filter: (``eventTypeFilter``)
            property_filters: Filters on event properties, combined with AND (item shape in
                concepts/meters). (``propertyFilters``)
            aggregation_key: Event property key to aggregate; required for SUM, MAX and MIN, omit
                for COUNT. (``aggregationKey``)
            group_keys: Event property keys to GROUP BY: one aggregated row per combination, used
                with rate cards for per-dimension prices. Must match event property names exactly.
                (``groupKeys``)
            sql: Custom ClickHouse SQL; overrides the structured fields.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_METER,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            code=code,
            display_name=display_name,
            **given(
                description=description,
                aggregation_type=aggregation_type,
                event_type_filter=event_type_filter,
                property_filters=property_filters,
                aggregation_key=aggregation_key,
                group_keys=group_keys,
                sql=sql,
            ),
        )

    async def get(
        self,
        meter_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Meter:
        """Get Meter.

        Retrieve one meter by its id. This page was never captured: method, path, scope and response
        are inferred from the docs index line ("Retrieve a meter by ID") and the sibling meter
        pages.

        Args:
            meter_id: The meter's id (no format given). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_METER, meter_id, _options=options(timeout, extra_headers, extra_query, extra_body)
        )

    async def archive(
        self,
        meter_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ArchiveMeterResult:
        """Archive Meter.

        Archive (soft-delete) a meter. The meter may not be linked to any active pricing (the error
        for that case is not documented). Historical usage data is kept and the meter's code is
        freed for reuse by a new meter. Archived meters presumably show as status `inactive` in List
        Meters (inferred).

        Args:
            meter_id: The meter's id (no format given). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            ARCHIVE_METER,
            meter_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncMetersWithRawResponse:
    """Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage: each
    method returns the raw response (``.parse()``).
    """

    __slots__ = (
        "archive",
        "create",
        "get",
        "list",
    )

    def __init__(self, meters: AsyncMeters) -> None:
        self.list = async_pages_to_raw_response(meters.list)
        self.create = async_to_raw_response(meters.create)
        self.get = async_to_raw_response(meters.get)
        self.archive = async_to_raw_response(meters.archive)


class Pricing(PricingMethods):
    """Pricing configurations: the rate a meter's usage is charged at."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        product_id: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[PricingModel]:
        """List Pricing.

        Paginated list of pricing configurations (offset pagination with hasMore and total);
        productId narrows the list to one product's pricing configurations.

        Args:
            limit: Page size (no minimum documented). (<= 100; server default 50)
            offset: Number of items to skip. (server default 0)
            product_id: Filter by product UUID.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_PRICING,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset, product_id=product_id),
        )

    def create(
        self,
        *,
        name: str,
        model: Literal["FLAT", "TIER", "USAGE"],
        billing_mode: Literal["RECURRING", "ONE_TIME"],
        product_id: str | Omit = omit,
        product_name: str | Omit = omit,
        product_description: str | Omit = omit,
        description: str | Omit = omit,
        unit_amount: Decimal | int | str | Omit = omit,
        flat_amount: Decimal | int | str | Omit = omit,
        price_interval: Literal["WEEK", "MONTH", "YEAR"] | Omit = omit,
        price_interval_count: int | Omit = omit,
        tiering: Literal["NONE", "VOLUME", "GRADUATED"] | Omit = omit,
        pricing_tiers: Sequence[PricingTierParam | PricingTier] | Omit = omit,
        meter_id: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PricingModel:
        """Create Pricing.

        Create a pricing configuration, optionally creating a new product with it. Send exactly one
        of productId (an existing product) or productName (creates a new product). Conditional
        requirements: unitAmount for FLAT, priceInterval when billingMode is RECURRING, pricingTiers
        when model is TIER, meterId when model is USAGE. Money is a decimal string, never a float.

        Args:
            name: Pricing name. (required)
            model: Pricing model. (required)
            billing_mode: Recurring or one-time charge. (``billingMode``; required)
            product_id: Existing product UUID (send this or productName). (``productId``)
            product_name: Name of a new product to create with the pricing (send this or productId).
                (``productName``)
            product_description: Description of the new product. (``productDescription``)
            description: Pricing description.
            unit_amount: Unit price as a decimal string with sub-cent precision, e.g. "0.001";
                required for FLAT. (``unitAmount``; matches ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
            flat_amount: Flat fee added to usage charges, as a decimal string. (``flatAmount``;
                matches ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
            price_interval: Billing interval; required when billingMode is RECURRING.
                (``priceInterval``)
            price_interval_count: Number of intervals per billing period. (``priceIntervalCount``)
            tiering: Tiering mode. (server default "NONE")
            pricing_tiers: Price tiers; required when model is TIER. (``pricingTiers``; inferred:
                not seen in Monk's docs)
            meter_id: The meter to price; required when model is USAGE. (``meterId``; inferred: not
                seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_PRICING,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            name=name,
            model=model,
            billing_mode=billing_mode,
            **given(
                product_id=product_id,
                product_name=product_name,
                product_description=product_description,
                description=description,
                unit_amount=unit_amount,
                flat_amount=flat_amount,
                price_interval=price_interval,
                price_interval_count=price_interval_count,
                tiering=tiering,
                pricing_tiers=pricing_tiers,
                meter_id=meter_id,
            ),
        )

    def get(
        self,
        pricing_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PricingModel:
        """Get Pricing.

        Retrieve one pricing configuration. Money fields are decimal strings.

        Args:
            pricing_id: The pricing configuration's id. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_PRICING,
            pricing_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class PricingWithRawResponse:
    """Pricing configurations: the rate a meter's usage is charged at: each method returns the raw
    response (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
    )

    def __init__(self, pricing: Pricing) -> None:
        self.list = to_raw_response(pricing.list)
        self.create = to_raw_response(pricing.create)
        self.get = to_raw_response(pricing.get)


class AsyncPricing(AsyncPricingMethods):
    """Pricing configurations: the rate a meter's usage is charged at."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        product_id: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[PricingModel]:
        """List Pricing.

        Paginated list of pricing configurations (offset pagination with hasMore and total);
        productId narrows the list to one product's pricing configurations.

        Args:
            limit: Page size (no minimum documented). (<= 100; server default 50)
            offset: Number of items to skip. (server default 0)
            product_id: Filter by product UUID.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_PRICING,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset, product_id=product_id),
        )

    async def create(
        self,
        *,
        name: str,
        model: Literal["FLAT", "TIER", "USAGE"],
        billing_mode: Literal["RECURRING", "ONE_TIME"],
        product_id: str | Omit = omit,
        product_name: str | Omit = omit,
        product_description: str | Omit = omit,
        description: str | Omit = omit,
        unit_amount: Decimal | int | str | Omit = omit,
        flat_amount: Decimal | int | str | Omit = omit,
        price_interval: Literal["WEEK", "MONTH", "YEAR"] | Omit = omit,
        price_interval_count: int | Omit = omit,
        tiering: Literal["NONE", "VOLUME", "GRADUATED"] | Omit = omit,
        pricing_tiers: Sequence[PricingTierParam | PricingTier] | Omit = omit,
        meter_id: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PricingModel:
        """Create Pricing.

        Create a pricing configuration, optionally creating a new product with it. Send exactly one
        of productId (an existing product) or productName (creates a new product). Conditional
        requirements: unitAmount for FLAT, priceInterval when billingMode is RECURRING, pricingTiers
        when model is TIER, meterId when model is USAGE. Money is a decimal string, never a float.

        Args:
            name: Pricing name. (required)
            model: Pricing model. (required)
            billing_mode: Recurring or one-time charge. (``billingMode``; required)
            product_id: Existing product UUID (send this or productName). (``productId``)
            product_name: Name of a new product to create with the pricing (send this or productId).
                (``productName``)
            product_description: Description of the new product. (``productDescription``)
            description: Pricing description.
            unit_amount: Unit price as a decimal string with sub-cent precision, e.g. "0.001";
                required for FLAT. (``unitAmount``; matches ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
            flat_amount: Flat fee added to usage charges, as a decimal string. (``flatAmount``;
                matches ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
            price_interval: Billing interval; required when billingMode is RECURRING.
                (``priceInterval``)
            price_interval_count: Number of intervals per billing period. (``priceIntervalCount``)
            tiering: Tiering mode. (server default "NONE")
            pricing_tiers: Price tiers; required when model is TIER. (``pricingTiers``; inferred:
                not seen in Monk's docs)
            meter_id: The meter to price; required when model is USAGE. (``meterId``; inferred: not
                seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_PRICING,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            name=name,
            model=model,
            billing_mode=billing_mode,
            **given(
                product_id=product_id,
                product_name=product_name,
                product_description=product_description,
                description=description,
                unit_amount=unit_amount,
                flat_amount=flat_amount,
                price_interval=price_interval,
                price_interval_count=price_interval_count,
                tiering=tiering,
                pricing_tiers=pricing_tiers,
                meter_id=meter_id,
            ),
        )

    async def get(
        self,
        pricing_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PricingModel:
        """Get Pricing.

        Retrieve one pricing configuration. Money fields are decimal strings.

        Args:
            pricing_id: The pricing configuration's id. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_PRICING,
            pricing_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncPricingWithRawResponse:
    """Pricing configurations: the rate a meter's usage is charged at: each method returns the raw
    response (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
    )

    def __init__(self, pricing: AsyncPricing) -> None:
        self.list = async_pages_to_raw_response(pricing.list)
        self.create = async_to_raw_response(pricing.create)
        self.get = async_to_raw_response(pricing.get)


class Plans(SyncResource):
    """Plans bundle pricing into a subscription template."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Plan]:
        """List Plans.

        Lists plans. The reference page was never captured: method, path, scope, parameters and
        response are inferred from the sibling list endpoints (limit/offset pagination and a `{data,
        hasMore, total}` envelope).

        Args:
            limit: Page size.
            offset: Number of items to skip.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_PLANS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset),
        )

    def create(
        self,
        *,
        name: str | Omit = omit,
        plan_code: str | Omit = omit,
        currency: str | Omit = omit,
        billing_frequency: Literal["MONTHLY", "QUARTERLY", "SEMI_ANNUALLY", "ANNUALLY"]
        | str
        | Omit = omit,
        base_price: Decimal | int | str | Omit = omit,
        pricing_ids: Sequence[str] | Omit = omit,
        status: Literal["DRAFT", "ACTIVE", "ARCHIVED"] | str | Omit = omit,
        net_terms: int | Omit = omit,
        credit_grant_cents: int | Omit | None = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Plan:
        """Create Plan.

        Create a plan that bundles pricing configurations (docs index wording). The reference page
        was never captured: method, path, scope, body and response are inferred. The body fields
        come from concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds,
        status) and the plan defaults that create-contract says a contract can override (netTerms,
        creditGrantCents). The concepts page marks name, planCode, currency and billingFrequency as
        required, but its freemium example omits currency and billingFrequency, so nothing is
        required here. guides/auto-pay mentions a plan-level billing mode ("Auto-charge via Stripe"
        / "Invoice & collect via Monk", forcing Net 0) whose API field name was never seen. Pricing
        configurations are created first with POST /v1/pricing.

        Args:
            name: Display name (required per concepts/plans). (inferred: not seen in Monk's docs)
            plan_code: Unique identifier; lowercase, no spaces (required per concepts/plans).
                (``planCode``; inferred: not seen in Monk's docs)
            currency: ISO currency code, e.g. "USD" (required per concepts/plans). (inferred: not
                seen in Monk's docs)
            billing_frequency: Billing frequency (required per concepts/plans).
                (``billingFrequency``; inferred: not seen in Monk's docs)
            base_price: Recurring base fee as a decimal string, e.g. "50.00". Defaults to 0 per
                concepts/plans (the default is not set in the schema so the client does not always
                send this inferred field). (``basePrice``; matches
                ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``; inferred: not seen in Monk's docs)
            pricing_ids: Ids of the pricing configurations to include. (``pricingIds``; inferred:
                not seen in Monk's docs)
            status: Lifecycle status. (inferred: not seen in Monk's docs)
            net_terms: Default net terms for contracts on this plan. (``netTerms``; inferred: not
                seen in Monk's docs)
            credit_grant_cents: Default credit grant in cents for contracts on this plan.
                (``creditGrantCents``; omit: not sent; None: sent as null; inferred: not seen in
                Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_PLAN,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                name=name,
                plan_code=plan_code,
                currency=currency,
                billing_frequency=billing_frequency,
                base_price=base_price,
                pricing_ids=pricing_ids,
                status=status,
                net_terms=net_terms,
                credit_grant_cents=credit_grant_cents,
            ),
        )

    def get(
        self,
        plan_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Plan:
        """Get Plan.

        Retrieves one plan by id. The reference page was never captured: method, path, scope and
        response are inferred.

        Args:
            plan_id: The plan's id. Its format is not established (examples elsewhere use "plan-
                uuid-1234", "plan_abc123" and "plan_pro"). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_PLAN, plan_id, _options=options(timeout, extra_headers, extra_query, extra_body)
        )


class PlansWithRawResponse:
    """Plans bundle pricing into a subscription template: each method returns the raw response
    (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
    )

    def __init__(self, plans: Plans) -> None:
        self.list = to_raw_response(plans.list)
        self.create = to_raw_response(plans.create)
        self.get = to_raw_response(plans.get)


class AsyncPlans(AsyncResource):
    """Plans bundle pricing into a subscription template."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Plan]:
        """List Plans.

        Lists plans. The reference page was never captured: method, path, scope, parameters and
        response are inferred from the sibling list endpoints (limit/offset pagination and a `{data,
        hasMore, total}` envelope).

        Args:
            limit: Page size.
            offset: Number of items to skip.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_PLANS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(limit=limit, offset=offset),
        )

    async def create(
        self,
        *,
        name: str | Omit = omit,
        plan_code: str | Omit = omit,
        currency: str | Omit = omit,
        billing_frequency: Literal["MONTHLY", "QUARTERLY", "SEMI_ANNUALLY", "ANNUALLY"]
        | str
        | Omit = omit,
        base_price: Decimal | int | str | Omit = omit,
        pricing_ids: Sequence[str] | Omit = omit,
        status: Literal["DRAFT", "ACTIVE", "ARCHIVED"] | str | Omit = omit,
        net_terms: int | Omit = omit,
        credit_grant_cents: int | Omit | None = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Plan:
        """Create Plan.

        Create a plan that bundles pricing configurations (docs index wording). The reference page
        was never captured: method, path, scope, body and response are inferred. The body fields
        come from concepts/plans (name, planCode, currency, billingFrequency, basePrice, pricingIds,
        status) and the plan defaults that create-contract says a contract can override (netTerms,
        creditGrantCents). The concepts page marks name, planCode, currency and billingFrequency as
        required, but its freemium example omits currency and billingFrequency, so nothing is
        required here. guides/auto-pay mentions a plan-level billing mode ("Auto-charge via Stripe"
        / "Invoice & collect via Monk", forcing Net 0) whose API field name was never seen. Pricing
        configurations are created first with POST /v1/pricing.

        Args:
            name: Display name (required per concepts/plans). (inferred: not seen in Monk's docs)
            plan_code: Unique identifier; lowercase, no spaces (required per concepts/plans).
                (``planCode``; inferred: not seen in Monk's docs)
            currency: ISO currency code, e.g. "USD" (required per concepts/plans). (inferred: not
                seen in Monk's docs)
            billing_frequency: Billing frequency (required per concepts/plans).
                (``billingFrequency``; inferred: not seen in Monk's docs)
            base_price: Recurring base fee as a decimal string, e.g. "50.00". Defaults to 0 per
                concepts/plans (the default is not set in the schema so the client does not always
                send this inferred field). (``basePrice``; matches
                ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``; inferred: not seen in Monk's docs)
            pricing_ids: Ids of the pricing configurations to include. (``pricingIds``; inferred:
                not seen in Monk's docs)
            status: Lifecycle status. (inferred: not seen in Monk's docs)
            net_terms: Default net terms for contracts on this plan. (``netTerms``; inferred: not
                seen in Monk's docs)
            credit_grant_cents: Default credit grant in cents for contracts on this plan.
                (``creditGrantCents``; omit: not sent; None: sent as null; inferred: not seen in
                Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_PLAN,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                name=name,
                plan_code=plan_code,
                currency=currency,
                billing_frequency=billing_frequency,
                base_price=base_price,
                pricing_ids=pricing_ids,
                status=status,
                net_terms=net_terms,
                credit_grant_cents=credit_grant_cents,
            ),
        )

    async def get(
        self,
        plan_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Plan:
        """Get Plan.

        Retrieves one plan by id. The reference page was never captured: method, path, scope and
        response are inferred.

        Args:
            plan_id: The plan's id. Its format is not established (examples elsewhere use "plan-
                uuid-1234", "plan_abc123" and "plan_pro"). (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_PLAN, plan_id, _options=options(timeout, extra_headers, extra_query, extra_body)
        )


class AsyncPlansWithRawResponse:
    """Plans bundle pricing into a subscription template: each method returns the raw response
    (``.parse()``).
    """

    __slots__ = (
        "create",
        "get",
        "list",
    )

    def __init__(self, plans: AsyncPlans) -> None:
        self.list = async_pages_to_raw_response(plans.list)
        self.create = async_to_raw_response(plans.create)
        self.get = async_to_raw_response(plans.get)


class Contracts(SyncResource):
    """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""

    __slots__ = (
        "budgets",
        "credits",
    )

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__(engine)
        self.credits = Credits(engine)
        self.budgets = Budgets(engine)

    def list(
        self,
        *,
        customer_id: str | Omit = omit,
        external_customer_id: str | Omit = omit,
        plan_id: str | Omit = omit,
        is_active: bool | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Contract]:
        """List Contracts.

        Paginated list of contracts, optionally filtered by customer, external customer id, plan or
        active flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore
        and total are returned at the top level. List items do not include metadata.

        Args:
            customer_id: Filter by Monk customer id.
            external_customer_id: Filter by your own external customer id (resolved through customer
                metadata).
            plan_id: Filter by plan.
            is_active: Filter by active status.
            limit: Page size (no minimum documented). (<= 100; server default 10)
            offset: Number of items to skip. (server default 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_CONTRACTS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                customer_id=customer_id,
                external_customer_id=external_customer_id,
                plan_id=plan_id,
                is_active=is_active,
                limit=limit,
                offset=offset,
            ),
        )

    def create(
        self,
        *,
        plan_id: str,
        customer_id: str,
        start_date: datetime.date | str,
        end_date: datetime.date | str | Omit = omit,
        net_terms: int | Omit = omit,
        overrides: Sequence[ContractPriceOverrideParam | ContractPriceOverride] | Omit = omit,
        credit_grant_cents: int | Omit | None = omit,
        credit_settings: ContractCreditSettingsParam | ContractCreditSettings | Omit = omit,
        metadata: Mapping[str, str | Decimal | int | str | bool] | Omit = omit,
        billing_cycle_anchor: str | Omit = omit,
        rate_overrides: Mapping[str, Mapping[str, Decimal | int | str]] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Create Contract.

        Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a
        rolling month-to-month contract. Draft invoices for upcoming periods are generated
        automatically on creation. creditGrantCents has three states: absent = use the plan default,
        null = no credit grant, integer = grant amount in cents (including it enables the credit
        wallet).

        Args:
            plan_id: Plan to subscribe to. (``planId``; required)
            customer_id: Customer the contract belongs to. (``customerId``; required)
            start_date: Date billing starts. (``startDate``; required)
            end_date: Date the contract ends; leave out for a rolling month-to-month contract.
                (``endDate``)
            net_terms: Days until payment is due; overrides the plan's default net terms (defaults
                to the plan's value). (``netTerms``)
            overrides: Per-price overrides for this contract.
            credit_grant_cents: Credit grant in cents. Leave out to use the plan default, send null
                to disable the credit grant, or send an integer amount (enables the credit wallet).
                (``creditGrantCents``; omit: not sent; None: sent as null)
            credit_settings: (``creditSettings``)
            metadata: User-defined key/value metadata (max 10 keys; values strings, numbers or
                booleans). Newest capture only.
            billing_cycle_anchor: Day-of-month billing is anchored to (e.g. "2026-02-01"); defaults
                to the contract startDate. (``billingCycleAnchor``; inferred: not seen in Monk's
                docs)
            rate_overrides: (``rateOverrides``; inferred: not seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CREATE_CONTRACT,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            plan_id=plan_id,
            customer_id=customer_id,
            start_date=start_date,
            **given(
                end_date=end_date,
                net_terms=net_terms,
                overrides=overrides,
                credit_grant_cents=credit_grant_cents,
                credit_settings=credit_settings,
                metadata=metadata,
                billing_cycle_anchor=billing_cycle_anchor,
                rate_overrides=rate_overrides,
            ),
        )

    def get(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Get Contract.

        Fetch a single contract by id.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_CONTRACT,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    def update_metadata(
        self,
        contract_id: str,
        *,
        metadata: Mapping[str, str | Decimal | int | str | bool] | None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Update Contract Metadata.

        Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags).
        metadata is the only updatable field; null removes all custom metadata. Limits: at most 10
        keys, keys at most 40 characters, values at most 500 characters; values may be strings,
        numbers or booleans. Whether keys are merged with or replace the existing metadata is not
        stated.

        Args:
            contract_id: Contract UUID. (required)
            metadata: New metadata (max 10 keys, keys <= 40 chars, values <= 500 chars); null
                removes all custom metadata. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            UPDATE_CONTRACT_METADATA,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            metadata=metadata,
        )

    def cancel(
        self,
        contract_id: str,
        *,
        cancel_at: Literal["end_of_period"],
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractCancellation:
        """Cancel Contract.

        Cancel a contract (subscription) at the end of the current billing period. The invoice for
        the current period is kept; draft invoices already generated for later periods are
        cancelled. Only end_of_period cancellation is offered.

        Args:
            contract_id: Contract UUID. (required)
            cancel_at: When the cancellation takes effect (only end_of_period is offered).
                (``cancelAt``; required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CANCEL_CONTRACT,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            cancel_at=cancel_at,
        )

    def change_plan(
        self,
        contract_id: str,
        *,
        plan_id: str,
        change_option: Literal["immediate", "end_of_period", "requested_date"],
        change_date: datetime.date | str | Omit = omit,
        prorate: bool | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PlanChange:
        """Change Plan.

        Schedule a switch of an existing contract to a different plan (immediately, at the end of
        the period, or on a requested date). The documentation marks this endpoint as coming soon
        and not yet available.

        Args:
            contract_id: Contract UUID. (required)
            plan_id: Target plan. (``planId``; required)
            change_option: When the plan change applies. (``changeOption``; required)
            change_date: Date of the change (presumably used with requested_date; not stated).
                (``changeDate``)
            prorate: Whether to prorate. (server default true)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            CHANGE_PLAN,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            plan_id=plan_id,
            change_option=change_option,
            **given(change_date=change_date, prorate=prorate),
        )


class ContractsWithRawResponse:
    """Contracts: a customer on a plan, with dates, overrides, credits and budgets: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "budgets",
        "cancel",
        "change_plan",
        "create",
        "credits",
        "get",
        "list",
        "update_metadata",
    )

    def __init__(self, contracts: Contracts) -> None:
        self.credits = CreditsWithRawResponse(contracts.credits)
        self.budgets = BudgetsWithRawResponse(contracts.budgets)
        self.list = to_raw_response(contracts.list)
        self.create = to_raw_response(contracts.create)
        self.get = to_raw_response(contracts.get)
        self.update_metadata = to_raw_response(contracts.update_metadata)
        self.cancel = to_raw_response(contracts.cancel)
        self.change_plan = to_raw_response(contracts.change_plan)


class AsyncContracts(AsyncResource):
    """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""

    __slots__ = (
        "budgets",
        "credits",
    )

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.credits = AsyncCredits(engine)
        self.budgets = AsyncBudgets(engine)

    def list(
        self,
        *,
        customer_id: str | Omit = omit,
        external_customer_id: str | Omit = omit,
        plan_id: str | Omit = omit,
        is_active: bool | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Contract]:
        """List Contracts.

        Paginated list of contracts, optionally filtered by customer, external customer id, plan or
        active flag. Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore
        and total are returned at the top level. List items do not include metadata.

        Args:
            customer_id: Filter by Monk customer id.
            external_customer_id: Filter by your own external customer id (resolved through customer
                metadata).
            plan_id: Filter by plan.
            is_active: Filter by active status.
            limit: Page size (no minimum documented). (<= 100; server default 10)
            offset: Number of items to skip. (server default 0)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_CONTRACTS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                customer_id=customer_id,
                external_customer_id=external_customer_id,
                plan_id=plan_id,
                is_active=is_active,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(
        self,
        *,
        plan_id: str,
        customer_id: str,
        start_date: datetime.date | str,
        end_date: datetime.date | str | Omit = omit,
        net_terms: int | Omit = omit,
        overrides: Sequence[ContractPriceOverrideParam | ContractPriceOverride] | Omit = omit,
        credit_grant_cents: int | Omit | None = omit,
        credit_settings: ContractCreditSettingsParam | ContractCreditSettings | Omit = omit,
        metadata: Mapping[str, str | Decimal | int | str | bool] | Omit = omit,
        billing_cycle_anchor: str | Omit = omit,
        rate_overrides: Mapping[str, Mapping[str, Decimal | int | str]] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Create Contract.

        Create a contract (subscription) that puts a customer on a plan. Leave out endDate for a
        rolling month-to-month contract. Draft invoices for upcoming periods are generated
        automatically on creation. creditGrantCents has three states: absent = use the plan default,
        null = no credit grant, integer = grant amount in cents (including it enables the credit
        wallet).

        Args:
            plan_id: Plan to subscribe to. (``planId``; required)
            customer_id: Customer the contract belongs to. (``customerId``; required)
            start_date: Date billing starts. (``startDate``; required)
            end_date: Date the contract ends; leave out for a rolling month-to-month contract.
                (``endDate``)
            net_terms: Days until payment is due; overrides the plan's default net terms (defaults
                to the plan's value). (``netTerms``)
            overrides: Per-price overrides for this contract.
            credit_grant_cents: Credit grant in cents. Leave out to use the plan default, send null
                to disable the credit grant, or send an integer amount (enables the credit wallet).
                (``creditGrantCents``; omit: not sent; None: sent as null)
            credit_settings: (``creditSettings``)
            metadata: User-defined key/value metadata (max 10 keys; values strings, numbers or
                booleans). Newest capture only.
            billing_cycle_anchor: Day-of-month billing is anchored to (e.g. "2026-02-01"); defaults
                to the contract startDate. (``billingCycleAnchor``; inferred: not seen in Monk's
                docs)
            rate_overrides: (``rateOverrides``; inferred: not seen in Monk's docs)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CREATE_CONTRACT,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            plan_id=plan_id,
            customer_id=customer_id,
            start_date=start_date,
            **given(
                end_date=end_date,
                net_terms=net_terms,
                overrides=overrides,
                credit_grant_cents=credit_grant_cents,
                credit_settings=credit_settings,
                metadata=metadata,
                billing_cycle_anchor=billing_cycle_anchor,
                rate_overrides=rate_overrides,
            ),
        )

    async def get(
        self,
        contract_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Get Contract.

        Fetch a single contract by id.

        Args:
            contract_id: Contract UUID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_CONTRACT,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )

    async def update_metadata(
        self,
        contract_id: str,
        *,
        metadata: Mapping[str, str | Decimal | int | str | bool] | None,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Update Contract Metadata.

        Set or clear user-defined key/value metadata on a contract (e.g. CRM ids, internal tags).
        metadata is the only updatable field; null removes all custom metadata. Limits: at most 10
        keys, keys at most 40 characters, values at most 500 characters; values may be strings,
        numbers or booleans. Whether keys are merged with or replace the existing metadata is not
        stated.

        Args:
            contract_id: Contract UUID. (required)
            metadata: New metadata (max 10 keys, keys <= 40 chars, values <= 500 chars); null
                removes all custom metadata. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            UPDATE_CONTRACT_METADATA,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            metadata=metadata,
        )

    async def cancel(
        self,
        contract_id: str,
        *,
        cancel_at: Literal["end_of_period"],
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ContractCancellation:
        """Cancel Contract.

        Cancel a contract (subscription) at the end of the current billing period. The invoice for
        the current period is kept; draft invoices already generated for later periods are
        cancelled. Only end_of_period cancellation is offered.

        Args:
            contract_id: Contract UUID. (required)
            cancel_at: When the cancellation takes effect (only end_of_period is offered).
                (``cancelAt``; required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CANCEL_CONTRACT,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            cancel_at=cancel_at,
        )

    async def change_plan(
        self,
        contract_id: str,
        *,
        plan_id: str,
        change_option: Literal["immediate", "end_of_period", "requested_date"],
        change_date: datetime.date | str | Omit = omit,
        prorate: bool | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PlanChange:
        """Change Plan.

        Schedule a switch of an existing contract to a different plan (immediately, at the end of
        the period, or on a requested date). The documentation marks this endpoint as coming soon
        and not yet available.

        Args:
            contract_id: Contract UUID. (required)
            plan_id: Target plan. (``planId``; required)
            change_option: When the plan change applies. (``changeOption``; required)
            change_date: Date of the change (presumably used with requested_date; not stated).
                (``changeDate``)
            prorate: Whether to prorate. (server default true)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            CHANGE_PLAN,
            contract_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            plan_id=plan_id,
            change_option=change_option,
            **given(change_date=change_date, prorate=prorate),
        )


class AsyncContractsWithRawResponse:
    """Contracts: a customer on a plan, with dates, overrides, credits and budgets: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "budgets",
        "cancel",
        "change_plan",
        "create",
        "credits",
        "get",
        "list",
        "update_metadata",
    )

    def __init__(self, contracts: AsyncContracts) -> None:
        self.credits = AsyncCreditsWithRawResponse(contracts.credits)
        self.budgets = AsyncBudgetsWithRawResponse(contracts.budgets)
        self.list = async_pages_to_raw_response(contracts.list)
        self.create = async_to_raw_response(contracts.create)
        self.get = async_to_raw_response(contracts.get)
        self.update_metadata = async_to_raw_response(contracts.update_metadata)
        self.cancel = async_to_raw_response(contracts.cancel)
        self.change_plan = async_to_raw_response(contracts.change_plan)


class Invoices(SyncResource):
    """Invoices: finalised ones, the live upcoming one, and credit usage statements."""

    __slots__ = ()

    def list(
        self,
        *,
        customer_id: str | Omit = omit,
        status: Literal["Drafted", "In Progress", "In Transit", "Paid", "Cancelled", "Refunded"]
        | Omit = omit,
        created_after: datetime.date | str | Omit = omit,
        created_before: datetime.date | str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        include: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Invoice]:
        """List Invoices.

        Paginated list of invoices, optionally filtered by customer, status and creation date range.
        Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
        returned at the top level. include=lineItems adds the line items to each invoice.

        Args:
            customer_id: Filter by customer ID.
            status: Filter by status. "In Progress" and "In Transit" contain a space and must be
                URL-encoded.
            created_after: Only invoices created after this ISO 8601 date (inclusivity not stated).
            created_before: Only invoices created before this ISO 8601 date (inclusivity not
                stated).
            limit: Page size (no minimum documented). (<= 100; server default 10)
            offset: Number of invoices to skip. (server default 0)
            include: Comma-separated related resources to include; the only supported value is
                lineItems, which adds lineItems to each invoice.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_INVOICES,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                customer_id=customer_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                offset=offset,
                include=include,
            ),
        )

    def get(
        self,
        invoice_id: str,
        *,
        include: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Invoice:
        """Get Invoice.

        Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered
        lines with amounts in integer cents and as decimal strings, and their service periods).

        Args:
            invoice_id: The invoice's ID (a UUID in the older page's example; no format shown).
                (required)
            include: Comma-separated related resources to include; the only supported value is
                lineItems, which adds data.lineItems.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_INVOICE,
            invoice_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(include=include),
        )

    def credit_statement(
        self,
        invoice_id: str,
        *,
        format_: Literal["pdf", "json"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditUsageStatement:
        """Credit Usage Statement.

        Statement of the prepaid-credit usage tied to one invoice, a supplementary document for
        customers on prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a
        line deduction, audit and reconciliation). format=pdf (default) returns the statement as a
        base64-encoded PDF inside the JSON body (not a binary application/pdf response); format=json
        returns structured data only.

        Args:
            invoice_id: The invoice's ID (UUID). (required)
            format_: pdf includes a base64-encoded PDF in the response; json returns structured data
                only. (server default "pdf")
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_CREDIT_USAGE_STATEMENT,
            invoice_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(format_=format_),
        )

    def upcoming(
        self,
        customer_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UpcomingInvoice | None:
        """Get Upcoming Invoice.

        Preview a customer's next upcoming invoice, including live (not yet finalised) usage
        charges; line items are included. When the customer has no active contract the response is
        data = null (not a 404).

        Args:
            customer_id: The customer's ID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_UPCOMING_INVOICE,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class InvoicesWithRawResponse:
    """Invoices: finalised ones, the live upcoming one, and credit usage statements: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "credit_statement",
        "get",
        "list",
        "upcoming",
    )

    def __init__(self, invoices: Invoices) -> None:
        self.list = to_raw_response(invoices.list)
        self.get = to_raw_response(invoices.get)
        self.credit_statement = to_raw_response(invoices.credit_statement)
        self.upcoming = to_raw_response(invoices.upcoming)


class AsyncInvoices(AsyncResource):
    """Invoices: finalised ones, the live upcoming one, and credit usage statements."""

    __slots__ = ()

    def list(
        self,
        *,
        customer_id: str | Omit = omit,
        status: Literal["Drafted", "In Progress", "In Transit", "Paid", "Cancelled", "Refunded"]
        | Omit = omit,
        created_after: datetime.date | str | Omit = omit,
        created_before: datetime.date | str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        include: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Invoice]:
        """List Invoices.

        Paginated list of invoices, optionally filtered by customer, status and creation date range.
        Offset pagination: limit (default 10, max 100) and offset (default 0); hasMore and total are
        returned at the top level. include=lineItems adds the line items to each invoice.

        Args:
            customer_id: Filter by customer ID.
            status: Filter by status. "In Progress" and "In Transit" contain a space and must be
                URL-encoded.
            created_after: Only invoices created after this ISO 8601 date (inclusivity not stated).
            created_before: Only invoices created before this ISO 8601 date (inclusivity not
                stated).
            limit: Page size (no minimum documented). (<= 100; server default 10)
            offset: Number of invoices to skip. (server default 0)
            include: Comma-separated related resources to include; the only supported value is
                lineItems, which adds lineItems to each invoice.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_INVOICES,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                customer_id=customer_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                offset=offset,
                include=include,
            ),
        )

    async def get(
        self,
        invoice_id: str,
        *,
        include: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Invoice:
        """Get Invoice.

        Retrieve a single invoice by ID. include=lineItems adds data.lineItems (fixed and metered
        lines with amounts in integer cents and as decimal strings, and their service periods).

        Args:
            invoice_id: The invoice's ID (a UUID in the older page's example; no format shown).
                (required)
            include: Comma-separated related resources to include; the only supported value is
                lineItems, which adds data.lineItems.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_INVOICE,
            invoice_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(include=include),
        )

    async def credit_statement(
        self,
        invoice_id: str,
        *,
        format_: Literal["pdf", "json"] | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditUsageStatement:
        """Credit Usage Statement.

        Statement of the prepaid-credit usage tied to one invoice, a supplementary document for
        customers on prepaid credits (e.g. a $0 invoice fully covered by credits, credits shown as a
        line deduction, audit and reconciliation). format=pdf (default) returns the statement as a
        base64-encoded PDF inside the JSON body (not a binary application/pdf response); format=json
        returns structured data only.

        Args:
            invoice_id: The invoice's ID (UUID). (required)
            format_: pdf includes a base64-encoded PDF in the response; json returns structured data
                only. (server default "pdf")
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_CREDIT_USAGE_STATEMENT,
            invoice_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(format_=format_),
        )

    async def upcoming(
        self,
        customer_id: str,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UpcomingInvoice | None:
        """Get Upcoming Invoice.

        Preview a customer's next upcoming invoice, including live (not yet finalised) usage
        charges; line items are included. When the customer has no active contract the response is
        data = null (not a 404).

        Args:
            customer_id: The customer's ID. (required)
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_UPCOMING_INVOICE,
            customer_id,
            _options=options(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncInvoicesWithRawResponse:
    """Invoices: finalised ones, the live upcoming one, and credit usage statements: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "credit_statement",
        "get",
        "list",
        "upcoming",
    )

    def __init__(self, invoices: AsyncInvoices) -> None:
        self.list = async_pages_to_raw_response(invoices.list)
        self.get = async_to_raw_response(invoices.get)
        self.credit_statement = async_to_raw_response(invoices.credit_statement)
        self.upcoming = async_to_raw_response(invoices.upcoming)


class Events(EventsMethods):
    """The Events API: ingestion (not rate limited), listing, usage queries, health."""

    __slots__ = ()

    def list(
        self,
        *,
        event_name: str | Omit = omit,
        customer_id: str | Omit = omit,
        start: str | Omit = omit,
        end: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[EventRecord]:
        """List Events.

        Paginated list of ingested usage events with optional filters (event name, customer, time
        range). Offset pagination: request pages with limit and offset and stop when hasMore is
        false. The reference page was never captured; everything here is inferred from the Rust
        SDK's list_events() builder and response type.

        Args:
            event_name: Only events with this event name (SDK setter event_name, e.g. "api_call").
            customer_id: Only events of this customer (SDK setter customer_id, e.g. "cust_123").
            start: Start of the time range (the SDK example passes a plain date, "2025-01-01").
            end: End of the time range (the SDK example passes a plain date, "2025-01-31").
            limit: Page size (the SDK example uses 100).
            offset: Number of events to skip (the SDK pagination loop adds limit each page).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_EVENTS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                event_name=event_name,
                customer_id=customer_id,
                start=start,
                end=end,
                limit=limit,
                offset=offset,
            ),
        )

    def query_usage(
        self,
        *,
        start: str,
        end: str,
        event_name: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageQueryResult:
        """Query Usage.

        Aggregated event counts for a date range, optionally for one event name, with a daily (or
        bucketed) breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP
        method, path, parameter and field wire names were never seen.

        Args:
            start: Start of the range (required positional SDK argument, e.g. "2025-01-01").
                (required)
            end: End of the range (required positional SDK argument, e.g. "2025-01-31"). (required)
            event_name: Only count events with this event name (SDK setter event_name, e.g.
                "api_call").
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            QUERY_USAGE,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            start=start,
            end=end,
            **given(event_name=event_name),
        )

    def liveness(
        self,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HealthStatus:
        """Liveness Probe.

        Liveness probe of the Events API (is the service running). Known only from the Rust SDK
        "Querying Data" page, which is cut off at the start of its Health Checks section.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_LIVENESS, _options=options(timeout, extra_headers, extra_query, extra_body)
        )

    def readiness(
        self,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HealthStatus:
        """Readiness Probe.

        Readiness probe of the Events API (is the service ready to accept traffic). Known only from
        the Rust SDK "Querying Data" page, which is cut off at the start of its Health Checks
        section.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.call(
            GET_READINESS, _options=options(timeout, extra_headers, extra_query, extra_body)
        )


class EventsWithRawResponse:
    """The Events API: ingestion (not rate limited), listing, usage queries, health: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "list",
        "liveness",
        "query_usage",
        "readiness",
    )

    def __init__(self, events: Events) -> None:
        self.list = to_raw_response(events.list)
        self.query_usage = to_raw_response(events.query_usage)
        self.liveness = to_raw_response(events.liveness)
        self.readiness = to_raw_response(events.readiness)


class AsyncEvents(AsyncEventsMethods):
    """The Events API: ingestion (not rate limited), listing, usage queries, health."""

    __slots__ = ()

    def list(
        self,
        *,
        event_name: str | Omit = omit,
        customer_id: str | Omit = omit,
        start: str | Omit = omit,
        end: str | Omit = omit,
        limit: int | Omit = omit,
        offset: int | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[EventRecord]:
        """List Events.

        Paginated list of ingested usage events with optional filters (event name, customer, time
        range). Offset pagination: request pages with limit and offset and stop when hasMore is
        false. The reference page was never captured; everything here is inferred from the Rust
        SDK's list_events() builder and response type.

        Args:
            event_name: Only events with this event name (SDK setter event_name, e.g. "api_call").
            customer_id: Only events of this customer (SDK setter customer_id, e.g. "cust_123").
            start: Start of the time range (the SDK example passes a plain date, "2025-01-01").
            end: End of the time range (the SDK example passes a plain date, "2025-01-31").
            limit: Page size (the SDK example uses 100).
            offset: Number of events to skip (the SDK pagination loop adds limit each page).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return self._engine.list(
            LIST_EVENTS,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            **given(
                event_name=event_name,
                customer_id=customer_id,
                start=start,
                end=end,
                limit=limit,
                offset=offset,
            ),
        )

    async def query_usage(
        self,
        *,
        start: str,
        end: str,
        event_name: str | Omit = omit,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UsageQueryResult:
        """Query Usage.

        Aggregated event counts for a date range, optionally for one event name, with a daily (or
        bucketed) breakdown. Known only from the Rust SDK's query_usage(start, end) call; the HTTP
        method, path, parameter and field wire names were never seen.

        Args:
            start: Start of the range (required positional SDK argument, e.g. "2025-01-01").
                (required)
            end: End of the range (required positional SDK argument, e.g. "2025-01-31"). (required)
            event_name: Only count events with this event name (SDK setter event_name, e.g.
                "api_call").
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            QUERY_USAGE,
            _options=options(timeout, extra_headers, extra_query, extra_body),
            start=start,
            end=end,
            **given(event_name=event_name),
        )

    async def liveness(
        self,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HealthStatus:
        """Liveness Probe.

        Liveness probe of the Events API (is the service running). Known only from the Rust SDK
        "Querying Data" page, which is cut off at the start of its Health Checks section.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_LIVENESS, _options=options(timeout, extra_headers, extra_query, extra_body)
        )

    async def readiness(
        self,
        *,
        timeout: float | httpx.Timeout | Omit | None = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> HealthStatus:
        """Readiness Probe.

        Readiness probe of the Events API (is the service ready to accept traffic). Known only from
        the Rust SDK "Querying Data" page, which is cut off at the start of its Health Checks
        section.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add to this request.
            extra_body: JSON fields to add to this request's body.
        """
        return await self._engine.call(
            GET_READINESS, _options=options(timeout, extra_headers, extra_query, extra_body)
        )


class AsyncEventsWithRawResponse:
    """The Events API: ingestion (not rate limited), listing, usage queries, health: each method
    returns the raw response (``.parse()``).
    """

    __slots__ = (
        "list",
        "liveness",
        "query_usage",
        "readiness",
    )

    def __init__(self, events: AsyncEvents) -> None:
        self.list = async_pages_to_raw_response(events.list)
        self.query_usage = async_to_raw_response(events.query_usage)
        self.liveness = async_to_raw_response(events.liveness)
        self.readiness = async_to_raw_response(events.readiness)


class Usage(UsageMethods):
    """Usage cost: real stored events priced as the invoice will price them."""

    __slots__ = ()


class UsageWithRawResponse:
    """Usage cost: real stored events priced as the invoice will price them: each method returns the
    raw response (``.parse()``).
    """

    __slots__ = ()

    def __init__(self, usage: Usage) -> None:
        del usage  # no method of its own returns a raw response


class AsyncUsage(AsyncUsageMethods):
    """Usage cost: real stored events priced as the invoice will price them."""

    __slots__ = ()


class AsyncUsageWithRawResponse:
    """Usage cost: real stored events priced as the invoice will price them: each method returns the
    raw response (``.parse()``).
    """

    __slots__ = ()

    def __init__(self, usage: AsyncUsage) -> None:
        del usage  # no method of its own returns a raw response
