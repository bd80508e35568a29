"""``client.contracts.credits``: what the spec cannot say about credits (exact remaining balance,
the grant rate); the typed methods of every contract operation are generated in ``_api``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._core.flow import arun, run
from .._core.options import Omit, omit, options
from .._core.resource import AsyncResource, SyncResource, docs_from
from .credits import RemainingCredits, grant_rate_flow, remaining_flow

if TYPE_CHECKING:
    from decimal import Decimal

    import httpx

__all__ = ["AsyncCreditsMethods", "CreditsMethods"]


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
