"""``monk.Event``: one usage event, validated and encoded once, when it is made.

Every rule the Rust SDK checks before sending is checked here, so a bad event fails where it is
built, with the field named, and never reaches a batch (where one bad event would sink the
other 9,999). The event's JSON is encoded here too and kept as bytes: batches are joined from
those bytes, which is what makes the ingestion path cheap (see ``benchmarks/bench_ingest.py``).
"""

from __future__ import annotations

import datetime
import json
import math
import os
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NoReturn, TypeAlias

from .._exceptions import ValidationError

__all__ = [
    "IDEMPOTENCY_NAMESPACE",
    "MAX_FUTURE",
    "Event",
    "PropertyValue",
    "idempotency_key",
]

PropertyValue: TypeAlias = str | int | float | bool | Decimal
Clock: TypeAlias = Callable[[], datetime.datetime]

# The largest integer property: a signed 64-bit integer (beyond it, JSON readers lose digits or
# refuse the number; use a Decimal or a string for bigger values).
MAX_INT = 2**63 - 1
_TOO_BIG = "must be an integer within a signed 64-bit range (use a Decimal or a string beyond)"
# The largest number a JSON reader takes (IEEE 754 double): beyond it, 1e400 say, readers refuse
# the document or read infinity, and the API refuses the whole batch the event is in.
MAX_NUMBER = Decimal(sys.float_info.max)
_OUT_OF_RANGE = "must be within ±1.8e308, the largest number JSON readers take (send a string)"

# Monk rejects events stamped more than an hour ahead of its own clock.
MAX_FUTURE = datetime.timedelta(hours=1)

# The namespace of idempotency_key()'s UUIDv5s, which is
# uuid5(NAMESPACE_URL, "https://events-api.monk.com/v1/events"). Fixed forever: changing it would
# change every key derived with it, and a re-run import would bill twice.
IDEMPOTENCY_NAMESPACE = uuid.UUID("5a1a08c4-e94e-5a93-8be8-b87cf0c79eff")

_UTC = datetime.UTC
_WIRE = {
    "eventName": "event_name",
    "customerId": "customer_id",
    "externalCustomerId": "external_customer_id",
    "contractId": "contract_id",
    "idempotencyKey": "idempotency_key",
    "timestamp": "timestamp",
    "properties": "properties",
}


def _no_default(value: object) -> NoReturn:
    raise TypeError(f"{type(value).__name__} is not JSON")  # unreachable: values are checked


def _make_dumps() -> Callable[[object], str]:
    """Compact JSON text, UTF-8 kept, no NaN: the measured hot path.

    CPython's C encoder made once and called directly costs about 1.5 us per event, against
    2.3 us for ``JSONEncoder.encode`` (which builds a new C encoder on every call) and 3 us for
    ``json.dumps`` with these options. It is a private interface, so anything unexpected falls
    back to the public encoder.
    """
    fallback = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
    try:
        from _json import make_encoder

        encoder = make_encoder(
            None, _no_default, json.encoder.encode_basestring, None, ":", ",", False, False, False
        )

        def dumps(value: object) -> str:
            return "".join(encoder(value, 0))

        if dumps({"k": [1.5, True, "ü"]}) == fallback({"k": [1.5, True, "ü"]}):
            return dumps
    except (ImportError, TypeError):  # not CPython, or the private signature changed
        pass
    return fallback


_dumps = _make_dumps()


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(_UTC)


_quote = json.encoder.encode_basestring  # a str as a JSON string, non-ASCII kept (C)
_second: list[tuple[int, str]] = [(-1, "")]  # the last whole second, formatted (swapped whole)


def _utc_now_iso() -> str:
    """The system clock now, as ``isoformat()`` of an aware UTC datetime would write it (with
    microseconds): the date and time are formatted once a second, which halves the cost.
    """
    now = time.time()
    whole = int(now)
    second = _second[0]
    if second[0] != whole:
        second = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
        _second[0] = second  # one atomic swap: no thread sees half an update
    return f"{second[1]}.{int((now - whole) * 1_000_000):06d}+00:00"


