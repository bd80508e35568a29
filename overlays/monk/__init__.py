"""Monk: the Python SDK for Monk's usage-based billing API."""

from __future__ import annotations

from . import webhooks
from ._client import AsyncMonk, Monk, ResponseLog
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BufferFullError,
    CircuitOpenError,
    ConflictError,
    InternalServerError,
    MonkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._retry import CircuitBreaker, RetryConfig
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMonk",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BufferFullError",
    "CircuitBreaker",
    "CircuitOpenError",
    "ConflictError",
    "InternalServerError",
    "Monk",
    "MonkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseLog",
    "ResponseValidationError",
    "RetryConfig",
    "SyncPage",
    "UnprocessableEntityError",
    "ValidationError",
    "WebhookVerificationError",
    "__version__",
    "webhooks",
]
