"""Usage cost: the request rules, the contract-derived date range, and the credits conversion.

Everything a caller can get wrong is checked before any request. The date range is resolved
here from the contract (not left to the server) so the result is the same whether or not the
server applies the contract defaults; the older API required both dates.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

from .._exceptions import ValidationError
from .._generated.operations import GET_CONTRACT, GET_USAGE_COST
from .._generated.types import UNSET
from .credits import grant_rate_flow
from .money import (
    Unit,
    UnreadableError,
    check_rate_cents,
    credit_rate,
    credits_from_currency,
    currency_from_credits,
    currency_of,
    decimal_of,
    reading,
    response_rate,
)

if TYPE_CHECKING:
    import httpx

    from .._core.engine import Engine
    from .._core.flow import Flow
    from .._generated.models import Contract, UsageCostResponse

__all__ = [
    "COST",
    "MAX_EVENT_NAMES",
    "MAX_PROPERTY_FILTERS",
    "DateLike",
    "PropertyFilters",
    "Unit",
    "UsageCost",
    "cost_flow",
    "to_date_flow",
]

COST = GET_USAGE_COST

MAX_EVENT_NAMES = 50
MAX_PROPERTY_FILTERS = 20

DateLike: TypeAlias = datetime.date | datetime.datetime | str
PropertyFilters: TypeAlias = Mapping[str, Any] | Iterable[Mapping[str, Any] | tuple[str, Any]]
_UNITS = ("currency", "credits")


@dataclass(frozen=True, slots=True)
class UsageCost:
    """What a customer's stored usage cost over ``[start, end)``, in USD or in credits.

    ``total_amount`` is in ``unit``: USD for ``"currency"``, credits for ``"credits"`` (at
    ``credit_rate_cents`` cents per credit). ``currency_amount`` is always the USD total, and
    credits are derived from it, so ``cost.to_credits(750).to_currency() == cost`` exactly.
    Amounts are exact Decimals (never through float); credits are ``usd * 100 / rate``
    to 34 significant digits (exact whenever the quotient terminates). Nothing is rounded to
    cents or to whole credits: quantize for display only.
    """

    total_amount: Decimal
    unit: Unit
    currency_amount: Decimal
    currency: str
    credit_rate_cents: Decimal | None
    start: datetime.datetime
    end: datetime.datetime
    queried_at: datetime.datetime
    contract_id: str | None = None

    def to_credits(self, rate_cents: int | Decimal) -> UsageCost:
        """The same cost in credits at ``rate_cents`` cents per credit (750 = $7.50)."""
        rate = credit_rate("rate_cents", rate_cents)
        credits = credits_from_currency(self.currency_amount, rate)
        return dataclasses.replace(
            self, total_amount=credits, unit="credits", credit_rate_cents=rate
        )

    def to_currency(self) -> UsageCost:
        """The same cost in USD (the amount it was derived from; no arithmetic)."""
        return dataclasses.replace(
            self, total_amount=self.currency_amount, unit="currency", credit_rate_cents=None
        )


# -- the flows --------------------------------------------------------------------------------


def cost_flow(
    client: Engine,
    *,
    customer_id: str | None,
    external_customer_id: str | None,
    contract_id: str | None,
    start: DateLike | None,
    end: DateLike | None,
    event_names: Iterable[str] | None,
    property_filters: PropertyFilters | None,
    unit: Unit | None,
    credit_rate_cents: int | None,
) -> Flow[UsageCost]:
    """The requests behind ``client.usage.cost``: maybe the contract, the cost, maybe the ledger."""
    # 1. Everything the caller controls, before any request.
    for name, value in (
        ("customer_id", customer_id),
        ("external_customer_id", external_customer_id),
        ("contract_id", contract_id),
    ):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ValidationError(name, f"must be a non-empty string, not {value!r}")
    if not (customer_id or external_customer_id or contract_id):
        raise ValidationError(
            "customer_id", "give customer_id, external_customer_id or contract_id"
        )
    rate = None
    if credit_rate_cents is not None:
        rate = check_rate_cents("credit_rate_cents", credit_rate_cents)
    wanted = _unit(unit, rate)
    start_at = None if start is None else utc_instant("start", start)
    end_at = None if end is None else utc_instant("end", end)
    if contract_id is None:
        if start_at is None:
            raise ValidationError("start", "is required unless contract_id is given")
        if end_at is None:
            raise ValidationError("end", "is required unless contract_id is given")
    names = _event_names(event_names)
    filters = _property_filters(property_filters)
    if start_at is not None and end_at is not None:
        _check_range(start_at, end_at)

    # 2. The contract, for the dates it implies and to check the customer owns it.
    from_contract = start_at is None and end_at is None
    if contract_id is not None and (start_at is None or end_at is None or customer_id):
        response = yield GET_CONTRACT, (contract_id,), {}
        contract: Contract = client.result(GET_CONTRACT, response)
        if customer_id and not _same_id(customer_id, contract.customer_id):
            raise ValidationError(
                "customer_id",
                f"{customer_id!r} is not the customer of contract_id {contract_id!r} "
                f"(its customer is {contract.customer_id!r}); pass one or the other",
            )
        if start_at is None or end_at is None:  # only then are the contract's dates needed
            starts, ends = _contract_range(contract, response)
            if start_at is None:
                start_at = starts
            if end_at is None:
                end_at = ends or now(client)
        assert start_at is not None and end_at is not None
        if from_contract and start_at >= end_at:
            # The contract's own range is empty (it ends on the day it starts, as the spec's
            # example contract does, or it has not started yet): nothing can have cost anything.
            empty = _empty_cost(client, start_at, contract_id)
            return (yield from _in_unit(client, empty, wanted, rate, contract_id))
        _check_range(start_at, end_at)

    # 3. The cost.
    assert start_at is not None and end_at is not None
    fields: dict[str, Any] = {
        "start_date": start_at,
        "end_date": end_at,
        "customer_id": customer_id,
        "external_customer_id": external_customer_id,
        "contract_id": contract_id,
        "event_names": names,
        "property_filters": filters,
        # Omitted for currency, the default, so an older server never sees an unknown field.
        "unit": "credits" if wanted == "credits" else None,
        "credit_rate_cents": rate,
    }
    response = yield COST, (), {k: v for k, v in fields.items() if v is not None}
    model = client.result(COST, response)
    cost = _cost_of(model, response, contract_id, (start_at, end_at), now(client))
    return (yield from _in_unit(client, cost, wanted, rate, contract_id))


def _in_unit(
    client: Engine, cost: UsageCost, wanted: Unit, rate: int | None, contract_id: str | None
) -> Flow[UsageCost]:
    """4. In the unit asked for. The server's conversion stands when it made one (at the rate
    asked for, if one was); an older server answers in USD and the rate is looked up here."""
    if wanted == "currency":
        return cost.to_currency()
    if rate is not None:
        same = cost.unit == "credits" and cost.credit_rate_cents == rate
        return cost if same else cost.to_credits(rate)
    if cost.unit == "credits" or contract_id is None:
        return cost  # no contract, no ledger to read: stays in USD, as the server's fallback
    latest = yield from grant_rate_flow(client, contract_id)
    return cost if latest is None else cost.to_credits(latest)


def to_date_flow(
    client: Engine,
    contract_id: str,
    *,
    unit: Unit | None,
    event_names: Iterable[str] | None,
    property_filters: PropertyFilters | None,
) -> Flow[UsageCost]:
    """A contract's cost from its start date until now (or its end date, if that has passed)."""
    response = yield GET_CONTRACT, (contract_id,), {}
    contract: Contract = client.result(GET_CONTRACT, response)
    current = now(client)
    starts, ends = _contract_range(contract, response)
    end = current if ends is None or ends > current else ends
    if starts >= end:
        # An empty range: the contract ends on the day it starts (the spec's example contract)
        # or starts in the future. Its cost so far is zero; the server is not asked.
        wanted = _unit(unit, None)
        empty = _empty_cost(client, starts, contract_id)
        return (yield from _in_unit(client, empty, wanted, None, contract_id))
    return (
        yield from cost_flow(
            client,
            customer_id=None,
            external_customer_id=None,
            contract_id=contract_id,
            start=starts,
            end=end,
            event_names=event_names,
            property_filters=property_filters,
            unit=unit,
            credit_rate_cents=None,
        )
    )


