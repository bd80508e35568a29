"""Typed webhook payloads, and the event that carries one.

Webhook payloads are flat: the body is the resource itself, with no envelope. Each documented
payload gets a small frozen class; keys it does not model are kept in ``extra``. Every field is
optional because the documentation was only partly visible: a missing key gives ``None`` rather
than rejecting an authentic delivery, while a present key of the wrong type raises
:class:`~monk.ValidationError` naming it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Self, TypeAlias

import attrs

from .._exceptions import ValidationError

__all__ = [
    "EVENT_TYPES",
    "INVOICE_STATUSES",
    "ContractPayload",
    "CreditBudgetPayload",
    "CreditPayload",
    "CustomerPayload",
    "InvoicePayload",
    "WebhookEvent",
    "WebhookPayload",
    "decode_event",
]

INVOICE_STATUSES = ("Drafted", "In Progress", "In Transit", "Paid", "Cancelled", "Refunded")
"""The invoice statuses the documentation lists (``InvoicePayload.status`` may hold others)."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _field(key: str) -> str:
    return f"payload.{key}"


def _str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ValidationError(_field(key), "must be a string")


def _int(raw: Mapping[str, Any], key: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    # json.loads(parse_float=Decimal) turns 10000.0 into Decimal; accept it only if it is whole.
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    raise ValidationError(_field(key), "must be an integer")


def _date(raw: Mapping[str, Any], key: str) -> dt.date | None:
    value = _str(raw, key)
    if value is None:
        return None
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(_field(key), "must be a YYYY-MM-DD date")


def _datetime(raw: Mapping[str, Any], key: str) -> dt.datetime | None:
    value = _str(raw, key)
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(_field(key), "must be an ISO 8601 timestamp") from None


def _object(raw: Mapping[str, Any], key: str) -> dict[str, Any] | None:
    value = raw.get(key)
    if value is None or isinstance(value, dict):
        return value
    raise ValidationError(_field(key), "must be an object")


def _wire(key: str, read: Callable[[Mapping[str, Any], str], Any]) -> dict[str, Any]:
    """A payload field's metadata: read from the body's ``key`` by ``read`` (None if absent)."""
    return {"wire": key, "read": read}


class _Decodes:
    """``from_dict`` for a payload class: each field read from its wire key, the rest in
    ``extra``."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Self:
        """Decode a webhook body (already parsed JSON) into the typed payload."""
        made: Any = cls  # an attrs class: every subclass is one
        reads, known = _reads(made)
        values = {name: read(raw, key) for name, key, read in reads}
        extra = {key: value for key, value in raw.items() if key not in known}
        return made(**values, extra=extra)  # type: ignore[no-any-return]


@functools.cache
def _reads(cls: Any) -> tuple[tuple[tuple[str, str, Any], ...], frozenset[str]]:
    """A payload class's (field, wire key, reader) triples and its wire keys, found once."""
    reads = tuple(
        (field.name, field.metadata["wire"], field.metadata["read"])
        for field in attrs.fields(cls)
        if "wire" in field.metadata
    )
    return reads, frozenset(key for _, key, _ in reads)


@attrs.frozen(kw_only=True)
class InvoicePayload(_Decodes):
    """The invoice sent with ``invoice.created`` and ``invoice.updated``.

    The webhook names the invoice number ``invoiceNum`` (the REST API says ``invoiceNumber``).
    """

    id: str | None = attrs.field(default=None, metadata=_wire("id", _str))
    invoice_num: str | None = attrs.field(default=None, metadata=_wire("invoiceNum", _str))
    status: str | None = attrs.field(default=None, metadata=_wire("status", _str))
    total_cents: int | None = attrs.field(default=None, metadata=_wire("totalCents", _int))
    invoice_date: dt.date | None = attrs.field(default=None, metadata=_wire("invoiceDate", _date))
    due_date: dt.date | None = attrs.field(default=None, metadata=_wire("dueDate", _date))
    memo: str | None = attrs.field(default=None, metadata=_wire("memo", _str))
    payment_link: str | None = attrs.field(default=None, metadata=_wire("paymentLink", _str))
    customer: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("customer", _object))
    created_at: dt.datetime | None = attrs.field(
        default=None, metadata=_wire("createdAt", _datetime)
    )
    updated_at: dt.datetime | None = attrs.field(
        default=None, metadata=_wire("updatedAt", _datetime)
    )
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def total(self) -> Decimal | None:
        """``total_cents`` as an exact decimal amount in major units (10000 cents is 100.00)."""
        if self.total_cents is None:
            return None
        return Decimal(self.total_cents).scaleb(-2)


