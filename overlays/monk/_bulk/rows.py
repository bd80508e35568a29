"""Source rows (database or Spark) as events: value coercion and key derivation.

Shared by ``monk events sync`` and ``monk.spark``: a row is a ``dict`` of column values as the
driver returns them (datetimes, Decimals, UUIDs, dicts, JSON text); one rule turns it into a
:class:`~monk.Event`, so the same row gives the same event and key from either path.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .._event import Event, idempotency_key

__all__ = ["EventColumns", "RowError", "key_of", "resolve_columns"]

NAME_COLUMNS = ("event_name", "eventName")
CUSTOMER_COLUMNS = ("customer_id", "customerId")
EXTERNAL_COLUMNS = ("external_customer_id", "externalCustomerId")
TIMESTAMP_COLUMNS = ("timestamp",)
CONTRACT_COLUMNS = ("contract_id", "contractId")
KEY_COLUMNS = ("idempotency_key", "idempotencyKey")
PROPERTIES_COLUMN = "properties"


class RowError(ValueError):
    """A row that cannot become an event; the message says why."""


@dataclass(frozen=True, slots=True)
class EventColumns:
    """Which column feeds which event field, resolved against the source's columns.

    ``properties`` lists the columns sent as properties; ``properties_column`` is a column that
    holds a whole properties object (a dict, a struct or JSON text), merged under them.
    """

    event_name: str | None
    event_name_value: str | None
    customer_id: tuple[str, ...]
    external_customer_id: tuple[str, ...]
    timestamp: str | None
    contract_id: str | None
    idempotency_key: str | None
    properties: tuple[str, ...]
    properties_column: str | None


def _pick(
    names: Sequence[str], given: str | None, defaults: Sequence[str], flag: str
) -> tuple[str, ...]:
    if given is not None:
        if given not in names:
            raise ValueError(f"{flag} {given!r} is not a column of the source")
        return (given,)
    return tuple(c for c in defaults if c in names)


def resolve_columns(
    names: Sequence[str],
    *,
    event_name: str | None = None,
    event_name_value: str | None = None,
    customer_id: str | None = None,
    external_customer_id: str | None = None,
    timestamp: str | None = None,
    properties: Sequence[str] | None = None,
    idempotency_key: str | None = None,
    exclude: Sequence[str] = (),
) -> EventColumns:
    """The mapping for a source with columns ``names``; ``ValueError`` names a bad option.

    Unnamed fields use the columns named like the event fields (snake_case or camelCase); every
    other column (except those in ``exclude``, e.g. the cursor) becomes a property.
    """
    names = list(names)
    name_cols = () if event_name_value else _pick(names, event_name, NAME_COLUMNS, "event_name")
    if not name_cols and not event_name_value:
        raise ValueError(
            "no event name: the source has no event_name column; name one (event_name) or give "
            "a fixed event name (event_name_value)"
        )
    if customer_id is None and external_customer_id is None:
        customers = _pick(names, None, CUSTOMER_COLUMNS, "")
        externals = _pick(names, None, EXTERNAL_COLUMNS, "")
        if not customers and not externals:
            raise ValueError(
                "no customer: the source has no customer_id or external_customer_id column; "
                "name one (customer_id or external_customer_id)"
            )
    else:
        customers = _pick(names, customer_id, (), "customer_id") if customer_id else ()
        externals = (
            _pick(names, external_customer_id, (), "external_customer_id")
            if external_customer_id
            else ()
        )
    stamp = _pick(names, timestamp, TIMESTAMP_COLUMNS, "timestamp")
    contract = _pick(names, None, CONTRACT_COLUMNS, "")
    key = _pick(names, idempotency_key, KEY_COLUMNS, "idempotency_key")
    used = {*name_cols, *customers, *externals, *stamp, *contract, *key, *exclude}
    bag: str | None = None
    if properties is not None:
        for column in properties:
            if column not in names:
                raise ValueError(f"properties: {column!r} is not a column of the source")
        chosen = tuple(properties)
    else:
        if PROPERTIES_COLUMN in names and PROPERTIES_COLUMN not in used:
            bag = PROPERTIES_COLUMN
            used.add(bag)
        chosen = tuple(c for c in names if c not in used)
    return EventColumns(
        event_name=name_cols[0] if name_cols else None,
        event_name_value=event_name_value,
        customer_id=customers,
        external_customer_id=externals,
        timestamp=stamp[0] if stamp else None,
        contract_id=contract[0] if contract else None,
        idempotency_key=key[0] if key else None,
        properties=chosen,
        properties_column=bag,
    )


def _identifier(value: Any, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | uuid.UUID):
        raise RowError(f"{what} must be text, an integer or a UUID, not {type(value).__name__}")
    return str(value)


def _first(row: Mapping[str, Any], columns: Sequence[str], what: str) -> str | None:
    for column in columns:
        value = _identifier(row.get(column), what)
        if value is not None:
            return value
    return None


def timestamp_of(value: Any, naive: datetime.tzinfo = datetime.UTC) -> datetime.datetime:
    """A row's time as an aware datetime; a value without a zone is read in ``naive``."""
    moment: datetime.datetime
    if isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            raise RowError(f"timestamp {value!r} is not an ISO 8601 date-time") from None
    elif isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time())
    else:
        raise RowError(f"timestamp must be a date-time, not {type(value).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=naive)
    return moment


def _property(name: str, value: Any) -> Any:
    if isinstance(value, bool | int | float | Decimal | str):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise RowError(
        f"property {name!r} must be a string, number or boolean, not {type(value).__name__}"
    )


def _bag(value: Any) -> Mapping[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value, parse_float=Decimal)
        except ValueError as exc:
            raise RowError(f"properties is not valid JSON: {exc}") from None
    if hasattr(value, "asDict"):  # a Spark struct
        value = value.asDict()
    if not isinstance(value, Mapping):
        raise RowError(f"properties must be an object, not {type(value).__name__}")
    return value


def key_part(value: Any, column: str) -> str | int | uuid.UUID | datetime.date:
    """A key column's value as an :func:`~monk.idempotency_key` part (stable across drivers)."""
    if value is None or value == "":
        raise RowError(f"key column {column!r} is empty")
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str | int | uuid.UUID | datetime.date):
        return value
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise RowError(f"key column {column!r} holds a {type(value).__name__}")


