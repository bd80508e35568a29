"""Monk: the Python SDK for Monk's usage-based billing API.

Only the exceptions are imported eagerly; the clients, webhooks and the rest load on first use,
so ``import monk`` costs next to nothing until a client is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BufferFullError,
    CircuitOpenError,
    ConflictError,
    InferredRuleWarning,
    InternalServerError,
    MonkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    SpecDriftWarning,
    SpoolLockedError,
    UnacknowledgedEventsError,
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)
from ._version import __version__

if TYPE_CHECKING:
    from . import types, webhooks
    from ._billing.credits import RemainingCredits
    from ._billing.estimate import CostEstimate, EventCost, MeterCost
    from ._billing.usage import UsageCost
    from ._bulk.sync import SyncStats, sync_events
    from ._client import AsyncMonk, Monk, ResponseLog
    from ._core.options import Omit, omit
    from ._core.pagination import AsyncPage, AsyncPager, SyncPage
    from ._core.response import RawResponse
    from ._core.retry import CircuitBreaker, RetryConfig
    from ._events.event import Event, idempotency_key
    from ._events.ingest import AsyncEventBuffer, BatchResult, BufferStats, EventBuffer

# Public name -> the private module that defines it (imported on first access).
_LAZY = {
    "AsyncMonk": "_client",
    "Monk": "_client",
    "ResponseLog": "_client",
    "AsyncPage": "_core.pagination",
    "AsyncPager": "_core.pagination",
    "SyncPage": "_core.pagination",
    "CircuitBreaker": "_core.retry",
    "RetryConfig": "_core.retry",
    "RemainingCredits": "_billing.credits",
    "CostEstimate": "_billing.estimate",
    "EventCost": "_billing.estimate",
    "MeterCost": "_billing.estimate",
    "UsageCost": "_billing.usage",
    "Event": "_events.event",
    "idempotency_key": "_events.event",
    "AsyncEventBuffer": "_events.ingest",
    "BatchResult": "_events.ingest",
    "BufferStats": "_events.ingest",
    "EventBuffer": "_events.ingest",
    "SyncStats": "_bulk.sync",
    "sync_events": "_bulk.sync",
    "Omit": "_core.options",
    "omit": "_core.options",
    "RawResponse": "_core.response",
}
_LAZY_MODULES = {"types", "webhooks", "spark"}  # spark: not in __all__ (needs monk-sdk[spark])

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncEventBuffer",
    "AsyncMonk",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BufferFullError",
    "BufferStats",
    "CircuitBreaker",
    "CircuitOpenError",
    "ConflictError",
    "CostEstimate",
    "Event",
    "EventBuffer",
    "EventCost",
    "InferredRuleWarning",
    "InternalServerError",
    "MeterCost",
    "Monk",
    "MonkError",
    "NotFoundError",
    "Omit",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RemainingCredits",
    "ResponseLog",
    "ResponseValidationError",
    "RetryConfig",
    "SpecDriftWarning",
    "SpoolLockedError",
    "SyncPage",
    "SyncStats",
    "UnacknowledgedEventsError",
    "UnprocessableEntityError",
    "UsageCost",
    "ValidationError",
    "WebhookVerificationError",
    "__version__",
    "idempotency_key",
    "omit",
    "sync_events",
    "types",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY_MODULES:
        value: Any = importlib.import_module(f".{name}", __name__)
    elif name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)  # the public API only, not this module's own imports
