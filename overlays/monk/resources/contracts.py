"""``client.contracts``: contracts, and under them ``credits`` and ``budgets``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._credits import RemainingCredits, grant_rate_flow, remaining_flow
from .._flow import arun, run
from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from decimal import Decimal

    from .._client import AsyncMonk, Monk
    from .._generated.models import (
        BudgetUsage,
        Contract,
        ContractCancellation,
        CreditBalanceAndBlocks,
        CreditBudget,
        CreditBudgetDeletion,
        CreditBudgetList,
        CreditLedger,
        PlanChange,
        PromotionalCreditGrant,
    )
    from .._pagination import AsyncPager, SyncPage

__all__ = ["AsyncBudgets", "AsyncContracts", "AsyncCredits", "Budgets", "Contracts", "Credits"]

CREATE: Operation[Contract] = Operation("contracts.create_contract", method="contracts.create")
GET: Operation[Contract] = Operation("contracts.get_contract", method="contracts.get")
LIST: ListOperation[Contract] = ListOperation("contracts.list_contracts", method="contracts.list")
UPDATE_METADATA: Operation[Contract] = Operation(
    "contracts.update_contract_metadata", method="contracts.update_metadata"
)
CANCEL: Operation[ContractCancellation] = Operation(
    "contracts.cancel_contract", method="contracts.cancel"
)
CHANGE_PLAN: Operation[PlanChange] = Operation(
    "contracts.change_plan", method="contracts.change_plan"
)
BALANCE: Operation[CreditBalanceAndBlocks] = Operation(
    "contracts.get_credit_balance", method="contracts.credits.balance"
)
LEDGER: Operation[CreditLedger] = Operation(
    "contracts.get_credit_ledger", method="contracts.credits.ledger"
)
GRANT_PROMOTIONAL: Operation[PromotionalCreditGrant] = Operation(
    "contracts.grant_promotional_credits", method="contracts.credits.grant_promotional"
)
BUDGETS_LIST: Operation[CreditBudgetList] = Operation(
    "contracts.list_credit_budgets", method="contracts.budgets.list"
)
BUDGETS_CREATE: Operation[CreditBudget] = Operation(
    "contracts.create_credit_budget", method="contracts.budgets.create"
)
BUDGETS_UPDATE: Operation[CreditBudget] = Operation(
    "contracts.update_credit_budget", method="contracts.budgets.update"
)
BUDGETS_DELETE: Operation[CreditBudgetDeletion] = Operation(
    "contracts.delete_credit_budget", method="contracts.budgets.delete"
)
BUDGETS_USAGE: Operation[BudgetUsage] = Operation(
    "contracts.get_budget_usage", method="contracts.budgets.usage"
)


class Credits(SyncResource):
    """A contract's prepaid credits: balance, ledger and promotional grants.

    Credits are held per contract, in blocks: one per grant. A block is ``active`` (balance
    left, not expired), ``depleted`` (used up) or ``expired`` (past ``expiresAt``; unused paid
    credits become breakage revenue). Usage-based charges are deducted in near real time from
    the active blocks in ``priority`` order (1 first, FIFO): soonest expiry first, then
    promotional before paid, then lowest cost basis. Non-active blocks have no priority.

    The generated models carry credit amounts and rates as floats; :meth:`remaining` and
    :meth:`grant_rate` read them exactly, as Decimals, from the response text.
    """

    def balance(self, contract_id: str) -> CreditBalanceAndBlocks:
        """The aggregate balance and every block (any status), each with its priority.

        A contract without a credit wallet has a zero balance and no blocks (not an error).
        ``credit_balance`` and the blocks' credit amounts are floats: use :meth:`remaining`
        for exact numbers.
        """
        return self._client._call(BALANCE, contract_id)

    def ledger(self, contract_id: str) -> CreditLedger:
        """Every ledger entry, newest first: the wallet's immutable history.

        ``amount_cents`` is signed by type: ``grant`` adds (+), ``usage`` is applied to an
        invoice (-), ``adjustment`` corrects either way, ``reversal`` undoes an entry (opposite
        sign), ``expiration`` removes expired credits (-). Usage and expiration entries name
        their grant in ``grant_entry_id``. Empty when the contract has no wallet.
        """
        return self._client._call(LEDGER, contract_id)

    def remaining(self, contract_id: str) -> RemainingCredits:
        """The unused balance, exactly: ``credits`` (Decimal), ``cents`` and ``amount``."""
        return run(self._client, remaining_flow(self._client, contract_id))

    def grant_rate(self, contract_id: str) -> Decimal | None:
        """Cents per credit of the most recent grant with a rate (what ``unit="credits"``
        converts at), exactly; None when no grant has one (dollar-only or free grants).
        """
        return run(self._client, grant_rate_flow(self._client, contract_id))

    def grant_promotional(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> PromotionalCreditGrant:
        """Grant free credits: ``amount_cents``, or ``credit_rate_cents`` with ``credit_amount``."""
        return self._client._call(GRANT_PROMOTIONAL, contract_id, body=body, **fields)


class Budgets(SyncResource):
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period."""

    def list(self, contract_id: str) -> CreditBudgetList:
        """The contract's budgets (``.budgets``, in index order) and its wallet mode."""
        return self._client._call(BUDGETS_LIST, contract_id)

    def create(self, contract_id: str, body: Any = None, /, **fields: Any) -> CreditBudget:
        """Add a budget to the contract."""
        return self._client._call(BUDGETS_CREATE, contract_id, body=body, **fields)

    def update(
        self, contract_id: str, index: int, body: Any = None, /, **fields: Any
    ) -> CreditBudget:
        """Change the budget at ``index``."""
        return self._client._call(BUDGETS_UPDATE, contract_id, index, body=body, **fields)

    def delete(self, contract_id: str, index: int) -> CreditBudgetDeletion:
        """Remove the budget at ``index``."""
        return self._client._call(BUDGETS_DELETE, contract_id, index)

    def usage(self, contract_id: str, **params: Any) -> BudgetUsage:
        """Every budget with its live consumption (units, cents, percent, exhausted).

        Expensive: Monk computes it from raw events in ClickHouse on every call, one query per
        distinct event property key. Cache it rather than polling, and use :meth:`list` when
        only the budgets' configuration is needed.
        """
        return self._client._call(BUDGETS_USAGE, contract_id, **params)