# -- rules ------------------------------------------------------------------------------------


def utc_instant(field: str, value: Any) -> datetime.datetime:
    """A date (midnight UTC), an aware datetime, or an ISO 8601 string, as an aware UTC datetime.

    A naive datetime, or a string with a time but no offset, is refused: guessing its timezone
    would silently shift the range.
    """
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            try:
                value = datetime.datetime.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    field, f"{value!r} is not an ISO 8601 date or date-time"
                ) from None
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ValidationError(
                field,
                f"{value!s} has no timezone; use an aware datetime (tzinfo=datetime.UTC), "
                "an ISO string with an offset, or a date (midnight UTC)",
            )
        try:
            return value.astimezone(datetime.UTC)
        except (OverflowError, ValueError):
            raise ValidationError(field, f"{value!s} is out of range in UTC") from None
    if isinstance(value, datetime.date):
        return _midnight(value)
    raise ValidationError(
        field, f"must be a date, an aware datetime or an ISO 8601 string, not {value!r}"
    )


def now(client: Engine) -> datetime.datetime:
    """The client's clock, in UTC ("today" for a rolling contract)."""
    current = client.clock()
    if current.utcoffset() is None:
        raise ValidationError("clock", "must return an aware datetime")
    return current.astimezone(datetime.UTC)


def _unit(unit: Any, rate: int | None) -> Unit:
    if unit is None:
        return "credits" if rate is not None else "currency"
    if unit not in _UNITS:
        raise ValidationError("unit", f"must be 'currency' or 'credits', not {unit!r}")
    if unit == "currency" and rate is not None:
        raise ValidationError(
            "credit_rate_cents", "converts the total to credits; it cannot go with unit='currency'"
        )
    return "credits" if unit == "credits" else "currency"


