"""Webhooks: verify a delivery's signature, turn it into a typed event, or sign one for tests.

Monk signs every delivery with ``X-Monk-Signature: t=<unix seconds>,v1=<hex>``, where ``v1`` is
the lowercase hex HMAC-SHA256 of ``"{t}.{raw body}"`` keyed with the endpoint's signing secret.
Verify the raw body exactly as received: parsed and re-serialised JSON will not match.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeAlias

from .._exceptions import ValidationError, WebhookVerificationError
from ..webhooks._payloads import (
    EVENT_TYPES,
    INVOICE_STATUSES,
    ContractPayload,
    CreditBudgetPayload,
    CreditPayload,
    CustomerPayload,
    InvoicePayload,
    WebhookEvent,
    WebhookPayload,
    decode_event,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "DELIVERY_ID_HEADER",
    "EVENT_HEADER",
    "EVENT_TYPES",
    "INVOICE_STATUSES",
    "SIGNATURE_HEADER",
    "ContractPayload",
    "CreditBudgetPayload",
    "CreditPayload",
    "CustomerPayload",
    "InvoicePayload",
    "Reason",
    "WebhookEvent",
    "WebhookPayload",
    "construct_event",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Monk-Signature"
EVENT_HEADER = "X-Monk-Event"
DELIVERY_ID_HEADER = "X-Monk-Delivery-Id"
DEFAULT_TOLERANCE = 300
"""Seconds a signature's timestamp may differ from now, either way (the documented 5 minutes)."""

Headers: TypeAlias = (
    Mapping[str, str]
    | Mapping[bytes, bytes]
    | Iterable[tuple[str, str]]
    | Iterable[tuple[bytes, bytes]]
)
Timestamp: TypeAlias = int | float | dt.datetime
RawBody: TypeAlias = bytes | bytearray | memoryview | str

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")


class Reason(enum.StrEnum):
    """Why a signature did not verify: the stable ``reason`` of a ``WebhookVerificationError``."""

    MISSING_HEADER = "missing_header"
    """No ``X-Monk-Signature`` header, or an empty one."""
    MALFORMED_HEADER = "malformed_header"
    """A part is not ``key=value``, or ``t`` appears more than once."""
    MISSING_TIMESTAMP = "missing_timestamp"
    """No ``t=`` part."""
    INVALID_TIMESTAMP = "invalid_timestamp"
    """``t`` is not a whole number of unix seconds."""
    MISSING_SIGNATURE = "missing_signature"
    """No ``v1=`` part."""
    INVALID_SIGNATURE = "invalid_signature"
    """No ``v1`` value is a SHA-256 hex digest (64 hex digits)."""
    SIGNATURE_MISMATCH = "signature_mismatch"
    """No ``v1`` matches: wrong secret, altered body, or a body that is not the raw bytes."""
    TIMESTAMP_TOO_OLD = "timestamp_too_old"
    """Authentic but older than the tolerance: a replay, or a clock that is off."""
    TIMESTAMP_IN_FUTURE = "timestamp_in_future"
    """Authentic but further ahead than the tolerance: a clock that is off."""


def verify(
    payload: RawBody,
    signature_header: str | bytes | None,
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Timestamp | None = None,
) -> None:
    """Check a delivery's ``X-Monk-Signature``; raise ``WebhookVerificationError`` if it fails.

    ``payload`` is the raw request body. Any one of several ``v1`` values may match (secret
    rotation). The signature is checked before the timestamp, so a timestamp reason means the
    delivery is authentic. ``tolerance=None`` skips the timestamp check; ``now`` (unix seconds
    or an aware datetime) replaces the clock in tests.
    """
    _check_tolerance(tolerance)
    if now is not None:
        _unix_seconds(now, "now")  # checked before the signature: a bad clock is a bug
    body = _body_bytes(payload)
    key = _secret_bytes(secret)
    timestamp, signatures = _parse_header(signature_header)

    expected = hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).digest()
    candidates = [bytes.fromhex(sig) for sig in signatures if _SHA256_HEX.fullmatch(sig)]
    if not candidates:
        raise WebhookVerificationError(Reason.INVALID_SIGNATURE)
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise WebhookVerificationError(Reason.SIGNATURE_MISMATCH)

    if tolerance is None:
        return
    age = _unix_seconds(now, "now") - int(timestamp)
    if age > tolerance:
        raise WebhookVerificationError(Reason.TIMESTAMP_TOO_OLD)
    if -age > tolerance:
        raise WebhookVerificationError(Reason.TIMESTAMP_IN_FUTURE)


def construct_event(
    payload: RawBody,
    headers: Headers,
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Timestamp | None = None,
) -> WebhookEvent:
    """Verify a delivery, then decode it into the event its ``X-Monk-Event`` header names.

    ``headers`` is a mapping or a list of (name, value) pairs, looked up case-insensitively.
    An event type this SDK does not know gives a ``WebhookEvent`` whose ``data`` is the raw dict.
    """
    body = _body_bytes(payload)
    if isinstance(headers, str | bytes) or not isinstance(headers, Iterable | Mapping):
        raise ValidationError("headers", "must be a mapping or a list of (name, value) pairs")
    verify(body, _header(headers, SIGNATURE_HEADER), secret, tolerance=tolerance, now=now)
    event_type = (_header(headers, EVENT_HEADER) or "").strip()
    if not event_type:
        raise ValidationError(EVENT_HEADER, "header is missing")
    return decode_event(event_type, _header(headers, DELIVERY_ID_HEADER), _decode_json(body))