class Contracts(SyncResource):
    """Contracts: a customer on a plan, with dates, overrides, credits and budgets."""

    __slots__ = ("budgets", "credits")

    def __init__(self, client: Monk) -> None:
        super().__init__(client)
        self.credits = Credits(client)
        self.budgets = Budgets(client)

    def create(self, body: Any = None, /, **fields: Any) -> Contract:
        """Put a customer on a plan (``customer_id``, ``plan_id``, ``start_date``...)."""
        return self._client._call(CREATE, body=body, **fields)

    def get(self, contract_id: str) -> Contract:
        """Fetch one contract."""
        return self._client._call(GET, contract_id)

    def list(self, **params: Any) -> SyncPage[Contract]:
        """Contracts, page by page (``customer_id``, ``limit``, ``offset``...)."""
        return self._client._list(LIST, **params)

    def update_metadata(self, contract_id: str, body: Any = None, /, **fields: Any) -> Contract:
        """Replace the contract's metadata (``metadata=None`` clears it)."""
        return self._client._call(UPDATE_METADATA, contract_id, body=body, **fields)

    def cancel(self, contract_id: str, body: Any = None, /, **fields: Any) -> ContractCancellation:
        """Cancel the contract (at the end of the current period)."""
        return self._client._call(CANCEL, contract_id, body=body, **fields)

    def change_plan(self, contract_id: str, body: Any = None, /, **fields: Any) -> PlanChange:
        """Move the contract to another plan."""
        return self._client._call(CHANGE_PLAN, contract_id, body=body, **fields)


class AsyncCredits(AsyncResource):
    """A contract's prepaid credits (async); see :class:`Credits`."""

    async def balance(self, contract_id: str) -> CreditBalanceAndBlocks:
        return await self._client._call(BALANCE, contract_id)

    async def ledger(self, contract_id: str) -> CreditLedger:
        return await self._client._call(LEDGER, contract_id)

    async def remaining(self, contract_id: str) -> RemainingCredits:
        return await arun(self._client, remaining_flow(self._client, contract_id))

    async def grant_rate(self, contract_id: str) -> Decimal | None:
        return await arun(self._client, grant_rate_flow(self._client, contract_id))

    async def grant_promotional(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> PromotionalCreditGrant:
        return await self._client._call(GRANT_PROMOTIONAL, contract_id, body=body, **fields)


class AsyncBudgets(AsyncResource):
    """Credit budgets (async); see :class:`Budgets`."""

    async def list(self, contract_id: str) -> CreditBudgetList:
        return await self._client._call(BUDGETS_LIST, contract_id)

    async def create(self, contract_id: str, body: Any = None, /, **fields: Any) -> CreditBudget:
        return await self._client._call(BUDGETS_CREATE, contract_id, body=body, **fields)

    async def update(
        self, contract_id: str, index: int, body: Any = None, /, **fields: Any
    ) -> CreditBudget:
        return await self._client._call(BUDGETS_UPDATE, contract_id, index, body=body, **fields)

    async def delete(self, contract_id: str, index: int) -> CreditBudgetDeletion:
        return await self._client._call(BUDGETS_DELETE, contract_id, index)

    async def usage(self, contract_id: str, **params: Any) -> BudgetUsage:
        """Live budget consumption. Expensive (ClickHouse, per call): cache it; see :class:`Budgets`."""
        return await self._client._call(BUDGETS_USAGE, contract_id, **params)


class AsyncContracts(AsyncResource):
    """Contracts (async); see :class:`Contracts`."""

    __slots__ = ("budgets", "credits")

    def __init__(self, client: AsyncMonk) -> None:
        super().__init__(client)
        self.credits = AsyncCredits(client)
        self.budgets = AsyncBudgets(client)

    async def create(self, body: Any = None, /, **fields: Any) -> Contract:
        return await self._client._call(CREATE, body=body, **fields)

    async def get(self, contract_id: str) -> Contract:
        return await self._client._call(GET, contract_id)

    def list(self, **params: Any) -> AsyncPager[Contract]:
        return self._client._list(LIST, **params)

    async def update_metadata(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> Contract:
        return await self._client._call(UPDATE_METADATA, contract_id, body=body, **fields)

    async def cancel(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> ContractCancellation:
        return await self._client._call(CANCEL, contract_id, body=body, **fields)

    async def change_plan(self, contract_id: str, body: Any = None, /, **fields: Any) -> PlanChange:
        return await self._client._call(CHANGE_PLAN, contract_id, body=body, **fields)
