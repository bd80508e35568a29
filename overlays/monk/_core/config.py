"""A client's configuration: the hosts of each environment, the default timeout, the
``User-Agent``, ``MONK_LOG``, and the checks that catch a mistaken option when the client is made.
"""

from __future__ import annotations

import functools
import logging
import os
import platform
from typing import Literal

import httpx

from .._exceptions import ValidationError
from .._version import __version__
from .auth import check_key
from .options import is_timeout
from .retry import RetryConfig

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "RETRY_COUNT_HEADER",
    "Environment",
    "check_options",
    "user_agent",
]

log = logging.getLogger("monk")

ENVIRONMENTS: dict[str, tuple[str, str]] = {
    "production": ("https://api.monk.com", "https://events-api.monk.com"),
    "sandbox": ("https://api-sandbox.monk.com", "https://events-api-sandbox.monk.com"),
}
Environment = Literal["production", "sandbox"]


class _DefaultTimeout(float):
    """The default ``timeout``: 30 seconds, and told apart from an explicit ``timeout=30.0``
    (a caller's own ``http_client`` keeps its timeout unless one is given)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "30.0"


DEFAULT_TIMEOUT: float = _DefaultTimeout(30.0)

# Sent on every attempt: 0 on the first, n on the n-th retry (Stainless's x-stainless-retry-count).
RETRY_COUNT_HEADER = "X-Monk-Retry-Count"


@functools.cache
def user_agent() -> str:
    """``monk-python/<version> (<Python> <version>; <OS> <arch>; httpx <version>)``, worked out
    once per process; it names no user, host or key."""

    def token(text: str) -> str:
        return "".join(c for c in text if c.isascii() and c.isprintable() and c not in "();") or "?"

    runtime = f"{token(platform.python_implementation())} {token(platform.python_version())}"
    system = f"{token(platform.system())} {token(platform.machine())}"
    return f"monk-python/{__version__} ({runtime}; {system}; httpx {token(httpx.__version__)})"


def _configure_logging_from_env() -> None:
    """``MONK_LOG=debug`` (or info) turns on the ``monk`` logger with a stderr handler."""
    level = os.environ.get("MONK_LOG", "").upper()
    if level in {"DEBUG", "INFO"} and all(isinstance(h, logging.NullHandler) for h in log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s monk %(levelname)s %(message)s"))
        # When the application configures logging (basicConfig), its root handlers print the
        # line; ours only speaks when nobody else would, so no line is printed twice.
        handler.addFilter(lambda _record: not logging.getLogger().handlers)
        log.addHandler(handler)
        log.setLevel(level)


_configure_logging_from_env()


def check_options(
    *,
    api_key: object,
    environment: object,
    base_url: object,
    events_base_url: object,
    timeout: object,
    max_retries: object,
    retry: object,
) -> None:
    """Client configuration mistakes, caught when the client is made rather than on a call."""
    if not isinstance(api_key, str) or not api_key.strip():
        raise ValidationError("api_key", "must be a non-empty string")
    check_key(api_key)
    if environment not in ENVIRONMENTS:
        raise ValidationError(
            "environment", f"must be 'production' or 'sandbox', not {environment!r}"
        )
    for name, url in (("base_url", base_url), ("events_base_url", events_base_url)):
        if url is None:
            continue
        parsed = None
        if isinstance(url, str):
            try:
                parsed = httpx.URL(url)
            except (httpx.InvalidURL, TypeError, ValueError):
                parsed = None
        if parsed is None or parsed.scheme not in {"http", "https"} or not parsed.host:
            raise ValidationError(
                name, f"must be an http(s) URL such as 'https://api.monk.com', not {url!r}"
            )
    if timeout is not DEFAULT_TIMEOUT and timeout is not None and not is_timeout(timeout):
        raise ValidationError(
            "timeout",
            f"must be a number of seconds above 0, an httpx.Timeout or None, not {timeout!r}",
        )
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ValidationError("max_retries", f"must be an int of 0 or more, not {max_retries!r}")
    if retry is not None and not isinstance(retry, RetryConfig):
        raise ValidationError("retry", f"must be a monk.RetryConfig, not {type(retry).__name__}")