def _uuid4() -> str:
    """A random (version 4) UUID string, like ``str(uuid.uuid4())`` in half the time.

    16 bytes from ``os.urandom`` with the version and variant bits set, as ``uuid.uuid4`` does;
    no pooled randomness, so forked processes never share keys.
    """
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def idempotency_key(*parts: str | int | uuid.UUID | datetime.date) -> str:
    """A stable idempotency key for the source record that ``parts`` identify.

    ``uuid5(IDEMPOTENCY_NAMESPACE, json.dumps([str(p) for p in parts], separators=(",", ":"),
    ensure_ascii=False))`` as a string; dates and datetimes give their ``isoformat()``. The same
    parts always give the same key, so re-running an import re-sends the same keys and Monk keeps
    one event per key (the latest version wins) instead of billing twice:
    ``idempotency_key("billing_events", row.id)``.
    """
    if not parts:
        raise ValidationError("parts", "give at least one part (e.g. a table name and a row id)")
    names = []
    for index, part in enumerate(parts):
        if isinstance(part, bool) or not isinstance(part, str | int | uuid.UUID | datetime.date):
            raise ValidationError(
                f"parts[{index}]",
                f"must be a str, int, UUID, date or datetime, not {type(part).__name__}",
            )
        names.append(_key_text(part))
    try:
        return str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, _dumps(names)))
    except UnicodeEncodeError:  # a lone surrogate (from bytes decoded with surrogateescape)
        index = next(i for i, name in enumerate(names) if not _utf8(name))
        raise ValidationError(
            f"parts[{index}]",
            "must be valid Unicode text: it holds a lone surrogate, which has "
            "no UTF-8 form to hash",
        ) from None


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _key_text(part: str | int | uuid.UUID | datetime.date) -> str:
    """A key part as text: an aware datetime as its UTC ``isoformat()`` (a naive one, a date or
    anything else as it is), so a session's time zone never changes a key."""
    if isinstance(part, datetime.datetime):
        if part.tzinfo is not None and part.utcoffset() is not None:
            try:
                part = part.astimezone(_UTC)
            except (OverflowError, ValueError):
                raise ValidationError("parts", f"{part!r} is out of range in UTC") from None
        return part.isoformat()
    if isinstance(part, datetime.date):
        return part.isoformat()
    return str(part)


