"""Response decoding: exact JSON numbers, the generated models, and reports of spec drift.

The spec is partly reconstructed, so a 2xx response is decoded tolerantly by default: what differs
from the spec is kept as received and reported once per (operation, JSON path, kind) as a
:class:`~monk.SpecDriftWarning` and on the ``monk`` logger. In strict mode the generated models
raise ``SpecDrift`` at the first deviation, which the client turns into ResponseValidationError.
"""

from __future__ import annotations

import gc
import json
import logging
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._exceptions import SpecDriftWarning, redact
from .._generated.types import SpecDrift, describe, deviant, dumps
from .caller import caller_level

if TYPE_CHECKING:
    import httpx

__all__ = ["DriftLog", "SpecDrift", "decode", "describe", "dumps", "parse_json", "warn_drift"]

log = logging.getLogger("monk")
log.addHandler(logging.NullHandler())  # reports go to the warning; the log line is opt-in

# Memory stays bounded whatever the server sends (map keys are server-controlled and end up in
# JSON paths): a client remembers, and warns about, at most _MAX_SEEN distinct deviations (each
# path shortened to _MAX_PATH characters), then says once that it stops reporting. Python's
# warning registry keeps every distinct warning text, so that cap bounds it too.
_MAX_SEEN = 1_000
_MAX_PATH = 200
_FULL = ("", "", "full")
# A response body this large or larger is decoded with the cyclic garbage collector paused.
_GC_PAUSE_BYTES = 16_384


def parse_json(content: bytes | str) -> Any:
    """JSON with every non-integer number as an exact ``Decimal`` (never through float).

    ``NaN``, ``Infinity`` and ``-Infinity`` (which Python's json accepts) become Decimals too, so
    the decoders see them and report them (a money field is never silently ``Decimal('NaN')``).
    """
    return json.loads(content, parse_float=Decimal, parse_constant=Decimal)


class DriftLog:
    """The tolerant reporter of one operation: each (path, kind) once per client, key redacted."""

    __slots__ = ("operation", "secret", "seen")

    def __init__(self, operation: str, seen: set[tuple[str, str, str]], secret: str) -> None:
        self.operation = operation
        self.seen = seen
        self.secret = secret

    def __call__(self, path: str, kind: str, expected: str, value: Any) -> None:
        if len(path) > _MAX_PATH:
            path = path[: _MAX_PATH - 3] + "..."
        key = (self.operation, path, kind)
        seen = self.seen
        if key in seen:
            return
        if len(seen) >= _MAX_SEEN:
            if _FULL not in seen:
                seen.add(_FULL)
                warn_drift(
                    f"{self.operation}: {_MAX_SEEN} different deviations from the spec were "
                    "reported by this client; further ones are kept as received without a report"
                )
            return
        seen.add(key)
        got = describe(kind, redact(value, self.secret))  # redacted before it is shortened
        warn_drift(
            redact(
                f"{self.operation}: the response differs from the spec at {path} ({kind}): "
                f"expected {expected}, got {got}; kept as received",
                self.secret,
            )
        )


def warn_drift(message: str) -> None:
    """Report a deviation: the ``monk`` logger, and a SpecDriftWarning at the user's line."""
    log.warning("%s", message)
    warnings.warn(message, SpecDriftWarning, stacklevel=caller_level())


def decode(model: Any, response: httpx.Response, report: DriftLog | None) -> Any:
    """The model for a 2xx response; ``report`` None is strict (raises SpecDrift).

    A body that is not a JSON object (null, an array, a number) has nothing to read: it raises
    SpecDrift at ``$`` in both modes (the client turns it into ResponseValidationError).
    """
    content = response.content
    if len(content) < _GC_PAUSE_BYTES or not gc.isenabled():
        return _decode(model, content, report)
    # A large body (a list page) becomes thousands of new objects, none of them in a cycle: the
    # cyclic collector, run again and again as they are made, would only walk live objects.
    # It is paused for the decode (synchronous: nothing else runs on this thread meanwhile) and
    # then runs once, at the next allocation, as it would have anyway.
    gc.disable()
    try:
        return _decode(model, content, report)
    finally:
        gc.enable()


def _decode(model: Any, content: bytes, report: DriftLog | None) -> Any:
    data = parse_json(content)
    if data.__class__ is dict:
        return model.from_dict(data, report)
    return deviant(None, "$", "", f"object ({model.__name__})", data)