@attrs.frozen(kw_only=True)
class _ResourcePayload(_Decodes):
    """The fields every webhook payload documents: ``id``, ``createdAt``, ``updatedAt``."""

    id: str | None = attrs.field(default=None, metadata=_wire("id", _str))
    created_at: dt.datetime | None = attrs.field(
        default=None, metadata=_wire("createdAt", _datetime)
    )
    updated_at: dt.datetime | None = attrs.field(
        default=None, metadata=_wire("updatedAt", _datetime)
    )
    extra: dict[str, Any] = attrs.field(factory=dict)


# The documentation lists these events but its pages were cut off before their payload fields,
# so only the common fields are typed; everything else is in ``extra``.


@attrs.frozen(kw_only=True)
class ContractPayload(_ResourcePayload):
    """The contract sent with ``contract.created``, ``.updated`` and ``.terminated``."""


@attrs.frozen(kw_only=True)
class CustomerPayload(_ResourcePayload):
    """The customer sent with ``customer.created`` and ``customer.updated``."""


@attrs.frozen(kw_only=True)
class CreditPayload(_ResourcePayload):
    """The credit wallet sent with ``credit.threshold_crossed`` and ``credit.balance_depleted``."""


@attrs.frozen(kw_only=True)
class CreditBudgetPayload(_ResourcePayload):
    """The credit budget sent with ``credit.budget.exhausted``."""


WebhookPayload: TypeAlias = (
    InvoicePayload
    | ContractPayload
    | CustomerPayload
    | CreditPayload
    | CreditBudgetPayload
    | dict[str, Any]
)
"""What ``WebhookEvent.data`` holds: a typed payload, or the raw dict for an unknown event type."""

_DECODERS: dict[str, Callable[[Mapping[str, Any]], WebhookPayload]] = {
    "invoice.created": InvoicePayload.from_dict,
    "invoice.updated": InvoicePayload.from_dict,
    "contract.created": ContractPayload.from_dict,
    "contract.updated": ContractPayload.from_dict,
    "contract.terminated": ContractPayload.from_dict,
    "customer.created": CustomerPayload.from_dict,
    "customer.updated": CustomerPayload.from_dict,
    "credit.threshold_crossed": CreditPayload.from_dict,
    "credit.balance_depleted": CreditPayload.from_dict,
    "credit.budget.exhausted": CreditBudgetPayload.from_dict,
}

EVENT_TYPES = tuple(_DECODERS)
"""Every event type the documentation lists; other types still decode, as a raw dict."""


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """One verified delivery: its type and delivery id (from headers) and its decoded body.

    ``data`` is the typed payload for a known ``type`` and the raw dict otherwise; ``raw`` is
    always the whole decoded body (numbers with a fraction are ``Decimal``).
    """

    type: str
    delivery_id: str | None
    data: WebhookPayload
    raw: dict[str, Any]


def decode_event(event_type: str, delivery_id: str | None, raw: dict[str, Any]) -> WebhookEvent:
    """Build the event for ``event_type``; an unknown type is not an error (its data is ``raw``)."""
    decoder = _DECODERS.get(event_type)
    data: WebhookPayload = raw if decoder is None else decoder(raw)
    return WebhookEvent(type=event_type, delivery_id=delivery_id, data=data, raw=raw)
