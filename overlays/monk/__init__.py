"""Monk: the Python SDK for Monk's usage-based billing API."""

from __future__ import annotations

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
    UnprocessableEntityError,
    ValidationError,
    WebhookVerificationError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BufferFullError",
    "CircuitOpenError",
    "ConflictError",
    "InternalServerError",
    "MonkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationError",
    "WebhookVerificationError",
]
