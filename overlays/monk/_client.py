"""``Monk`` and ``AsyncMonk``: configuration, the request loop, and the resources.

Every call goes through ``_send``: build the request with the generated ``_get_kwargs``, send it
with httpx, retry per :class:`~monk.RetryConfig` behind the circuit breaker, map 4xx/5xx to typed
errors, and parse with the generated ``_parse_response``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import functools
import logging
import math
import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MonkError,
    ResponseValidationError,
    ValidationError,
    make_status_error,
    request_id_of,
)
from ._operation import EVENTS_HOST, ListOperation, Operation
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._retry import CircuitBreaker, RetryConfig, RetryState
from ._version import __version__

if TYPE_CHECKING:
    from .resources import (
        AsyncContracts,
        AsyncCustomers,
        AsyncEvents,
        AsyncInvoices,
        AsyncMeters,
        AsyncPlans,
        AsyncPricing,
        AsyncUsage,
        Contracts,
        Customers,
        Events,
        Invoices,
        Meters,
        Plans,
        Pricing,
        Usage,
    )

__all__ = ["AsyncMonk", "Monk", "ResponseLog"]

log = logging.getLogger("monk")
T = TypeVar("T")

ENVIRONMENTS: dict[str, tuple[str, str]] = {
    "production": ("https://api.monk.com", "https://events-api.monk.com"),
    "sandbox": ("https://api-sandbox.monk.com", "https://events-api-sandbox.monk.com"),
}
DEFAULT_TIMEOUT = 30.0
Environment = Literal["production", "sandbox"]
_UNSET: Any = object()


def _configure_logging_from_env() -> None:
    """``MONK_LOG=debug`` (or info) turns on the ``monk`` logger with a stderr handler."""
    level = os.environ.get("MONK_LOG", "").upper()
    if level in {"DEBUG", "INFO"} and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s monk %(levelname)s %(message)s"))
        # When the application configures logging (basicConfig), its root handlers print the
        # line; ours only speaks when nobody else would, so no line is printed twice.
        handler.addFilter(lambda _record: not logging.getLogger().handlers)
        log.addHandler(handler)
        log.setLevel(level)


_configure_logging_from_env()


def _check_options(
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
    if (
        timeout is not _UNSET
        and timeout is not None
        and not isinstance(timeout, httpx.Timeout)
        and (
            isinstance(timeout, bool)
            or not isinstance(timeout, (int, float))
            or not math.isfinite(timeout)
            or timeout <= 0
        )
    ):
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


def mask_key(key: str) -> str:
    """What a repr may show of an API key: the prefix and the last four characters."""
    if len(key) <= 12:
        return "***"
    return f"{key[:8]}…{key[-4:]}"


class ResponseLog:
    """The raw ``httpx.Response`` of each call made inside ``client.capture_responses()``."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    @property
    def last(self) -> httpx.Response:
        if not self.responses:
            raise LookupError("no response was captured")
        return self.responses[-1]

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.last)


_capture: ContextVar[ResponseLog | None] = ContextVar("monk_capture", default=None)