def _event_names(value: Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise ValidationError("event_names", "must be a list of event names, not one string")
    names = list(value)
    if len(names) > MAX_EVENT_NAMES:
        raise ValidationError(
            "event_names", f"has {len(names)} entries; at most {MAX_EVENT_NAMES} are allowed"
        )
    for name in names:
        if not isinstance(name, str):
            raise ValidationError("event_names", f"entries must be strings, not {name!r}")
    return names


def _property_filters(value: PropertyFilters | None) -> list[dict[str, Any]] | None:
    """``{key: value}``, or a list of ``{"key": ..., "value": ...}`` or ``(key, value)``."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, str):
        raise ValidationError("property_filters", "must be a dict or a list of key/value pairs")
    else:
        pairs = []
        for item in value:
            if isinstance(item, Mapping):
                if set(item) != {"key", "value"}:
                    raise ValidationError(
                        "property_filters", f"each filter needs exactly key and value: {item!r}"
                    )
                pairs.append((item["key"], item["value"]))
            elif isinstance(item, tuple) and len(item) == 2:
                pairs.append(item)
            else:
                raise ValidationError(
                    "property_filters", f"{item!r} is not a key/value pair or mapping"
                )
    if len(pairs) > MAX_PROPERTY_FILTERS:
        raise ValidationError(
            "property_filters",
            f"has {len(pairs)} filters; at most {MAX_PROPERTY_FILTERS} are allowed",
        )
    for key, _ in pairs:
        if not isinstance(key, str) or not key:
            raise ValidationError("property_filters", f"a filter key must be a name: {key!r}")
    return [{"key": key, "value": val} for key, val in pairs]


def _check_range(start: datetime.datetime, end: datetime.datetime) -> None:
    if start >= end:
        raise ValidationError(
            "start",
            f"must be before end ({start.isoformat()} >= {end.isoformat()}); end is exclusive",
        )


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def _contract_range(
    contract: Contract, response: httpx.Response
) -> tuple[datetime.datetime, datetime.datetime | None]:
    """Midnight UTC of the contract's start and end dates (end None: a rolling contract).

    A start date that is missing or unreadable, or an end date that is neither a date nor
    absent/null, leaves no range to price: ResponseValidationError naming the field (in both
    modes; tolerant decoding has already reported the deviation).
    """
    with reading(GET_CONTRACT.method_name, response):
        start = contract.start_date
        if not isinstance(start, datetime.date):
            raise UnreadableError("$.data.startDate", "not a date: the contract's range is unknown")
        end = contract.end_date
        if end is None or end is UNSET:
            return _midnight(start), None
        if not isinstance(end, datetime.date):
            raise UnreadableError("$.data.endDate", "not a date: the contract's range is unknown")
        return _midnight(start), _midnight(end)


def _empty_cost(client: Engine, at: datetime.datetime, contract_id: str) -> UsageCost:
    """The cost of an empty range: zero USD, from ``at`` to ``at``."""
    zero = Decimal(0)
    return UsageCost(
        total_amount=zero,
        unit="currency",
        currency_amount=zero,
        currency="USD",
        credit_rate_cents=None,
        start=at,
        end=at,
        queried_at=now(client),
        contract_id=contract_id,
    )


def _same_id(a: str, b: str) -> bool:
    try:
        return UUID(str(a)) == UUID(str(b))
    except ValueError:
        return str(a) == str(b)


def _cost_of(
    model: UsageCostResponse,
    response: httpx.Response,
    contract_id: str | None,
    asked: tuple[datetime.datetime, datetime.datetime],
    answered: datetime.datetime,
) -> UsageCost:
    """The decoded response as a :class:`UsageCost`.

    The amount and rate must be computable (an :class:`UnreadableError` names the path
    otherwise). A date the server sent unreadable (already reported by the tolerant decoder) is
    replaced by what was asked for: the range sent, and ``answered`` (when the answer came) for
    ``queried_at``.
    """
    with reading(COST.method_name, response):
        total = decimal_of(model.total_amount, "$.totalAmount")
        rate: Decimal | None = None
        if model.unit == "credits":
            rate = response_rate(model.credit_rate_cents, "$.creditRateCents")
        echoed = model.contract_id if isinstance(model.contract_id, str) else None
        return UsageCost(
            total_amount=total,
            unit="credits" if rate is not None else "currency",
            currency_amount=total if rate is None else currency_from_credits(total, rate),
            currency=currency_of(model.currency),
            credit_rate_cents=rate,
            start=_utc(model.start_date, asked[0]),
            end=_utc(model.end_date, asked[1]),
            queried_at=_utc(model.queried_at, answered),
            contract_id=echoed or contract_id,
        )


def _utc(moment: Any, fallback: datetime.datetime) -> datetime.datetime:
    """``moment`` in UTC; ``fallback`` when the server's value was not a readable date-time."""
    if not isinstance(moment, datetime.datetime):
        return fallback
    try:
        return (
            moment.astimezone(datetime.UTC)
            if moment.tzinfo
            else moment.replace(tzinfo=datetime.UTC)
        )
    except (OverflowError, ValueError):
        return fallback
