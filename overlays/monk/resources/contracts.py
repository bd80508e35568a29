"""``client.contracts``: contracts, and under them ``credits`` and ``budgets``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._operation import ListOperation, Operation
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._client import AsyncMonk, Monk
    from .._generated.models import (
        BudgetUsage,
        Contract,
        ContractCancellation,
        CreditBalanceAndBlocks,
        CreditBudget,
        CreditBudgetDeletion,
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
BUDGETS_LIST: Operation[list[CreditBudget]] = Operation(
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

    Credits are held in blocks, one per grant. Block status is ``active`` (balance left, not
    expired), ``depleted`` (used up) or ``expired`` (past ``expiresAt``). Usage is deducted FIFO
    by ``priority`` (1 first): soonest expiry first, then promotional before paid, then lowest
    cost basis.
    """

    def balance(self, contract_id: str) -> CreditBalanceAndBlocks:
        """The aggregate balance and every credit block, with its deduction priority."""
        return self._client._call(BALANCE, contract_id)

    def ledger(self, contract_id: str) -> CreditLedger:
        """Every ledger entry (grant, usage, adjustment, reversal, expiration), newest first."""
        return self._client._call(LEDGER, contract_id)

    def grant_promotional(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> PromotionalCreditGrant:
        """Grant free credits: ``amount_cents``, or ``credit_rate_cents`` with ``credit_amount``."""
        return self._client._call(GRANT_PROMOTIONAL, contract_id, body=body, **fields)


class Budgets(SyncResource):
    """Credit budgets: caps on how many credits a contract (or one meter) may use per period."""

    def list(self, contract_id: str) -> list[CreditBudget]:
        """The contract's budgets, in index order."""
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
        """How much of each budget is used. Expensive: Monk computes it from raw events
        (ClickHouse) on every call, so cache it rather than polling.
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

    async def grant_promotional(
        self, contract_id: str, body: Any = None, /, **fields: Any
    ) -> PromotionalCreditGrant:
        return await self._client._call(GRANT_PROMOTIONAL, contract_id, body=body, **fields)


class AsyncBudgets(AsyncResource):
    """Credit budgets (async); see :class:`Budgets`."""

    async def list(self, contract_id: str) -> list[CreditBudget]:
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
        """How much of each budget is used. Expensive (computed from raw events): cache it."""
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