class _BaseClient:
    """Configuration and everything the sync and async clients share."""

    _http: Any

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        events_base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = _UNSET,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("MONK_API_KEY")
        if not api_key:
            raise ValidationError(
                "api_key",
                "No API key: pass Monk(api_key=...) or set the MONK_API_KEY environment variable.",
            )
        env = environment or os.environ.get("MONK_ENVIRONMENT") or "production"
        _check_options(
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
        self.base_url = (base_url or os.environ.get("MONK_BASE_URL") or rest_default).rstrip("/")
        self.events_base_url = (
            events_base_url or os.environ.get("MONK_EVENTS_BASE_URL") or events_default
        ).rstrip("/")
        self.timeout: float | httpx.Timeout | None = (
            DEFAULT_TIMEOUT if timeout is _UNSET else timeout
        )
        # A caller's own http_client keeps its timeout unless one is given here.
        self._timeout_override = http_client is not None and timeout is not _UNSET
        retry = retry or RetryConfig()
        if max_retries is not None:
            retry = dataclasses.replace(retry, max_retries=max_retries)
        self.retry = retry
        self.default_headers = dict(default_headers or {})
        self.__api_key = api_key
        self._breaker = _breaker or CircuitBreaker.from_config(retry)
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "User-Agent": f"monk-python/{__version__}",
            "Accept": "application/json",
            **self.default_headers,
        }
        self._owns_http = http_client is None
        self._hosts = {EVENTS_HOST: self.events_base_url}
        self._resources: dict[str, Any] = {}
        # What "now" is for date defaults (usage cost of a rolling contract); tests pass a fixed one.
        self._clock: Callable[[], datetime.datetime] = clock or _utc_now

    @property
    def api_key(self) -> str:
        return self.__api_key

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_key={mask_key(self.__api_key)!r}, "
            f"base_url={self.base_url!r}, events_base_url={self.events_base_url!r})"
        )

    def _options(self) -> dict[str, Any]:
        return {
            "api_key": self.__api_key,
            "base_url": self.base_url,
            "events_base_url": self.events_base_url,
            "environment": self.environment,
            "timeout": self.timeout if self._timeout_override or self._owns_http else _UNSET,
            "retry": self.retry,
            "default_headers": self.default_headers,
            "clock": self._clock,
        }

    def with_options(self, **changes: Any) -> Self:
        """A copy with some options changed; it shares the connection pool and circuit breaker."""
        options = self._options()
        unknown = set(changes) - set(options) - {"max_retries", "http_client"}
        if unknown:
            raise TypeError(f"with_options() got unknown options: {', '.join(sorted(unknown))}")
        options.update(changes)
        options.setdefault("http_client", self._http)
        same_breaker = "retry" not in changes and "max_retries" not in changes
        copy = type(self)(**options, _breaker=self._breaker if same_breaker else None)
        copy._owns_http = False
        return copy

    @contextmanager
    def capture_responses(self) -> Iterator[ResponseLog]:
        """Collect the raw ``httpx.Response`` of every call made in the block (raw access)."""
        captured = ResponseLog()
        token = _capture.set(captured)
        try:
            yield captured
        finally:
            _capture.reset(token)

    # -- the pieces of one call ---------------------------------------------------------------

    def _prepare(
        self, op: Operation[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, str, dict[str, Any]]:
        request = op.request_kwargs(args, kwargs)
        method = request.pop("method")
        url = self._hosts.get(op.host, self.base_url) + request.pop("url")
        headers = request.get("headers")  # Content-Type, when there is a body
        request["headers"] = {**self._headers, **headers} if headers else self._headers
        if self._timeout_override and "timeout" not in request:  # a per-call timeout wins
            request["timeout"] = self.timeout
        return method, url, request

    def _prepare_content(
        self, op: Operation[Any], content: bytes
    ) -> tuple[str, str, dict[str, Any]]:
        """``_prepare`` for a JSON body the caller encoded: the event ingestion hot path.

        Events are validated and encoded once, when made (``monk.Event``), and a batch body is
        joined from those bytes: going through the generated models' from_dict/to_dict for every
        event would cost more than the request. The generated ``_get_kwargs`` still gives the
        method and URL (``_ENCODED`` stands in for its body model).
        """
        method, url, request = self._prepare(op, (), {"body": _ENCODED})
        request.pop("json", None)
        request["content"] = content
        request["headers"] = {**self._headers, "Content-Type": "application/json"}
        return method, url, request

    def _result(self, op: Operation[T], response: httpx.Response) -> T:
        captured = _capture.get()
        if captured is not None:
            captured.responses.append(response)
        try:
            parsed = op.parse(_generated_client(), response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"{op.method_name}: the {response.status_code} response does not fit the spec: "
                f"{exc!r} (request id {request_id_of(response)})",
                response=response,
            ) from exc
        if parsed is None:
            raise MonkError(
                f"{op.method_name}: undocumented status {response.status_code} "
                f"(request id {request_id_of(response)})"
            )
        return op.result(parsed)


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class _Encoded:
    """Stands in for a generated body model when the body is already JSON bytes."""

    def to_dict(self) -> dict[str, Any]:
        return {}


_ENCODED = _Encoded()


@functools.cache
def _generated_client() -> Any:
    """The generated client object its parsers expect; it never holds the key (its repr would).

    Its only use is the parsers' ``raise_on_unexpected_status`` flag, so one serves every client.
    """
    from ._generated.client import Client

    return Client(base_url="")


class Monk(_BaseClient):
    """The synchronous Monk client.

    >>> client = Monk()  # reads MONK_API_KEY
    >>> client.customers.get("cus_123").name
    """

    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        events_base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = _UNSET,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("Monk(http_client=...) takes an httpx.Client (AsyncMonk takes async)")
        super().__init__(
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
            _breaker=_breaker,
        )
        self._http = http_client or httpx.Client(timeout=self.timeout)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, op: Operation[T], *args: Any, **kwargs: Any) -> T:
        """Send one operation, with retries, and return its parsed (unwrapped) result."""
        return self._result(op, self._send(op, args, kwargs))

    def _list(self, op: ListOperation[T], *args: Any, **params: Any) -> SyncPage[T]:
        """The first page of a list operation; iterating it fetches the rest lazily."""

        def fetch(kwargs: dict[str, Any]) -> Any:
            return self._result(op, self._send(op, args, dict(kwargs)))

        params = {k: v for k, v in params.items() if v is not None}
        return SyncPage(fetch(params), params, fetch, op.items)

    def _send(
        self, op: Operation[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> httpx.Response:
        return self._transmit(op, *self._prepare(op, args, kwargs))

    def _send_content(self, op: Operation[Any], content: bytes) -> httpx.Response:
        """``_send`` with a body already encoded as JSON (see ``_prepare_content``)."""
        return self._transmit(op, *self._prepare_content(op, content))

    def _transmit(
        self, op: Operation[Any], method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        retry = _Attempts(self, op, method, url)
        while True:
            retry.begin()
            try:
                response = self._http.request(method, url, **request)
            except httpx.TransportError as exc:
                delay = retry.failed(exc)
            except BaseException:
                retry.abandoned()
                raise
            else:
                if response.status_code < 400:
                    return retry.succeeded(response)
                delay = retry.rejected(response)
            time.sleep(delay)

    # -- resources (created on first use) -----------------------------------------------------

    def _resource(self, name: str) -> Any:
        resource = self._resources.get(name)
        if resource is None:
            from . import resources

            resource = self._resources[name] = getattr(resources, name)(self)
        return resource

    @property
    def customers(self) -> Customers:
        return self._resource("Customers")  # type: ignore[no-any-return]

    @property
    def meters(self) -> Meters:
        return self._resource("Meters")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> Pricing:
        return self._resource("Pricing")  # type: ignore[no-any-return]

    @property
    def plans(self) -> Plans:
        return self._resource("Plans")  # type: ignore[no-any-return]

    @property
    def contracts(self) -> Contracts:
        return self._resource("Contracts")  # type: ignore[no-any-return]

    @property
    def invoices(self) -> Invoices:
        return self._resource("Invoices")  # type: ignore[no-any-return]

    @property
    def events(self) -> Events:
        return self._resource("Events")  # type: ignore[no-any-return]

    @property
    def usage(self) -> Usage:
        return self._resource("Usage")  # type: ignore[no-any-return]


class AsyncMonk(_BaseClient):
    """The asyncio Monk client: the same resources, with ``await``."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        events_base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout | None = _UNSET,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("AsyncMonk(http_client=...) takes an httpx.AsyncClient")
        super().__init__(
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
            _breaker=_breaker,
        )
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _call(self, op: Operation[T], *args: Any, **kwargs: Any) -> T:
        """Send one operation, with retries, and return its parsed (unwrapped) result."""
        return self._result(op, await self._send(op, args, kwargs))

    def _list(self, op: ListOperation[T], *args: Any, **params: Any) -> AsyncPager[T]:
        """``await`` it for the first page, or ``async for`` over every item of every page."""

        async def fetch(kwargs: dict[str, Any]) -> Any:
            return self._result(op, await self._send(op, args, dict(kwargs)))

        params = {k: v for k, v in params.items() if v is not None}

        async def first() -> AsyncPage[T]:
            return AsyncPage(await fetch(params), params, fetch, op.items)

        return AsyncPager(first)

    async def _send(
        self, op: Operation[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> httpx.Response:
        return await self._transmit(op, *self._prepare(op, args, kwargs))

    async def _send_content(self, op: Operation[Any], content: bytes) -> httpx.Response:
        """``_send`` with a body already encoded as JSON (see ``_prepare_content``)."""
        return await self._transmit(op, *self._prepare_content(op, content))

    async def _transmit(
        self, op: Operation[Any], method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        retry = _Attempts(self, op, method, url)
        while True:
            retry.begin()
            try:
                response = await self._http.request(method, url, **request)
            except httpx.TransportError as exc:
                delay = retry.failed(exc)
            except BaseException:
                retry.abandoned()
                raise
            else:
                if response.status_code < 400:
                    return retry.succeeded(response)
                delay = retry.rejected(response)
            await asyncio.sleep(delay)

    def _resource(self, name: str) -> Any:
        resource = self._resources.get(name)
        if resource is None:
            from . import resources

            resource = self._resources[name] = getattr(resources, "Async" + name)(self)
        return resource

    @property
    def customers(self) -> AsyncCustomers:
        return self._resource("Customers")  # type: ignore[no-any-return]

    @property
    def meters(self) -> AsyncMeters:
        return self._resource("Meters")  # type: ignore[no-any-return]

    @property
    def pricing(self) -> AsyncPricing:
        return self._resource("Pricing")  # type: ignore[no-any-return]

    @property
    def plans(self) -> AsyncPlans:
        return self._resource("Plans")  # type: ignore[no-any-return]

    @property
    def contracts(self) -> AsyncContracts:
        return self._resource("Contracts")  # type: ignore[no-any-return]

    @property
    def invoices(self) -> AsyncInvoices:
        return self._resource("Invoices")  # type: ignore[no-any-return]

    @property
    def events(self) -> AsyncEvents:
        return self._resource("Events")  # type: ignore[no-any-return]

    @property
    def usage(self) -> AsyncUsage:
        return self._resource("Usage")  # type: ignore[no-any-return]


class _Attempts:
    """The retry loop's bookkeeping for one call, shared by the sync and async clients.

    ``failed`` and ``rejected`` return how long to sleep before the next attempt, or raise the
    error when the policy says stop. Nothing is allocated for the retry policy until a failure.
    """

    __slots__ = (
        "attempt",
        "breaker",
        "client",
        "debug",
        "idempotent",
        "method",
        "started",
        "state",
        "url",
    )

    def __init__(self, client: _BaseClient, op: Operation[Any], method: str, url: str) -> None:
        self.client = client
        self.method = method
        self.url = url
        self.breaker = client._breaker
        self.state: RetryState | None = None
        self.attempt = 0
        self.started = 0.0
        self.debug = log.isEnabledFor(logging.DEBUG)
        # Safe methods are retried anyway (RetryState); this says a POST may be repeated too.
        self.idempotent = op.idempotent

    def begin(self) -> None:
        self.attempt += 1
        self.breaker.before_request()
        if self.debug:
            self.started = time.perf_counter()

    def succeeded(self, response: httpx.Response) -> httpx.Response:
        self.breaker.record_success()
        if self.debug:
            self._log(response.status_code)
        return response

    def abandoned(self) -> None:
        """The attempt ended with neither a response nor a connection error (e.g. cancelled)."""
        self.breaker.release()

    def failed(self, exc: httpx.TransportError) -> float:
        self.breaker.record_failure()
        if self.debug:
            self._log(type(exc).__name__)
        delay = self._next_delay(status=None, retry_after=None)
        if delay is None:
            raise _connection_error(exc, self.url) from exc
        return delay

    def rejected(self, response: httpx.Response) -> float:
        status = response.status_code
        self.breaker.record(status)  # a 5xx counts against the server; a 4xx shows it is up
        if self.debug:
            self._log(status)
        delay = self._next_delay(status=status, retry_after=response.headers.get("retry-after"))
        if delay is None:
            raise make_status_error(response)
        return delay

    def _next_delay(self, *, status: int | None, retry_after: str | None) -> float | None:
        if self.state is None:
            self.state = RetryState(self.client.retry)
        delay = self.state.next_delay(
            method=self.method,
            status=status,
            retry_after=retry_after,
            is_connection_error=status is None,
            idempotent=self.idempotent,
        )
        if delay is not None:
            log.info(
                "retrying %s %s in %.3fs (attempt %d failed with %s)",
                self.method.upper(),
                httpx.URL(self.url).path,
                delay,
                self.attempt,
                status or "a connection error",
            )
        return delay

    def _log(self, outcome: int | str) -> None:
        log.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            self.method.upper(),
            httpx.URL(self.url).path,
            outcome,
            self.attempt,
            (time.perf_counter() - self.started) * 1000,
        )


def _connection_error(exc: httpx.TransportError, url: str) -> MonkError:
    """The error for a request that got no response; it names the host it could not reach."""
    host = httpx.URL(url).netloc.decode("ascii", "replace")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request to {host} timed out: {type(exc).__name__}")
    return APIConnectionError(f"connection to {host} failed: {type(exc).__name__}: {exc}")
