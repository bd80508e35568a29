"""Exact credit amounts: what a contract has left, and the rate its latest grant converts at."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._money import decimal_of, parse_json, reading
from ._operations import GET_CREDIT_BALANCE as BALANCE
from ._operations import GET_CREDIT_LEDGER as LEDGER

if TYPE_CHECKING:
    from ._client import _BaseClient
    from ._flow import Flow
    from ._generated.models import CreditLedger

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


def remaining_flow(client: _BaseClient, contract_id: str) -> Flow[RemainingCredits]:
    response = yield BALANCE, (contract_id,), {}
    model = client._result(BALANCE, response)  # checks the shape, feeds capture_responses()
    with reading(BALANCE.method_name, response):
        raw = parse_json(response.content)["data"]["balance"]
        cents = raw["balanceCents"]
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise TypeError(f"balanceCents is not a whole number of cents: {cents!r}")
        return RemainingCredits(
            credits=decimal_of(raw["creditBalance"], "creditBalance"),
            cents=cents,
            currency=model.balance.currency,
            as_of=model.balance.as_of,
        )


def grant_rate_flow(client: _BaseClient, contract_id: str) -> Flow[Decimal | None]:
    response = yield LEDGER, (contract_id,), {}
    ledger = client._result(LEDGER, response)
    with reading(LEDGER.method_name, response):
        return latest_grant_rate(ledger, parse_json(response.content)["data"]["entries"])


def latest_grant_rate(ledger: CreditLedger, raw_entries: list[Any]) -> Decimal | None:
    """Cents per credit of the most recent grant (by ``createdAt``) that has a rate above 0.

    Grants without a rate (dollar-only grants) and free-credit grants (rate 0) cannot convert
    dollars to credits, so they are passed over. On equal ``createdAt`` the entry listed first
    wins: the ledger is sorted newest first.
    """
    best: tuple[datetime.datetime, Decimal] | None = None
    for entry, raw in zip(ledger.entries, raw_entries, strict=True):
        rate = raw.get("creditRateCents")
        if entry.type_ != "grant" or rate is None:
            continue
        rate = decimal_of(rate, "creditRateCents")
        created = _aware(entry.created_at)
        if rate > 0 and (best is None or created > best[0]):
            best = (created, rate)
    return None if best is None else best[1]


def _aware(moment: datetime.datetime) -> datetime.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