def key_of(
    row: Mapping[str, Any], key_columns: Sequence[str], namespace: Sequence[str] = ()
) -> str:
    """``monk.idempotency_key(*namespace, *the key columns' values)``: stable across re-runs."""
    parts = [key_part(row.get(column), column) for column in key_columns]
    return idempotency_key(*namespace, *parts)


def event_of(
    row: Mapping[str, Any],
    columns: EventColumns,
    *,
    key: str | None,
    naive: datetime.tzinfo = datetime.UTC,
) -> Event:
    """The event of one row; :class:`RowError` or :class:`~monk.ValidationError` says why not."""
    name = columns.event_name_value
    if name is None and columns.event_name is not None:
        name = row.get(columns.event_name)
    if not isinstance(name, str) or not name.strip():
        raise RowError("has no event name")
    customer = _first(row, columns.customer_id, "customer_id")
    external = _first(row, columns.external_customer_id, "external_customer_id")
    if customer is not None and external is not None:
        raise RowError("has both a customer id and an external customer id; keep one")
    if customer is None and external is None:
        raise RowError("has no customer id or external customer id")
    stamp = None
    if columns.timestamp is not None:
        raw = row.get(columns.timestamp)
        if raw is None:
            raise RowError(f"has no timestamp in column {columns.timestamp!r}")
        stamp = timestamp_of(raw, naive)
    if key is None and columns.idempotency_key is not None:
        key = _identifier(row.get(columns.idempotency_key), "idempotency_key")
        if key is None:
            raise RowError(f"has no idempotency key in column {columns.idempotency_key!r}")
    properties: dict[str, Any] = {}
    if columns.properties_column is not None:
        bag = row.get(columns.properties_column)
        if bag is not None:
            for name_, value in _bag(bag).items():
                if value is not None:
                    properties[str(name_)] = _property(str(name_), value)
    for column in columns.properties:
        value = row.get(column)
        if value is not None:
            properties[column] = _property(column, value)
    contract = None
    if columns.contract_id is not None:
        contract = _identifier(row.get(columns.contract_id), "contract_id")
    return Event(
        name,
        customer_id=customer,
        external_customer_id=external,
        timestamp=stamp,
        properties=properties or None,
        idempotency_key=key,
        contract_id=contract,
    )