def _identifier(field: str, value: object, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValidationError(field, "must not be empty or blank")
    return value


def _check_properties(properties: object) -> tuple[dict[str, PropertyValue], bool]:
    """``properties`` as a dict to encode now, and whether it holds a ``Decimal`` (which the C
    encoder cannot write as a number). A dict is checked in place, not copied: it is encoded
    before the caller gets control back, so later changes to it cannot reach the event.
    """
    if type(properties) is not dict:
        if not isinstance(properties, Mapping):
            raise ValidationError(
                "properties",
                f"must be a mapping of names to values, not {type(properties).__name__}",
            )
        properties = dict(properties)
    decimals = False
    for key, value in properties.items():
        if type(key) is not str:
            raise ValidationError("properties", f"keys must be strings, not {type(key).__name__}")
        if not key:
            raise ValidationError("properties", "keys must not be empty")
        kind = type(value)
        if kind is str or kind is bool:
            pass
        elif kind is int:
            if not -MAX_INT <= value <= MAX_INT:
                raise ValidationError(f"properties[{key!r}]", _TOO_BIG)
        elif kind is float:
            if not math.isfinite(value):
                raise ValidationError(f"properties[{key!r}]", f"must be finite, not {value!r}")
        elif isinstance(value, Decimal):
            if not value.is_finite():
                raise ValidationError(f"properties[{key!r}]", f"must be finite, not {value!r}")
            if value.adjusted() >= 308 and abs(value) > MAX_NUMBER:
                raise ValidationError(f"properties[{key!r}]", _OUT_OF_RANGE)
            decimals = True
        elif isinstance(value, str):  # subclasses (str enums): JSON as their base
            pass
        elif isinstance(value, int):  # IntEnum and other int subclasses
            if not -MAX_INT <= value <= MAX_INT:
                raise ValidationError(f"properties[{key!r}]", _TOO_BIG)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValidationError(f"properties[{key!r}]", f"must be finite, not {value!r}")
        else:
            rule = (
                "must not be None (leave the property out)"
                if value is None
                else "must be a string, number or boolean (Monk takes no nested values), "
                f"not {kind.__name__}"
            )
            raise ValidationError(f"properties[{key!r}]", rule)
    return properties, decimals


def _check_timestamp(value: object, clock: Clock) -> datetime.datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError("timestamp", f"{value!r} is not an ISO 8601 date-time") from None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise ValidationError(
                "timestamp", f"{value!r} has no UTC offset: add one (Z or +00:00); none is guessed"
            )
    elif isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(
                "timestamp", "must be timezone-aware (e.g. datetime.now(datetime.UTC)), not naive"
            )
        parsed = value
    else:
        raise ValidationError(
            "timestamp",
            "must be an aware datetime or an ISO 8601 string with an offset, "
            f"not {type(value).__name__}",
        )
    try:
        parsed = parsed.astimezone(_UTC)
    except (OverflowError, ValueError):
        raise ValidationError("timestamp", f"{value!r} is out of range in UTC") from None
    now = clock()
    if now.tzinfo is None:
        raise ValidationError("clock", "must return a timezone-aware datetime")
    ahead = parsed - now
    if ahead > MAX_FUTURE:
        raise ValidationError(
            "timestamp",
            f"{parsed.isoformat()} is {ahead} ahead of now; Monk rejects timestamps more than "
            "1 hour in the future",
        )
    return parsed


class Event:
    """One usage event, checked when it is made; immutable.

    >>> Event("api_call", customer_id="a1b2c3d4-...", properties={"tokens": 1500})

    - ``event_name``: non-empty; meters match on it.
    - exactly one of ``customer_id`` (Monk's customer UUID) and ``external_customer_id`` (yours).
    - ``properties``: string keys; values ``str``, ``int``, ``float`` (finite), ``bool`` or
      ``Decimal`` (finite; sent as the exact JSON number it holds). No ``None``, no nesting.
    - ``timestamp``: an aware ``datetime`` or ISO 8601 string with an offset, sent in UTC, at
      most one hour ahead of ``clock()``. Omitted, it is now: the event keeps the time it was
      made, however late a retry delivers it.
    - ``idempotency_key``: omitted, a random UUIDv4. Derive it from your source record with
      :func:`idempotency_key` so a re-run import cannot bill twice.
    - ``contract_id``: optional; ties the event to one of the customer's contracts.

    ``clock`` (default: the system clock) is what "now" is; tests pass a fixed one. A broken rule
    raises :class:`~monk.ValidationError` naming the field. The fields are read-only.

    The event is encoded to JSON here, once, and only those bytes are kept (plus the identifiers,
    which are the caller's own strings): :meth:`to_json` returns them, and ``timestamp`` and
    ``properties`` are decoded from them when read. That keeps an event small while it waits in
    a buffer, and a batch body is a join of these bytes.
    """

    __slots__ = (
        "_contract_id",
        "_customer_id",
        "_decimals",
        "_event_name",
        "_external_customer_id",
        "_idempotency_key",
        "_json",
    )

    def __init__(
        self,
        event_name: str,
        *,
        customer_id: str | uuid.UUID | None = None,
        external_customer_id: str | None = None,
        properties: Mapping[str, PropertyValue] | None = None,
        timestamp: datetime.datetime | str | None = None,
        idempotency_key: str | uuid.UUID | None = None,
        contract_id: str | uuid.UUID | None = None,
        clock: Clock | None = None,
    ) -> None:
        # The ingestion hot path: runs once per event. The JSON is written by hand (about 25%
        # faster than encoding a dict), the common case (plain strings, default key and time)
        # takes the short branches, and every string is escaped by the C encoder.
        if type(event_name) is not str or not event_name or event_name.isspace():
            event_name = _identifier("event_name", event_name, required=True)  # type: ignore[assignment]
        text = '{"eventName":' + _quote(event_name)
        if customer_id is not None:
            if external_customer_id is not None:
                raise ValidationError(
                    "customer_id",
                    "give exactly one of customer_id and external_customer_id, not both",
                )
            if type(customer_id) is not str or not customer_id or customer_id.isspace():
                customer_id = _identifier("customer_id", customer_id)
            text += ',"customerId":' + _quote(customer_id)  # type: ignore[arg-type]
        elif external_customer_id is not None:
            if (
                type(external_customer_id) is not str
                or not external_customer_id
                or external_customer_id.isspace()
            ):
                external_customer_id = _identifier("external_customer_id", external_customer_id)
            text += ',"externalCustomerId":' + _quote(external_customer_id)  # type: ignore[arg-type]
        else:
            raise ValidationError(
                "customer_id", "give exactly one of customer_id and external_customer_id"
            )
        if contract_id is not None:
            contract_id = _identifier("contract_id", contract_id)
            text += ',"contractId":' + _quote(contract_id)  # type: ignore[arg-type]
        if idempotency_key is None:
            idempotency_key = _uuid4()
            text += ',"idempotencyKey":"' + idempotency_key + '"'
        else:
            if type(idempotency_key) is not str or not idempotency_key or idempotency_key.isspace():
                idempotency_key = _identifier("idempotency_key", idempotency_key)
            text += ',"idempotencyKey":' + _quote(idempotency_key)  # type: ignore[arg-type]
        if timestamp is not None:
            stamp = _check_timestamp(timestamp, clock or _utc_now).isoformat()
        elif clock is None:
            stamp = _utc_now_iso()
        else:
            now = clock()
            if now.tzinfo is None or now.utcoffset() is None:
                raise ValidationError("clock", "must return a timezone-aware datetime")
            stamp = now.astimezone(_UTC).isoformat()
        text += ',"timestamp":"' + stamp + '"'
        decimals = False
        if properties is not None:
            props, decimals = _check_properties(properties)
            if props:
                text += ',"properties":' + (_properties_json(props) if decimals else _dumps(props))
        text += "}"
        try:
            encoded = text.encode()
        except UnicodeEncodeError:
            _raise_unencodable(text)
        self._event_name: str = event_name
        self._customer_id: str | None = customer_id
        self._external_customer_id: str | None = external_customer_id
        self._contract_id: str | None = contract_id
        self._idempotency_key: str = idempotency_key  # type: ignore[assignment]
        self._decimals = decimals
        self._json = encoded

    # -- fields (read-only) -------------------------------------------------------------------

    @property
    def event_name(self) -> str:
        return self._event_name

    @property
    def customer_id(self) -> str | None:
        return self._customer_id

    @property
    def external_customer_id(self) -> str | None:
        return self._external_customer_id

    @property
    def contract_id(self) -> str | None:
        return self._contract_id

    @property
    def idempotency_key(self) -> str:
        return self._idempotency_key

    @property
    def timestamp(self) -> datetime.datetime:
        """When the usage happened, in UTC."""
        return datetime.datetime.fromisoformat(json.loads(self._json)["timestamp"])

    @property
    def properties(self) -> Mapping[str, PropertyValue]:
        """The properties as sent, read-only. Fractional numbers are ``float``, or ``Decimal``
        for every one of them when any property was given as a ``Decimal``.
        """
        return MappingProxyType(self.to_dict().get("properties", {}))

    # -- wire form ----------------------------------------------------------------------------

    def to_json(self) -> bytes:
        """The event as the Events API receives it: compact UTF-8 JSON, camelCase names."""
        return self._json

    def to_dict(self) -> dict[str, Any]:
        """The wire form as plain data (fractional numbers as in :attr:`properties`)."""
        data: dict[str, Any] = json.loads(
            self._json, parse_float=Decimal if self._decimals else float
        )
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, clock: Clock | None = None) -> Event:
        """An event from its wire form (camelCase names), e.g. a line of a dead-letter file."""
        if not isinstance(data, Mapping):
            raise ValidationError("event", f"must be a mapping, not {type(data).__name__}")
        fields: dict[str, Any] = {}
        for name, value in data.items():
            field = _WIRE.get(name)
            if field is None:
                raise ValidationError(str(name), "is not a field of an event")
            fields[field] = value
        if "event_name" not in fields:
            raise ValidationError("eventName", "is required")
        return cls(fields.pop("event_name"), clock=clock, **fields)

    @classmethod
    def from_json(cls, data: bytes | str, *, clock: Clock | None = None) -> Event:
        """The inverse of :meth:`to_json`. Fractional numbers are read as exact ``Decimal``, so
        the event sends the same bytes again.
        """
        if not isinstance(data, bytes | bytearray | str):
            raise ValidationError("event", f"must be JSON bytes or str, not {type(data).__name__}")
        try:
            decoded = json.loads(data, parse_float=Decimal)
        except RecursionError:
            raise ValidationError("event", "is nested too deeply") from None
        except ValueError as exc:  # UnicodeDecodeError, and ints too long to convert, included
            raise ValidationError("event", f"is not JSON: {exc}") from None
        return cls.from_dict(decoded, clock=clock)

    # -- value semantics ----------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Event):
            return NotImplemented
        return self._json == other._json

    def __hash__(self) -> int:
        return hash(self._json)

    def __reduce__(self) -> tuple[Callable[[bytes], Event], tuple[bytes]]:
        return _from_json_unchecked, (self._json,)

    def __repr__(self) -> str:
        who = (
            f"customer_id={self._customer_id!r}"
            if self._customer_id is not None
            else f"external_customer_id={self._external_customer_id!r}"
        )
        return f"Event({self._event_name!r}, {who}, idempotency_key={self._idempotency_key!r})"


