"""``Monk`` and ``AsyncMonk``: a client's configuration and its resources.

Every request goes through the client's engine (``_core.engine``): the client checks its
options, makes the engine, and hands it to each resource when the resource is first used.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Self

import httpx

from ._core.auth import mask_key
from ._core.config import DEFAULT_TIMEOUT, ENVIRONMENTS, Environment, check_options
from ._core.engine import AsyncEngine, Engine, ResponseLog, SyncEngine, capture_responses
from ._core.operation import EVENTS_HOST
from ._core.retry import CircuitBreaker, RetryConfig
from ._exceptions import ValidationError, _ValidationTypeError
from ._generated.client_attributes import AsyncResources, SyncResources

__all__ = ["AsyncMonk", "Monk", "ResponseLog"]


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class _Client:
    """What both clients share: reading and checking the options, and the resources' engine."""

    _engine: Engine

    def _configure(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        events_base_url: str | None,
        environment: Environment | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryConfig | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None,
        clock: Callable[[], datetime.datetime] | None,
        strict_responses: bool | None,
        breaker: CircuitBreaker | None,
    ) -> dict[str, Any]:
        """The engine's settings, from the arguments and the ``MONK_*`` environment variables."""
        api_key = api_key if api_key is not None else os.environ.get("MONK_API_KEY")
        if not api_key:
            raise ValidationError(
                "api_key",
                "No API key: pass Monk(api_key=...) or set the MONK_API_KEY environment variable.",
            )
        env = environment or os.environ.get("MONK_ENVIRONMENT") or "production"
        check_options(
            api_key=api_key,
            environment=env,
            base_url=base_url,
            events_base_url=events_base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
        )
        rest_default, events_default = ENVIRONMENTS[env]
        self.environment: str = env
        self.default_headers = dict(default_headers or {})
        given_base = base_url or os.environ.get("MONK_BASE_URL")
        retry = retry or RetryConfig()
        if max_retries is not None:
            retry = dataclasses.replace(retry, max_retries=max_retries)
        if strict_responses is None:
            strict_responses = os.environ.get("MONK_STRICT_RESPONSES", "") in {"1", "true"}
        self._resources: dict[str, Any] = {}
        return {
            "api_key": api_key,
            "base_url": (given_base or rest_default).rstrip("/"),
            # One base URL alone (a mock, a proxy) serves the events too, as in the `monk`
            # command: a test key and a local mock never send events to the production host.
            "events_base_url": (
                events_base_url
                or os.environ.get("MONK_EVENTS_BASE_URL")
                or given_base
                or events_default
            ).rstrip("/"),
            "timeout": timeout,
            "http_client": http_client,
            "retry": retry,
            "default_headers": self.default_headers,
            "clock": clock or _utc_now,
            "strict_responses": strict_responses,
            "breaker": breaker,
            "owner": type(self).__name__,
        }

    @property
    def api_key(self) -> str:
        """The API key (never shown in the repr, logs or errors)."""
        return self._engine.api_key

    @property
    def base_url(self) -> str:
        """Where REST calls go (from ``base_url``, ``MONK_BASE_URL`` or the environment)."""
        return self._engine.base_url

    @property
    def events_base_url(self) -> str:
        """Where the Events API's calls go."""
        return self._engine.hosts[EVENTS_HOST]

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        """Seconds (or an ``httpx.Timeout``) each attempt may take."""
        return self._engine.timeout

    @property
    def retry(self) -> RetryConfig:
        """The retry policy, circuit breaker and deadline."""
        return self._engine.retry

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be retried: ``retry.max_retries`` (read-only;
        ``with_options(max_retries=...)`` gives a copy with another count)."""
        return self._engine.retry.max_retries

    @property
    def strict_responses(self) -> bool:
        """Whether a response that differs from the spec raises (else it is reported)."""
        return self._engine.strict_responses

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={mask_key(self.api_key)!r}, "
            f"base_url={self.base_url!r}, events_base_url={self.events_base_url!r})"
        )

    def _options(self) -> dict[str, Any]:
        engine = self._engine
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "events_base_url": self.events_base_url,
            "environment": self.environment,
            "timeout": (
                engine.timeout if engine.timeout_override or engine.owns_http else DEFAULT_TIMEOUT
            ),
            "retry": engine.retry,
            "default_headers": self.default_headers,
            "clock": engine.clock,
            "strict_responses": engine.strict_responses,
        }

    def with_options(self, **changes: Any) -> Self:
        """A copy with some options changed; it shares the connection pool and circuit breaker."""
        options = self._options()
        unknown = set(changes) - set(options) - {"max_retries", "http_client"}
        if unknown:
            raise _ValidationTypeError(
                "with_options", f"unknown options: {', '.join(sorted(unknown))}"
            )
        options.update(changes)
        options.setdefault("http_client", self._engine.http)  # type: ignore[attr-defined]
        same_breaker = "retry" not in changes and "max_retries" not in changes
        cls: Any = type(self)  # Monk or AsyncMonk, whose __init__ takes these options
        copy: Self = cls(**options, _breaker=self._engine.breaker if same_breaker else None)
        copy._engine.owns_http = False
        return copy

    def capture_responses(self) -> AbstractContextManager[ResponseLog]:
        """Collect the raw ``httpx.Response`` of every call made in the block (raw access)."""
        return capture_responses()

    def _resource(self, name: str) -> Any:
        """The resource ``name`` of this client, made on first use (imported lazily: a script
        that never calls the API does not pay for importing every resource)."""
        resource = self._resources.get(name)
        if resource is None:
            from ._generated import resources

            cls = getattr(resources, ("Async" if isinstance(self, AsyncMonk) else "") + name)
            resource = self._resources[name] = cls(self._engine)
        return resource


class Monk(_Client, SyncResources):
    """The synchronous Monk client.

    >>> client = Monk()  # reads MONK_API_KEY
    >>> client.customers.get("cus_123").name
    """

    _engine: SyncEngine

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        events_base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        strict_responses: bool | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        """A client: the key from ``api_key`` or ``MONK_API_KEY``; the hosts from ``environment``
        (or ``base_url``/``events_base_url``); ``timeout`` in seconds; ``retry`` or ``max_retries``
        for the retry policy; your own ``http_client``; headers for every request.
        """
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise _ValidationTypeError(
                "http_client", "Monk takes an httpx.Client (AsyncMonk takes an httpx.AsyncClient)"
            )
        settings = self._configure(
            api_key,
            base_url=base_url,
            events_base_url=events_base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            default_headers=default_headers,
            clock=clock,
            strict_responses=strict_responses,
            breaker=_breaker,
        )
        self._engine = SyncEngine(**settings)

    def close(self) -> None:
        """End the client: calls in flight stop within about a second, later calls raise.

        The connection pool is closed too, unless it was passed in by the caller.
        """
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncMonk(_Client, AsyncResources):
    """The asyncio Monk client: the same resources, with ``await``."""

    _engine: AsyncEngine

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        events_base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        strict_responses: bool | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        """:class:`Monk`'s arguments, with an ``httpx.AsyncClient`` as ``http_client``."""
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise _ValidationTypeError("http_client", "AsyncMonk takes an httpx.AsyncClient")
        settings = self._configure(
            api_key,
            base_url=base_url,
            events_base_url=events_base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            default_headers=default_headers,
            clock=clock,
            strict_responses=strict_responses,
            breaker=_breaker,
        )
        self._engine = AsyncEngine(**settings)

    async def close(self) -> None:
        """End the client: calls in flight are cancelled and raise, later calls raise.

        The connection pool is closed too, unless it was passed in by the caller.
        """
        await self._engine.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
