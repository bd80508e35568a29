"""Request bodies and query parameters as they go on the wire: strict JSON, bounded, checked
before the network.

The generated ``_get_kwargs`` returns the body as plain data; httpx would encode it only when the
request is sent, and fail there with a bare ``TypeError`` (a set), ``ValueError`` (NaN, an
integer too long to print) or ``RecursionError``. Encoding it here, first, turns each of those
into a :class:`~monk.ValidationError` that names the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._exceptions import ValidationError
from ._generated.types import dumps

__all__ = ["MAX_DEPTH", "MAX_INT", "check_params", "encode_body"]

# Deeper than this is a mistake (Monk's documents nest a few levels), and a Python recursion
# limit away from a RecursionError.
MAX_DEPTH = 32
# The largest integer sent: a signed 64-bit integer. Beyond it, JSON readers lose digits.
MAX_INT = 2**63 - 1

_SCALARS = (str, int, float, bool, type(None), Decimal)


def encode_body(operation: str, data: Any) -> bytes:
    """``data`` as compact UTF-8 JSON, or a ``ValidationError`` naming the first bad value."""
    _check(operation, data, "body", 0)
    try:
        return dumps(data).encode("utf-8")  # a Decimal as its exact digits
    except (TypeError, ValueError, RecursionError, UnicodeEncodeError) as exc:  # pragma: no cover
        raise ValidationError(f"{operation}: body", f"cannot be sent as JSON ({exc})") from None


def check_params(operation: str, params: Mapping[str, Any]) -> None:
    """Query parameter values httpx can write: scalars, or lists of them."""
    for name, value in params.items():
        items = value if isinstance(value, list | tuple) else (value,)
        for item in items:
            if isinstance(item, Decimal) and not item.is_finite():
                raise ValidationError(name, f"must be a finite number, not {item}")
            if isinstance(item, float) and not math.isfinite(item):
                raise ValidationError(name, f"must be a finite number, not {item!r}")
            if isinstance(item, int) and not isinstance(item, bool) and abs(item) > MAX_INT:
                raise ValidationError(name, "must be an integer within a signed 64-bit range")
            if not isinstance(item, _SCALARS):
                raise ValidationError(
                    name,
                    f"must be a string, number or boolean, not {type(item).__name__} "
                    f"(in {operation}())",
                )


def _check(operation: str, value: Any, path: str, depth: int) -> None:
    if isinstance(value, str | bool) or value is None:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValidationError(path, "is not valid Unicode text") from None
        return
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise ValidationError(
                path, "must be an integer within a signed 64-bit range (|n| < 2**63)"
            )
        return
    if isinstance(value, float | Decimal):
        if not value.is_finite() if isinstance(value, Decimal) else not math.isfinite(value):
            raise ValidationError(path, f"must be a finite number, not {value}")
        return
    if depth >= MAX_DEPTH:
        raise ValidationError(path, f"nests more than {MAX_DEPTH} levels deep")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(path, f"keys must be strings, not {type(key).__name__}")
            _check(operation, item, f"{path}.{key}", depth + 1)
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check(operation, item, f"{path}[{index}]", depth + 1)
        return
    raise ValidationError(
        path,
        f"cannot be sent as JSON: a {type(value).__name__} is not a string, number, boolean, "
        f"list or object (in {operation}())",
    )
