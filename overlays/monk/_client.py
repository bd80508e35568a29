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
import json
import logging
import os
import time
from collections.abc import Callable, Coroutine, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MonkError,
    ResponseValidationError,
    make_status_error,
    request_id_of,
)
from ._operation import EVENTS_HOST, ListOperation, Operation
from ._options import RequestOptions, omit
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._resources import AsyncResources, SyncResources
from ._response import RawResponse
from ._retry import CircuitBreaker, RetryConfig, RetryState
from ._version import __version__

__all__ = ["AsyncMonk", "Monk", "ResponseLog"]

log = logging.getLogger("monk")
T = TypeVar("T")

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


def _configure_logging_from_env() -> None:
    """``MONK_LOG=debug`` (or info) turns on the ``monk`` logger with a stderr handler."""
    level = os.environ.get("MONK_LOG", "").upper()
    if level in {"DEBUG", "INFO"} and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s monk %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(level)


_configure_logging_from_env()


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
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("MONK_API_KEY")
        if not api_key:
            raise MonkError(
                "No API key: pass Monk(api_key=...) or set the MONK_API_KEY environment variable."
            )
        env = environment or os.environ.get("MONK_ENVIRONMENT") or "production"
        if env not in ENVIRONMENTS:
            raise MonkError(f"environment must be 'production' or 'sandbox', not {env!r}")
        rest_default, events_default = ENVIRONMENTS[env]
        self.environment: str = env
        self.base_url = (base_url or os.environ.get("MONK_BASE_URL") or rest_default).rstrip("/")
        self.events_base_url = (
            events_base_url or os.environ.get("MONK_EVENTS_BASE_URL") or events_default
        ).rstrip("/")
        self.timeout: float | httpx.Timeout | None = timeout
        # A caller's own http_client keeps its timeout unless one is given here.
        self._timeout_override = http_client is not None and timeout is not DEFAULT_TIMEOUT
        retry = retry or RetryConfig()
        if max_retries is not None:
            retry = dataclasses.replace(retry, max_retries=max_retries)
        self.retry = retry
        self.default_headers = dict(default_headers or {})
        self.__api_key = api_key
        self._breaker = _breaker or CircuitBreaker.from_config(retry)
        # Built once as httpx.Headers: httpx then merges them without re-encoding per request.
        self._headers = httpx.Headers(
            {
                "Authorization": f"Bearer {api_key}",
                "User-Agent": f"monk-python/{__version__}",
                "Accept": "application/json",
                **self.default_headers,
            }
        )
        self._owns_http = http_client is None
        self._hosts = {EVENTS_HOST: self.events_base_url}
        self._resources: dict[str, Any] = {}
        # What "now" is for date defaults (usage cost of a rolling contract); tests pass a fixed one.
        self._clock: Callable[[], datetime.datetime] = clock or _utc_now

    @property
    def api_key(self) -> str:
        """The API key (never shown in the repr, logs or errors)."""
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
            "timeout": (
                self.timeout if self._timeout_override or self._owns_http else DEFAULT_TIMEOUT
            ),
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
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> tuple[str, str, dict[str, Any]]:
        request = op.request_kwargs(args, kwargs)
        method = request.pop("method")
        url = self._hosts.get(op.host, self.base_url) + request.pop("url")
        request["headers"] = self._headers
        if self._timeout_override:
            request["timeout"] = self.timeout
        if options is not None:
            _apply(request, options)
        return method, url, request

    def _prepare_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> tuple[str, str, dict[str, Any]]:
        """``_prepare`` for a JSON body the caller encoded: the event ingestion hot path.

        Events are validated and encoded once, when made (``monk.Event``), and a batch body is
        joined from those bytes: going through the generated models' from_dict/to_dict for every
        event would cost more than the request. The generated ``_get_kwargs`` still gives the
        method and URL (``_ENCODED`` stands in for its body model).
        """
        method, url, request = self._prepare(op, (), {"body": _ENCODED}, options)
        extra = request.pop("json", None)
        if extra:  # extra_body: rare, so the bytes are decoded and joined only then
            content = json.dumps({**json.loads(content), **extra}).encode()
        request["content"] = content
        request["headers"] = {**request["headers"], "Content-Type": "application/json"}
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


def _apply(request: dict[str, Any], options: RequestOptions) -> None:
    """Fold one call's options into the request ``_prepare`` built."""
    if options.timeout is not omit:
        request["timeout"] = options.timeout
    if options.headers:
        request["headers"] = {**request["headers"], **options.headers}
    if options.query:
        request["params"] = {**request.get("params", {}), **options.query}
    if options.body:
        body = request.get("json")
        request["json"] = {**body, **options.body} if isinstance(body, dict) else dict(options.body)


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


