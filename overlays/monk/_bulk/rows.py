"""Source rows as events: the one mapper of file import, database sync and Spark, and their keys.

A row is a ``dict`` of column values. From a file they are text (a CSV cell, inferred as a number
or boolean unless asked not to) or JSON values; from a database or a DataFrame they are typed as
the driver returns them (datetimes, Decimals, UUIDs, dicts, JSON text). That is the one
difference between the paths, and it is a parameter (``Columns.typed``) of one rule, so the same
row gives the same event and key from every path that reads it alike.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .._events.event import Event, idempotency_key

__all__ = [
    "Columns",
    "RowError",
    "derive_key",
    "event_of",
    "fields_of",
    "infer",
    "key_of",
    "resolve_columns",
]

# The columns an unnamed field is read from: a database's snake_case first. A file prefers the
# API's camelCase (its rows are often events written as JSON), so it reads them the other way.
NAME_COLUMNS = ("event_name", "eventName")
CUSTOMER_COLUMNS = ("customer_id", "customerId")
EXTERNAL_COLUMNS = ("external_customer_id", "externalCustomerId")
TIMESTAMP_COLUMNS = ("timestamp",)
CONTRACT_COLUMNS = ("contract_id", "contractId")
KEY_COLUMNS = ("idempotency_key", "idempotencyKey")
PROPERTIES_COLUMN = "properties"
# The command line's flag naming each field's column (events import and events sync alike); a
# sync or Spark called from Python names it by the field (``customer_id=...``).
FLAGS = {
    "customer_id": "--customer-column",
    "external_customer_id": "--external-customer-column",
    "event_name": "--name-column",
    "timestamp": "--timestamp-column",
    "idempotency_key": "--key-column",
    "properties": "--properties-columns",
}
# A derived key of a file row with no key column: this namespace, its content, its occurrence.
IMPORT_NAMESPACE = "monk events import"


class RowError(ValueError):
    """A row that cannot become an event; the message says why."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Which columns feed which event field; a field's first column with a value wins.

    ``typed`` says how cells are read: as a database or a DataFrame types them, or (False) as a
    file's text or JSON values, with ``infer`` turning text cells into numbers and booleans.
    ``properties`` lists the columns sent as properties (None: every column not in ``used``);
    ``properties_column`` is a column that holds a whole properties object, merged under them.
    """

    typed: bool
    event_name: tuple[str, ...]
    event_name_value: str | None
    customer_id: tuple[str, ...]
    external_customer_id: tuple[str, ...]
    timestamp: str | None
    contract_id: str | None
    idempotency_key: tuple[str, ...]
    properties: tuple[str, ...] | None
    properties_column: str | None
    used: frozenset[str] = frozenset()
    timestamp_required: bool = True  # a row without a value in the timestamp column is bad
    key_required: bool = True  # likewise for the key column
    key_prefix: str = ""
    infer: bool = False


def resolve_columns(
    names: Sequence[str] | None,
    *,
    typed: bool = True,
    customer_id: str | None = None,
    external_customer_id: str | None = None,
    event_name: str | None = None,
    event_name_value: str | None = None,
    idempotency_key: str | None = None,
    timestamp: str | None = None,
    properties: Sequence[str] | None = None,
    key_prefix: str = "",
    infer: bool = False,
    exclude: Sequence[str] = (),
) -> Columns:
    """The mapping for a source with columns ``names`` (None: not known before the rows, as in
    a JSON Lines file); ``ValueError`` names a bad option.

    Unnamed fields use the columns named like the event fields (snake_case or camelCase); every
    other column (except those in ``exclude``, e.g. the cursor) becomes a property. A typed
    source must have a name and a customer column; a file's rows are checked one by one.
    """
    known = None if names is None else list(names)
    where = "the source" if typed else "the file"
    given = {
        "customer_id": customer_id,
        "external_customer_id": external_customer_id,
        "event_name": None if event_name_value else event_name,
        "timestamp": timestamp,
        "idempotency_key": idempotency_key,
    }
    order = list(given)
    if typed:  # a sync names the event name first
        order.insert(0, order.pop(2))
    for option in order:
        column = given[option]
        if column is not None and known is not None and column not in known:
            named = option if typed else FLAGS[option]
            raise ValueError(f"{named} {column!r} is not a column of {where}")
    for column in properties or ():
        if known is not None and column not in known:
            named = "properties" if typed else FLAGS["properties"]
            raise ValueError(f"{named}: {column!r} is not a column of {where}")

    def pick(column: str | None, defaults: Sequence[str]) -> tuple[str, ...]:
        if column is not None:
            return (column,)
        spelled = defaults if typed else defaults[::-1]
        return tuple(c for c in spelled if known is None or c in known)

    name_cols = () if event_name_value else pick(event_name, NAME_COLUMNS)
    if typed and not name_cols and not event_name_value:
        raise ValueError(
            "no event name: the source has no event_name column; name one (event_name) or give "
            "a fixed event name (event_name_value)"
        )
    if customer_id is None and external_customer_id is None:
        customers, externals = pick(None, CUSTOMER_COLUMNS), pick(None, EXTERNAL_COLUMNS)
        if typed and not customers and not externals:
            raise ValueError(
                "no customer: the source has no customer_id or external_customer_id column; "
                "name one (customer_id or external_customer_id)"
            )
    else:
        customers = pick(customer_id, ()) if customer_id else ()
        externals = pick(external_customer_id, ()) if external_customer_id else ()
    stamp = pick(timestamp, TIMESTAMP_COLUMNS)
    contract = pick(None, CONTRACT_COLUMNS) if typed else ()  # a file's is a property
    key = pick(idempotency_key, KEY_COLUMNS)
    used = {*name_cols, *customers, *externals, *stamp, *contract, *key, *exclude}
    bag: str | None = None
    chosen: tuple[str, ...] | None = None
    if properties is not None:
        chosen = tuple(properties)
    else:
        if PROPERTIES_COLUMN not in used and (known is None or PROPERTIES_COLUMN in known):
            bag = PROPERTIES_COLUMN
            used.add(bag)
        if known is not None and typed:
            chosen = tuple(c for c in known if c not in used)
    one = 1 if typed else None  # a typed source reads the name and the key from one column
    return Columns(
        typed=typed,
        event_name=name_cols[:one],
        event_name_value=event_name_value,
        customer_id=customers,
        external_customer_id=externals,
        timestamp=stamp[0] if stamp else None,
        contract_id=contract[0] if contract else None,
        idempotency_key=key[:one],
        properties=chosen,
        properties_column=bag,
        used=frozenset(used),
        timestamp_required=typed or timestamp is not None,
        key_required=typed or idempotency_key is not None,
        key_prefix=key_prefix,
        infer=infer and not typed,
    )


def _identifier(value: Any, what: str, typed: bool) -> str | None:
    if value is None or value == "":
        return None
    if typed and (isinstance(value, bool) or not isinstance(value, str | int | uuid.UUID)):
        raise RowError(f"{what} must be text, an integer or a UUID, not {type(value).__name__}")
    return str(value)


def _first(row: Mapping[str, Any], columns: Sequence[str], what: str, typed: bool) -> str | None:
    for column in columns:
        value = _identifier(row.get(column), what, typed)
        if value is not None:
            return value
    return None


def timestamp_of(
    value: Any, naive: datetime.tzinfo | None = datetime.UTC, *, typed: bool = True
) -> datetime.datetime:
    """A row's time as an aware datetime. A typed value without a zone is read in ``naive``;
    a file's must be ISO 8601 text with its zone (``z`` allowed), none is guessed."""
    moment: datetime.datetime
    if isinstance(value, str):
        text = value.strip() if typed else value.strip().replace("z", "Z")
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            raise RowError(f"timestamp {value!r} is not an ISO 8601 date-time") from None
    elif not typed:
        raise RowError(f"timestamp {value!r} is not an ISO 8601 date-time")
    elif isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time())
    else:
        raise RowError(f"timestamp must be a date-time, not {type(value).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        if not typed or naive is None:
            raise RowError(f"timestamp {value!r} has no timezone (add Z or +00:00)")
        moment = moment.replace(tzinfo=naive)
    return moment


def infer(text: str) -> Any:
    """A CSV cell as the JSON value it spells: integer, exact decimal, boolean, else text.

    Numbers with leading zeros (``007``, zip codes, ids) stay text.
    """
    if text in ("true", "false"):
        return text == "true"
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    return text


_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _property(name: str, value: Any, columns: Columns) -> Any:
    if columns.infer and isinstance(value, str):
        return infer(value)
    if isinstance(value, bool | int | float | Decimal | str):
        return value
    if columns.typed:
        if isinstance(value, datetime.datetime | datetime.date | datetime.time):
            return value.isoformat()
        if isinstance(value, uuid.UUID):
            return str(value)
    why = f", not {type(value).__name__}" if columns.typed else ""
    raise RowError(f"property {name!r} must be a string, number or boolean{why}")


def _bag(value: Any, typed: bool) -> Mapping[str, Any] | None:
    """A properties column's object; None for a file's value that is not one (a property)."""
    if not typed:
        return value if isinstance(value, dict) else None
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


def _properties(row: Mapping[str, Any], columns: Columns) -> dict[str, Any]:
    """The row's properties. A database's NULL is no property; a file's empty cell is none
    either, but a null among its other columns (or in its object) is an error."""
    typed = columns.typed
    chosen: dict[str, Any]
    if columns.properties is not None:
        chosen = {c: row.get(c) for c in columns.properties}
        chosen = {c: v for c, v in chosen.items() if v is not None and (typed or v != "")}
    else:
        chosen = {c: v for c, v in row.items() if c not in columns.used}
    bag = row.get(columns.properties_column) if columns.properties_column is not None else None
    if bag is not None:
        inner = _bag(bag, typed)
        if inner is None:
            chosen[PROPERTIES_COLUMN] = bag
        else:
            chosen = {**{str(k): v for k, v in inner.items()}, **chosen}
    if typed:
        chosen = {c: v for c, v in chosen.items() if v is not None}
    return {name: _property(name, value, columns) for name, value in chosen.items()}


def fields_of(
    row: Mapping[str, Any],
    columns: Columns,
    *,
    key: str | None = None,
    naive: datetime.tzinfo = datetime.UTC,
) -> dict[str, Any]:
    """The event fields (API names) of one row; :class:`RowError` says why there are none.

    ``key`` is a key derived for the row; without one, a key column gives it. A file's
    messages name the flags that would fix the row.
    """
    typed = columns.typed
    hint = "" if typed else " (set --customer-column or --external-customer-column)"
    name: Any = None
    if typed:
        name = _name(row, columns)
    customer = _first(row, columns.customer_id, "customer_id", typed)
    external = _first(row, columns.external_customer_id, "external_customer_id", typed)
    if customer is not None and external is not None:
        raise RowError("has both a customer id and an external customer id; keep one")
    if customer is None and external is None:
        raise RowError(f"has no customer id{' or external customer id' if typed else hint}")
    if not typed:
        name = _name(row, columns)
    fields: dict[str, Any] = {"eventName": name}
    if customer is not None:
        fields["customerId"] = customer
    else:
        fields["externalCustomerId"] = external
    if columns.timestamp is not None:
        raw = row.get(columns.timestamp)
        if raw is not None and (typed or raw != ""):
            moment = timestamp_of(raw, naive, typed=typed)
            # A file's time is part of its derived key: written in UTC, as it always was.
            fields["timestamp"] = moment if typed else _utc_text(moment)
        elif columns.timestamp_required:
            raise RowError(f"has no timestamp in column {columns.timestamp!r}")
    if key is None and columns.idempotency_key:
        key = _first(row, columns.idempotency_key, "idempotency_key", typed)
        if key is not None:
            key = columns.key_prefix + key
        elif columns.key_required:
            raise RowError(f"has no idempotency key in column {columns.idempotency_key[0]!r}")
    if key is not None:
        fields["idempotencyKey"] = key
    properties = _properties(row, columns)
    if properties:
        fields["properties"] = properties
    if columns.contract_id is not None:
        contract = _identifier(row.get(columns.contract_id), "contract_id", typed)
        if contract is not None:
            fields["contractId"] = contract
    return fields


def _name(row: Mapping[str, Any], columns: Columns) -> Any:
    name = columns.event_name_value
    for column in () if name else columns.event_name:
        name = row.get(column)
        if name not in (None, ""):
            break
    if not isinstance(name, str) or not name.strip():
        hint = "" if columns.typed else " (set --name-column or --event-name)"
        raise RowError(f"has no event name{hint}")
    return name


def _utc_text(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def event_of(
    row: Mapping[str, Any],
    columns: Columns,
    *,
    key: str | None = None,
    naive: datetime.tzinfo = datetime.UTC,
) -> Event:
    """The event of one row; :class:`RowError` or :class:`~monk.ValidationError` says why not."""
    return Event.from_dict(fields_of(row, columns, key=key, naive=naive))


# -- keys ---------------------------------------------------------------------------------------


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


def content_of(fields: Mapping[str, Any]) -> str:
    """A row's event fields as canonical JSON: what a derived key of a file row is made of."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)


def content_key(content: str, occurrence: int) -> str:
    """The key of the ``occurrence``-th row (1-based) of a file with this content."""
    if occurrence <= 1:
        return idempotency_key(IMPORT_NAMESPACE, content)
    return idempotency_key(IMPORT_NAMESPACE, content, occurrence)


def derive_key(fields: Mapping[str, Any], occurrence: int) -> str:
    """The key of a file row with no key column: its content, and which occurrence of it this is.

    The first occurrence keeps the content-only key of earlier versions (a file imported before
    is not billed twice); the n-th identical row gets ``n`` as a further part.
    """
    return content_key(content_of(fields), occurrence)
