"""Exact credit amounts: what a contract has left, and the rate its latest grant converts at."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._generated.operations import GET_CREDIT_BALANCE as BALANCE
from .._generated.operations import GET_CREDIT_LEDGER as LEDGER
from .._generated.types import Unset
from .money import UnreadableError, currency_of, decimal_of, decoded, reading

if TYPE_CHECKING:
    from .._core.engine import Engine
    from .._core.flow import Flow
    from .._generated.models import CreditLedger

__all__ = ["RemainingCredits", "grant_rate_flow", "latest_grant_rate", "remaining_flow"]


@dataclass(frozen=True, slots=True)
class RemainingCredits:
    """A contract's unused prepaid credits, exactly as Monk reports them.

    ``credits`` is the wallet's credit balance (``creditBalance``, may be fractional), ``cents``
    its value in cents (``balanceCents``), ``as_of`` when Monk computed it. Both count every
    block; only ``active`` blocks hold a remaining balance.
    """

    credits: Decimal
    cents: int
    currency: str
    as_of: datetime.datetime

    @property
    def amount(self) -> Decimal:
        """The value in currency units: ``cents / 100``, exact (45000 -> ``Decimal('450.00')``)."""
        return Decimal(self.cents).scaleb(-2)


def remaining_flow(client: Engine, contract_id: str) -> Flow[RemainingCredits]:
    response = yield BALANCE, (contract_id,), {}
    model = client.result(BALANCE, response)  # checks the shape, feeds capture_responses()
    with reading(BALANCE.method_name, response, "$.data.balance"):
        balance = decoded(model.balance, "$.data.balance")
        cents = balance.balance_cents
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise UnreadableError("$.data.balance.balanceCents", "not a whole number of cents")
        as_of = balance.as_of
        if not isinstance(as_of, datetime.datetime):
            raise UnreadableError("$.data.balance.asOf", "not a date-time")
        return RemainingCredits(
            credits=decimal_of(balance.credit_balance, "$.data.balance.creditBalance"),
            cents=cents,
            currency=currency_of(balance.currency),
            as_of=as_of,
        )


def grant_rate_flow(client: Engine, contract_id: str) -> Flow[Decimal | None]:
    response = yield LEDGER, (contract_id,), {}
    ledger = client.result(LEDGER, response)
    with reading(LEDGER.method_name, response, "$.data.entries"):
        return latest_grant_rate(ledger)


def latest_grant_rate(ledger: CreditLedger) -> Decimal | None:
    """Cents per credit of the most recent grant (by ``createdAt``) that has a rate above 0.

    Grants without a rate (dollar-only grants) and free-credit grants (rate 0) cannot convert
    dollars to credits, so they are passed over. On equal ``createdAt`` the entry listed first
    wins: the ledger is sorted newest first. A rated grant whose ``createdAt`` is unreadable
    cannot be ordered: that is an :class:`UnreadableError` (never a guess at which rate is latest).
    """
    entries = ledger.entries
    if not isinstance(entries, list):
        raise UnreadableError("$.data.entries", "not an array")
    best: tuple[datetime.datetime, Decimal] | None = None
    for index, entry in enumerate(entries):
        if getattr(entry, "type_", None) != "grant":
            continue  # another type, or an entry tolerant decoding kept as received
        rate = entry.credit_rate_cents
        if rate is None or isinstance(rate, Unset):
            continue
        where = f"$.data.entries[{index}]"
        rate = decimal_of(rate, f"{where}.creditRateCents")
        if rate <= 0:
            continue
        created = _aware(entry.created_at, f"{where}.createdAt")
        if best is None or created > best[0]:
            best = (created, rate)
    return None if best is None else best[1]


def _aware(moment: Any, where: str) -> datetime.datetime:
    """An entry's time as an aware datetime (the models read one without an offset as UTC)."""
    if not isinstance(moment, datetime.datetime):
        raise UnreadableError(where, "not a date-time")
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