class Monk(SyncResources, _BaseClient):
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
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        """A client: the key from ``api_key`` or ``MONK_API_KEY``; the hosts from ``environment``
        (or ``base_url``/``events_base_url``); ``timeout`` in seconds; ``retry`` or ``max_retries``
        for the retry policy; your own ``http_client``; headers for every request.
        """
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

    def _call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> T:
        """Send one operation, with retries, and return its parsed (unwrapped) result."""
        return self._result(op, self._send(op, args, kwargs, _options))

    def _list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> SyncPage[T]:
        """The first page of a list operation; iterating it fetches the rest lazily."""
        params = {k: v for k, v in params.items() if v is not None}
        fetch = self._pages(op, args, _options)
        return SyncPage(fetch(params), params, fetch, op.items)

    def _pages(
        self, op: ListOperation[T], args: tuple[Any, ...], options: RequestOptions | None
    ) -> Callable[[dict[str, Any]], Any]:
        def fetch(kwargs: dict[str, Any]) -> Any:
            return self._result(op, self._send(op, args, dict(kwargs), options))

        return fetch

    def _raw_call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> RawResponse[T]:
        """``_call`` for ``with_raw_response``: the response, decoded on ``.parse()``."""
        response = self._send(op, args, kwargs, _options)
        return RawResponse(response, lambda: self._result(op, response))

    def _raw_list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> RawResponse[SyncPage[T]]:
        """``_list`` for ``with_raw_response``: the first page's response; ``.parse()`` pages."""
        params = {k: v for k, v in params.items() if v is not None}
        fetch = self._pages(op, args, _options)
        response = self._send(op, args, dict(params), _options)
        return RawResponse(
            response, lambda: SyncPage(self._result(op, response), params, fetch, op.items)
        )

    def _send(
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        return self._transmit(op, *self._prepare(op, args, kwargs, options))

    def _send_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> httpx.Response:
        """``_send`` with a body already encoded as JSON (see ``_prepare_content``)."""
        return self._transmit(op, *self._prepare_content(op, content, options))

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

    # -- resources (created on first use; the attributes are in _resources.py) ----------------

    def _resource(self, name: str) -> Any:
        resource = self._resources.get(name)
        if resource is None:
            from . import resources

            resource = self._resources[name] = getattr(resources, name)(self)
        return resource


class AsyncMonk(AsyncResources, _BaseClient):
    """The asyncio Monk client: the same resources, with ``await``."""

    _http: httpx.AsyncClient

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
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        """:class:`Monk`'s arguments, with an ``httpx.AsyncClient`` as ``http_client``."""
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

    async def _call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> T:
        """Send one operation, with retries, and return its parsed (unwrapped) result."""
        return self._result(op, await self._send(op, args, kwargs, _options))

    def _list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncPager[T]:
        """``await`` it for the first page, or ``async for`` over every item of every page."""
        fetch = self._pages(op, args, _options)
        params = {k: v for k, v in params.items() if v is not None}

        async def first() -> AsyncPage[T]:
            return AsyncPage(await fetch(params), params, fetch, op.items)

        return AsyncPager(first)

    def _pages(
        self, op: ListOperation[T], args: tuple[Any, ...], options: RequestOptions | None
    ) -> Callable[[dict[str, Any]], Coroutine[Any, Any, Any]]:
        async def fetch(kwargs: dict[str, Any]) -> Any:
            return self._result(op, await self._send(op, args, dict(kwargs), options))

        return fetch

    async def _raw_call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> RawResponse[T]:
        """``_call`` for ``with_raw_response``: the response, decoded on ``.parse()``."""
        response = await self._send(op, args, kwargs, _options)
        return RawResponse(response, lambda: self._result(op, response))

    async def _raw_list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> RawResponse[AsyncPage[T]]:
        """``_list`` for ``with_raw_response``: the first page's response; ``.parse()`` pages."""
        params = {k: v for k, v in params.items() if v is not None}
        fetch = self._pages(op, args, _options)
        response = await self._send(op, args, dict(params), _options)
        return RawResponse(
            response, lambda: AsyncPage(self._result(op, response), params, fetch, op.items)
        )

    async def _send(
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        return await self._transmit(op, *self._prepare(op, args, kwargs, options))

    async def _send_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> httpx.Response:
        """``_send`` with a body already encoded as JSON (see ``_prepare_content``)."""
        return await self._transmit(op, *self._prepare_content(op, content, options))

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
            raise _connection_error(exc) from exc
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


def _connection_error(exc: httpx.TransportError) -> MonkError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {type(exc).__name__}")
    return APIConnectionError(f"connection failed: {type(exc).__name__}: {exc}")