def sign(payload: RawBody, secret: str | bytes, timestamp: Timestamp | None = None) -> str:
    """Return a valid ``X-Monk-Signature`` value for ``payload``, to test your webhook handler."""
    body = _body_bytes(payload)
    key = _secret_bytes(secret)
    t = str(math.floor(_unix_seconds(timestamp, "timestamp")))
    digest = hmac.new(key, t.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def _body_bytes(payload: RawBody) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise ValidationError(
        "payload",
        f"must be the raw request body as bytes or str, not {type(payload).__name__}: "
        "a parsed and re-serialised body does not keep the signed bytes",
    )


def _secret_bytes(secret: object) -> bytes:
    """The HMAC key. Only ``str`` and ``bytes``: ``bytes(32)`` would be 32 zero bytes, a key
    anyone can forge with.
    """
    if isinstance(secret, str):
        try:
            key = secret.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("secret", "is not valid Unicode text") from None
    elif isinstance(secret, bytes | bytearray):
        key = bytes(secret)
    else:
        raise ValidationError(
            "secret", f"must be the signing secret as str or bytes, not {type(secret).__name__}"
        )
    if not key.strip():
        raise ValidationError("secret", "must not be empty")
    return key


def _finite(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValidationError(name, f"must be a number of seconds, not {type(value).__name__}")
    try:
        number = float(value)
    except (OverflowError, ValueError):  # a huge int; a signalling NaN
        number = math.nan
    if not math.isfinite(number):
        raise ValidationError(name, f"must be a finite number, not {value!r}")
    return number


def _check_tolerance(tolerance: object) -> None:
    if tolerance is not None and _finite("tolerance", tolerance) < 0:
        raise ValidationError("tolerance", "must not be negative")


def _parse_header(header: str | bytes | None) -> tuple[str, list[str]]:
    """Split ``t=<unix>,v1=<hex>[,...]`` into the timestamp text and the ``v1`` values."""
    if isinstance(header, bytes | bytearray):
        header = bytes(header).decode("latin-1")
    if header is not None and not isinstance(header, str):
        raise ValidationError(
            "signature_header", f"must be the header's str value, not {type(header).__name__}"
        )
    if header is None or not header.strip():
        raise WebhookVerificationError(Reason.MISSING_HEADER)
    timestamp: str | None = None
    signatures: list[str] = []
    for part in header.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise WebhookVerificationError(Reason.MALFORMED_HEADER)
        if key == "t":
            if timestamp is not None:
                raise WebhookVerificationError(Reason.MALFORMED_HEADER)
            timestamp = value
        elif key == "v1":
            signatures.append(value)
        # Other keys (a future scheme such as v2) are ignored.
    if timestamp is None:
        raise WebhookVerificationError(Reason.MISSING_TIMESTAMP)
    if not _TIMESTAMP.fullmatch(timestamp):
        raise WebhookVerificationError(Reason.INVALID_TIMESTAMP)
    if not signatures:
        raise WebhookVerificationError(Reason.MISSING_SIGNATURE)
    return timestamp, signatures


def _unix_seconds(value: Timestamp | None, name: str) -> float:
    if value is None:
        return time.time()
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(name, "a datetime must be timezone-aware")
        try:
            return value.timestamp()
        except (OverflowError, ValueError, OSError):
            raise ValidationError(name, f"{value!r} is out of range") from None
    return _finite(name, value)


def _header(headers: Headers, name: str) -> str | None:
    """All values of header ``name`` (any case), comma-joined as HTTP does; None if absent."""
    items: Iterable[tuple[Any, Any]]
    if isinstance(headers, Mapping):
        items = headers.items()
    else:
        # Objects like werkzeug's Headers are not Mappings but have items() yielding pairs.
        get_items = getattr(headers, "items", None)
        items = get_items() if callable(get_items) else headers
    wanted = name.lower()
    values: list[str] = []
    try:
        for key, value in items:
            key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
            if key_text.lower() != wanted:
                continue
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            if text not in values:
                values.append(text)
    except (TypeError, ValueError):
        raise ValidationError(
            "headers", "must be a mapping or a list of (name, value) pairs"
        ) from None
    return ", ".join(values) if values else None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number")


def _decode_json(body: bytes) -> dict[str, Any]:
    """Parse the body exactly: numbers with a fraction become ``Decimal``, never float."""
    try:
        value = json.loads(body, parse_float=Decimal, parse_constant=_reject_constant)
    except RecursionError:
        raise ValidationError("payload", "is nested too deeply") from None
    except ValueError:
        raise ValidationError("payload", "must be a JSON object") from None
    if not isinstance(value, dict):
        raise ValidationError("payload", "must be a JSON object")
    return value
