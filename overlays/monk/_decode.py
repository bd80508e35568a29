"""Response decoding: exact JSON numbers, the generated models, and reports of spec drift.

The spec is partly reconstructed, so a 2xx response is decoded tolerantly by default: what differs
from the spec is kept as received and reported once per (operation, JSON path, kind) as a
:class:`~monk.SpecDriftWarning` and on the ``monk`` logger. In strict mode the generated models
raise ``SpecDrift`` at the first deviation, which the client turns into ResponseValidationError.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._exceptions import SpecDriftWarning, redact
from ._generated.types import SpecDrift, describe, deviant, dumps

if TYPE_CHECKING:
    import httpx

__all__ = ["DriftLog", "SpecDrift", "decode", "describe", "dumps", "parse_json"]

log = logging.getLogger("monk")
log.addHandler(logging.NullHandler())  # reports go to the warning; the log line is opt-in

_MAX_SEEN = 10_000  # bounds the memory of a long-lived client facing a very drifting API


def parse_json(content: bytes | str) -> Any:
    """JSON with every non-integer number as an exact ``Decimal`` (never through float)."""
    return json.loads(content, parse_float=Decimal)


class DriftLog:
    """The tolerant reporter of one operation: each (path, kind) once per client, key redacted."""

    __slots__ = ("operation", "secret", "seen")

    def __init__(self, operation: str, seen: set[tuple[str, str, str]], secret: str) -> None:
        self.operation = operation
        self.seen = seen
        self.secret = secret

    def __call__(self, path: str, kind: str, expected: str, value: Any) -> None:
        key = (self.operation, path, kind)
        if key in self.seen:
            return
        if len(self.seen) < _MAX_SEEN:
            self.seen.add(key)
        got = describe(kind, redact(value, self.secret))  # redacted before it is shortened
        message = redact(
            f"{self.operation}: the response differs from the spec at {path} ({kind}): "
            f"expected {expected}, got {got}; kept as received",
            self.secret,
        )
        log.warning("%s", message)
        warnings.warn(message, SpecDriftWarning, stacklevel=_caller_level())


def _caller_level() -> int:
    """The stack level of the first frame outside this package: the user's call."""
    frame = sys._getframe(2)
    level = 3
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("monk."):
        frame = frame.f_back
        level += 1
    return level


def _quiet(path: str, kind: str, expected: str, value: Any) -> None:
    """A reporter that drops everything (after the one report that says why)."""


def decode(model: Any, response: httpx.Response, report: DriftLog | None) -> Any:
    """The model for a 2xx response; ``report`` None is strict (raises SpecDrift)."""
    data = parse_json(response.content)
    if data.__class__ is dict:
        return model.from_dict(data, report)
    deviant(report, "$", "", f"object ({model.__name__})", data)
    return model.from_dict({}, _quiet)
