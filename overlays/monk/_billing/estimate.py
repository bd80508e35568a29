"""Estimate Event Pricing: the decoded estimate as a :class:`CostEstimate` of exact Decimals."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import ValidationError
from .._generated.operations import ESTIMATE_EVENT_PRICING as ESTIMATE
from .._generated.types import Unset
from .money import (
    Unit,
    UnreadableError,
    check_rate_cents,
    currency_of,
    decimal_of,
    decoded,
    reading,
    response_rate,
)

if TYPE_CHECKING:
    from .._core.engine import Engine
    from .._core.flow import Flow

__all__ = ["MAX_ESTIMATE_EVENTS", "CostEstimate", "EventCost", "MeterCost", "estimate_flow"]

MAX_ESTIMATE_EVENTS = 500

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EventCost:
    """The cost of one input event; ``idempotency_key`` echoes the event's, when it had one."""

    idempotency_key: str | None
    total_amount: Decimal


@dataclass(frozen=True, slots=True)
class MeterCost:
    """The cost of one meter matched by at least one event."""

    meter_name: str
    meter_display_name: str
    total_quantity: Decimal
    total_amount: Decimal


@dataclass(frozen=True, slots=True)
class CostEstimate:
    """What synthetic events would cost at the org-level rate cards (nothing is stored).

    Every amount is an exact Decimal in ``unit``: USD for ``"currency"``, credits for
    ``"credits"`` (at ``credit_rate_cents``). ``currency`` is the currency behind the amounts
    (Monk prices in USD). ``estimated_at`` is when Monk priced them: show it when caching.
    """

    total_amount: Decimal
    unit: Unit
    currency: str
    credit_rate_cents: Decimal | None
    estimated_at: datetime.datetime
    events: tuple[EventCost, ...]
    meters: tuple[MeterCost, ...]


def estimate_flow(
    client: Engine, events: Iterable[Any], credit_rate_cents: int | None
) -> Flow[CostEstimate]:
    if isinstance(events, (str, bytes, Mapping)) or not isinstance(events, Iterable):
        raise ValidationError("events", "must be a list of events")
    items = list(events)
    if not 1 <= len(items) <= MAX_ESTIMATE_EVENTS:
        raise ValidationError(
            "events", f"has {len(items)} events; send 1 to {MAX_ESTIMATE_EVENTS} per call"
        )
    fields: dict[str, Any] = {"events": items}
    if credit_rate_cents is not None:
        fields["credit_rate_cents"] = check_rate_cents("credit_rate_cents", credit_rate_cents)
    response = yield ESTIMATE, (), fields
    model = client.result(ESTIMATE, response)
    with reading(ESTIMATE.method_name, response):
        credits = model.unit == "credits"
        return CostEstimate(
            total_amount=decimal_of(model.total_amount, "$.totalAmount"),
            unit="credits" if credits else "currency",
            currency=currency_of(model.currency),
            credit_rate_cents=response_rate(model.credit_rate_cents, "$.creditRateCents")
            if credits
            else None,
            estimated_at=model.estimated_at,
            events=tuple(
                EventCost(
                    idempotency_key=None
                    if isinstance(item.idempotency_key, Unset)
                    else item.idempotency_key,
                    total_amount=decimal_of(item.total_amount, "$.events[*].totalAmount"),
                )
                for item in _items(model.events, "$.events")
            ),
            meters=tuple(
                MeterCost(
                    meter_name=_present(item.meter_name, "$.meters[*].meterName"),
                    meter_display_name=_present(
                        item.meter_display_name, "$.meters[*].meterDisplayName"
                    ),
                    total_quantity=decimal_of(item.total_quantity, "$.meters[*].totalQuantity"),
                    total_amount=decimal_of(item.total_amount, "$.meters[*].totalAmount"),
                )
                for item in _items(model.meters, "$.meters")
            ),
        )


def _items(items: list[T], where: str) -> list[T]:
    """A list of decoded objects, or an :class:`UnreadableError` at ``where`` (what tolerant
    decoding kept as received: no array, or an item that is not an object)."""
    if not isinstance(items, list):
        raise UnreadableError(where, "not an array")
    return [decoded(item, f"{where}[{index}]") for index, item in enumerate(items)]


def _present(value: T | Unset, where: str) -> T:
    """A required value the response sent, or an :class:`UnreadableError` at ``where``."""
    if isinstance(value, Unset):
        raise UnreadableError(where, "missing")
    return value