def _from_json_unchecked(data: bytes) -> Event:
    """Unpickling: the event was valid when it was made; only its age may have changed."""
    return event_from_wire(data, json.loads(data, parse_float=Decimal))


def event_from_wire(raw: bytes, data: dict[str, Any]) -> Event:
    """The event whose encoded JSON is ``raw`` (``data``, decoded), with those exact bytes.

    No check runs again: the event passed them when it was made (a pickled event, or one in a
    failed batch, may since have aged past the timestamp window).
    """
    event = Event.__new__(Event)
    event._event_name = data["eventName"]
    event._customer_id = data.get("customerId")
    event._external_customer_id = data.get("externalCustomerId")
    event._contract_id = data.get("contractId")
    event._idempotency_key = data["idempotencyKey"]
    properties = data.get("properties") or {}
    event._decimals = any(isinstance(value, Decimal) for value in properties.values())
    event._json = raw
    return event


def _properties_json(props: dict[str, PropertyValue]) -> str:
    """Properties holding a Decimal: the C encoder cannot write one as a number, so by hand."""
    encode = json.encoder.encode_basestring
    items = (
        f"{encode(key)}:{value if isinstance(value, Decimal) else _dumps(value)}"
        for key, value in props.items()
    )
    return "{" + ",".join(items) + "}"


def _raise_unencodable(text: str) -> NoReturn:
    """Name the field whose text UTF-8 cannot encode (a lone surrogate, e.g. from bad decoding)."""
    data = json.loads(text)
    fields = {**data, **{f"properties[{k!r}]": v for k, v in data.pop("properties", {}).items()}}
    for name, value in fields.items():
        for text_value, field in ((name, "properties"), (value, _WIRE.get(name, name))):
            if isinstance(text_value, str):
                try:
                    text_value.encode()
                except UnicodeEncodeError:
                    raise ValidationError(
                        field, "is not valid Unicode text (lone surrogate)"
                    ) from None
    raise ValidationError("event", "is not valid Unicode text")  # pragma: no cover
