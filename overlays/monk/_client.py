"""``Monk`` and ``AsyncMonk``: configuration, the request loop, and the resources.

Every call goes through ``_send``: build the request from the spec's request rules
(``_request``), send it with httpx, retry per :class:`~monk.RetryConfig` behind the circuit
breaker, map 4xx/5xx to typed errors, and decode with the generated models (tolerant by default,
see ``_decode``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import functools
import logging
import math
import os
import platform
import socket
import threading
import time
import weakref
from collections.abc import Callable, Coroutine, Generator, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, Self, TypeVar

import httpx

from ._decode import DriftLog, SpecDrift, describe
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MonkError,
    ResponseValidationError,
    ValidationError,
    _ValidationTypeError,
    make_status_error,
    redact,
    request_id_of,
)
from ._operation import EVENTS_HOST, ListOperation, Operation
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._request import with_extra_body
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
    _check_key(api_key)
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
        timeout is not DEFAULT_TIMEOUT
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


def _check_key(key: str) -> None:
    """A key is printable ASCII without spaces (an HTTP token), refused otherwise when the client
    is made: a newline kept from a file (Kubernetes secrets, ``open().read()``) would otherwise
    fail every request with an error quoting the header, key included. The error names the
    position and kind of the first bad character, never the key.
    """
    for position, char in enumerate(key):
        if not "!" <= char <= "~":
            what = (
                "whitespace"
                if char.isspace()
                else "a control character"
                if char.isascii() or not char.isprintable()
                else "a non-ASCII character"
            )
            where = "at the end" if position == len(key) - 1 else f"at position {position}"
            hint = (
                " (a key read from a file or a secret often keeps its trailing newline: strip it)"
                if char in "\r\n"
                else ""
            )
            raise ValidationError(
                "api_key",
                f"holds {what} {where} (U+{ord(char):04X}): an API key is printable ASCII "
                f"without spaces{hint}; the key is not shown here",
            )


class _KeyFilter(logging.Filter):
    """Removes the API keys of this process's clients from the records of httpx and httpcore.

    httpcore's DEBUG lines quote every response header, so a server echoing the key (in
    ``x-request-id``, say) would put it in a log. Records are only built when DEBUG is on for
    those loggers, so this costs nothing otherwise. The keys are read from the clients' live
    auth objects (held weakly): none is kept after its clients are gone.
    """

    def __init__(self) -> None:
        super().__init__()
        self._auths: weakref.WeakSet[_BearerAuth] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, auth: _BearerAuth) -> None:
        with self._lock:
            self._auths.add(auth)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            auths = list(self._auths)
        if auths:
            message = redacted = record.getMessage()
            for auth in auths:
                redacted = redact(redacted, auth.key)
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


_KEY_FILTER = _KeyFilter()
# A filter on a logger applies to its own records only, so each of httpcore's loggers gets it.
_HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
for _name in _HTTP_LOGGERS:
    logging.getLogger(_name).addFilter(_KEY_FILTER)


def mask_key(key: str) -> str:
    """What a repr may show of an API key: the prefix and the last four characters."""
    if len(key) <= 12:
        return "***"
    return f"{key[:8]}…{key[-4:]}"


class _BearerAuth(httpx.Auth):
    """Adds the API key as each request is sent, inside httpx.

    The key is held here and nowhere in the SDK's request-building frames, so a traceback that
    prints frame locals (pytest ``--showlocals``, rich) cannot show it; httpx masks the header.
    """

    __slots__ = ("_header",)  # httpx.Auth has no slots: instances can be weakly referenced

    def __init__(self, api_key: str) -> None:
        self._header = f"Bearer {api_key}"

    @property
    def key(self) -> str:
        return self._header[7:]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "<monk bearer auth>"


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
        strict_responses: bool | None = None,
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
        given_base = base_url or os.environ.get("MONK_BASE_URL")
        self.base_url = (given_base or rest_default).rstrip("/")
        # One base URL alone (a mock, a proxy) serves the events too, as in the `monk` command:
        # a test key and a local mock never send events to the production events host.
        self.events_base_url = (
            events_base_url
            or os.environ.get("MONK_EVENTS_BASE_URL")
            or given_base
            or events_default
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
        # The key goes on each request in an httpx.Auth, so no SDK frame holds it in a local.
        self._auth = _BearerAuth(api_key)
        _KEY_FILTER.add(self._auth)
        self._closed = False
        # Built once as httpx.Headers: httpx then merges them without re-encoding per request.
        self._headers = httpx.Headers(
            {
                "User-Agent": user_agent(),
                "Accept": "application/json",
                RETRY_COUNT_HEADER: "0",
                **self.default_headers,
            }
        )
        self._owns_http = http_client is None
        self._hosts = {EVENTS_HOST: self.events_base_url}
        self._resources: dict[str, Any] = {}
        # What "now" is for date defaults (usage cost of a rolling contract); tests pass a fixed one.
        self._clock: Callable[[], datetime.datetime] = clock or _utc_now
        # Strict: a response that differs from the spec raises ResponseValidationError (CI,
        # cassettes, spec-sync); tolerant (default): kept as received, reported once per path.
        if strict_responses is None:
            strict_responses = os.environ.get("MONK_STRICT_RESPONSES", "") in {"1", "true"}
        self.strict_responses = strict_responses
        self._drift_seen: set[tuple[str, str, str]] = set()
        self._drift_logs: dict[Operation[Any], DriftLog] = {}

    @property
    def api_key(self) -> str:
        """The API key (never shown in the repr, logs or errors)."""
        return self.__api_key

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be retried: ``retry.max_retries`` (read-only;
        ``with_options(max_retries=...)`` gives a copy with another count)."""
        return self.retry.max_retries

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
            "strict_responses": self.strict_responses,
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
        if options is not None:  # checked and folded in by the same request rules
            kwargs = {**kwargs, **options.as_kwargs()}
        try:
            request = op.request_kwargs(args, kwargs)
        except MonkError:
            raise
        except (
            TypeError,
            ValueError,
            KeyError,
            AttributeError,
            RecursionError,
            ArithmeticError,
        ) as exc:
            raise ValidationError(
                op.method_name,
                "these arguments do not fit the operation: check each field's name and type "
                "against help() of the method",
            ) from exc
        method = request.pop("method")
        url = self._hosts.get(op.host, self.base_url) + request.pop("url")
        headers = request.get("headers")  # Content-Type, when there is a body
        request["headers"] = {**self._headers, **headers} if headers else self._headers
        if self._timeout_override and "timeout" not in request:  # a per-call timeout wins
            request["timeout"] = self.timeout
        return method, url, request

    def _prepare_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> tuple[str, str, dict[str, Any]]:
        """``_prepare`` for a JSON body the caller encoded: the event ingestion hot path.

        Events are validated and encoded once, when made (``monk.Event``), and a batch body is
        joined from those bytes: going through the generated models' from_dict/to_dict for every
        event would cost more than the request. The request rules still give the method, URL and
        per-call options (``_ENCODED`` stands in for the body they would build).
        """
        kwargs: dict[str, Any] = {"body": _ENCODED}
        if options is not None:
            kwargs.update(options.as_kwargs())
            extra = kwargs.pop("extra_body", None)
            if extra:  # rare: only then are the bytes decoded and joined
                content = with_extra_body(content, extra)
        method, url, request = self._prepare(op, (), kwargs)
        request["content"] = content  # the headers already say JSON: the body is one
        return method, url, request

    def _result(self, op: Operation[T], response: httpx.Response) -> T:
        captured = _capture.get()
        if captured is not None:
            captured.responses.append(response)
        status = response.status_code
        if not 200 <= status < 300:
            raise MonkError(
                f"{op.method_name}: undocumented status {status} "
                f"(request id {request_id_of(response)})"
            )
        report = None if self.strict_responses else self._drift_log(op)
        try:
            return op.result(op.parse(response, report))
        except SpecDrift as exc:
            key = self.__api_key
            raise ResponseValidationError(
                f"{op.method_name}: the {status} response does not fit the spec: {exc.path}: "
                f"expected {exc.expected}, got {describe(exc.kind, redact(exc.value, key))} "
                f"(request id {request_id_of(response)})",
                response=response,
                path=exc.path,
            ) from None
        except (ValueError, RecursionError) as exc:  # not JSON, or nested beyond reason
            raise ResponseValidationError(
                f"{op.method_name}: the {status} response is not JSON: {type(exc).__name__} "
                f"(request id {request_id_of(response)})",
                response=response,
                path="$",
            ) from None

    def _drift_log(self, op: Operation[Any]) -> DriftLog:
        drift_log = self._drift_logs.get(op)
        if drift_log is None:
            drift_log = DriftLog(op.method_name or op.name, self._drift_seen, self.__api_key)
            self._drift_logs[op] = drift_log
        return drift_log


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class _Encoded:
    """Stands in for a generated body model when the body is already JSON bytes."""

    def to_dict(self) -> dict[str, Any]:
        return {}


_ENCODED = _Encoded()
_CLOSED = "monk: the client was closed"  # the cancel message close() sends to calls in flight


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
            strict_responses=strict_responses,
            _breaker=_breaker,
        )
        self._http = http_client or httpx.Client(timeout=self.timeout)
        # What bounds one attempt: the caller's own client keeps its timeout unless given one.
        own = http_client is None or self._timeout_override
        self._timeout = httpx.Timeout(self.timeout) if own else self._http.timeout
        self._timeout_ceiling = _longest(self._timeout)
        self._wakeup = threading.Event()  # set by close(): ends a wait between retries
        _FORKABLE.add(self)

    def close(self) -> None:
        """End the client: calls in flight stop within about a second, later calls raise.

        The connection pool is closed too, unless it was passed in by the caller.
        """
        self._closed = True
        self._wakeup.set()
        if self._owns_http:
            _interrupt(self._http)
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
        return SyncPage.of(op, fetch(params), params, fetch)

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
            response,
            lambda: SyncPage.of(op, self._result(op, response), params, fetch),
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
        http = self._http
        while True:
            until = retry.begin()
            if retry.attempt > 1:
                request = retry.counted(request)
            try:
                if until is None:
                    response = http.request(method, url, auth=self._auth, **request)
                else:
                    response = self._attempt_by(until, method, url, request)
            except httpx.TransportError as exc:
                delay = retry.failed(exc)
            except RuntimeError as exc:  # httpx: the pool was closed (by this client or its owner)
                retry.abandoned()
                if _pool_closed(exc):
                    raise _closed_error() from exc
                raise
            except BaseException:
                retry.abandoned()
                raise
            else:
                if response.status_code < 400:
                    return retry.succeeded(response)
                delay = retry.rejected(response)
            if _pause(delay, self._wakeup):
                raise _closed_error()

    def _attempt_by(
        self, until: float, method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        """One attempt that ends by ``until`` (monotonic): every timeout is capped by the time
        left, and the body is read against the clock.
        """
        left = until - time.monotonic()
        if left <= 0:
            raise httpx.ConnectTimeout("the retry deadline passed before the attempt")
        http = self._http
        if left < self._timeout_ceiling:
            request = {**request, "timeout": _capped(self._timeout, left)}
        sent = http.build_request(method, url, **request)
        response = http.send(sent, auth=self._auth, stream=True)
        try:
            response.stream = _DeadlineStream(response.stream, until, sent)
            response.read()
        except BaseException:
            response.close()
            raise
        return response

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
        strict_responses: bool | None = None,
        _breaker: CircuitBreaker | None = None,
    ) -> None:
        """:class:`Monk`'s arguments, with an ``httpx.AsyncClient`` as ``http_client``."""
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise _ValidationTypeError("http_client", "AsyncMonk takes an httpx.AsyncClient")
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
            strict_responses=strict_responses,
            _breaker=_breaker,
        )
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout)
        self._in_flight: set[asyncio.Task[Any]] = set()
        _FORKABLE.add(self)

    async def close(self) -> None:
        """End the client: calls in flight are cancelled and raise, later calls raise.

        The connection pool is closed too, unless it was passed in by the caller.
        """
        self._closed = True
        current = asyncio.current_task()
        for task in list(self._in_flight):
            if task is not current:
                task.cancel(_CLOSED)
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
            return AsyncPage.of(op, await fetch(params), params, fetch)

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
            response,
            lambda: AsyncPage.of(op, self._result(op, response), params, fetch),
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
        task = asyncio.current_task()
        if task is not None:
            self._in_flight.add(task)
        try:
            while True:
                until = retry.begin()
                if retry.attempt > 1:
                    request = retry.counted(request)
                try:
                    if until is None:
                        response = await self._http.request(method, url, auth=self._auth, **request)
                    else:
                        left = until - time.monotonic()
                        if left <= 0:
                            raise httpx.ConnectTimeout("the retry deadline passed")
                        try:
                            async with asyncio.timeout(left):
                                response = await self._http.request(
                                    method, url, auth=self._auth, **request
                                )
                        except TimeoutError as exc:
                            raise httpx.ReadTimeout("the retry deadline passed") from exc
                except httpx.TransportError as exc:
                    delay = retry.failed(exc)
                except RuntimeError as exc:  # httpx: the pool was closed
                    retry.abandoned()
                    if _pool_closed(exc):
                        raise _closed_error() from exc
                    raise
                except asyncio.CancelledError as exc:
                    retry.abandoned()
                    if self._closed and _CLOSED in exc.args:
                        _uncancel(task)
                        raise _closed_error() from None
                    raise
                except BaseException:
                    retry.abandoned()
                    raise
                else:
                    if response.status_code < 400:
                        return retry.succeeded(response)
                    delay = retry.rejected(response)
                try:
                    await asyncio.sleep(delay)
                except asyncio.CancelledError as exc:
                    if self._closed and _CLOSED in exc.args:
                        _uncancel(task)
                        raise _closed_error() from None
                    raise
        finally:
            if task is not None:
                self._in_flight.discard(task)

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
        "until",
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
        # The deadline bounds the whole call: every attempt, its connect and read included.
        deadline = client.retry.deadline
        self.until = None if deadline is None else time.monotonic() + deadline

    def begin(self) -> float | None:
        """Start an attempt; returns when it must end (monotonic seconds), or None."""
        if self.client._closed:
            raise _closed_error()
        self.attempt += 1
        self.breaker.before_request()
        if self.debug:
            self.started = time.perf_counter()
        return self.until

    def counted(self, request: dict[str, Any]) -> dict[str, Any]:
        """A retry's request: the same, with ``X-Monk-Retry-Count`` saying which retry it is."""
        headers = httpx.Headers(request["headers"])
        headers[RETRY_COUNT_HEADER] = str(self.attempt - 1)
        return {**request, "headers": headers}

    def succeeded(self, response: httpx.Response) -> httpx.Response:
        self.breaker.record_success()
        if self.debug:
            self._log(response.status_code)
        return response

    def abandoned(self) -> None:
        """The attempt ended with neither a response nor a connection error (e.g. cancelled)."""
        self.breaker.release()

    def failed(self, exc: httpx.TransportError) -> float:
        if self.client._closed:  # close() interrupted the attempt: not the server's fault
            self.breaker.release()
            raise _closed_error() from exc
        self.breaker.record_failure()
        if self.debug:
            self._log(type(exc).__name__)
        delay = self._next_delay(status=None, retry_after=None)
        if delay is None:
            # The key is passed, never bound to a local here (tracebacks may print locals).
            error = _connection_error(exc, self.url, self.client.api_key)
            if self.client.api_key in str(exc):  # httpx quoting a header: not chained, not shown
                raise error from None
            raise error from exc
        return delay

    def rejected(self, response: httpx.Response) -> float:
        status = response.status_code
        self.breaker.record(status)  # a 5xx counts against the server; a 4xx shows it is up
        if self.debug:
            self._log(status)
        delay = self._next_delay(status=status, retry_after=response.headers.get("retry-after"))
        if delay is None:
            raise make_status_error(response, self.client.api_key)
        return delay

    def _next_delay(self, *, status: int | None, retry_after: str | None) -> float | None:
        if self.state is None:
            self.state = RetryState(self.client.retry)
            if self.until is not None:  # the deadline counts from the call's start
                self.state.start = self.until - (self.client.retry.deadline or 0.0)
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


_FORKABLE: weakref.WeakSet[_BaseClient] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """A forked child must not share its parent's pooled sockets (or TLS sessions): a client
    that owns its pool gets a new, empty one; locks the parent's threads held are made anew.
    A pool passed in by the caller is the caller's to replace.
    """
    for client in list(_FORKABLE):
        client._breaker._lock = threading.Lock()
        if isinstance(client, Monk):
            client._wakeup = threading.Event()
            if client._owns_http:
                client._http = httpx.Client(timeout=client.timeout)
        elif isinstance(client, AsyncMonk):
            client._in_flight = set()
            if client._owns_http:
                client._http = httpx.AsyncClient(timeout=client.timeout)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _uncancel(task: asyncio.Task[Any] | None) -> None:
    """close() cancelled the task only to stop its call: the task itself is not cancelled."""
    if task is not None:
        task.uncancel()


def _pause(delay: float, wakeup: threading.Event) -> bool:
    """Wait ``delay`` seconds between attempts; True when ``close()`` cut the wait short."""
    return wakeup.wait(delay)


def _pool_closed(exc: RuntimeError) -> bool:
    """httpx's "Cannot send a request, as the client has been closed." (not a RecursionError)."""
    return type(exc) is RuntimeError and "closed" in str(exc)


def _closed_error() -> MonkError:
    return MonkError("the client is closed: make a new Monk() (close() ends a client for good)")


def _capped(timeout: httpx.Timeout, left: float) -> httpx.Timeout:
    """``timeout`` with no phase (connect, read, write, pool) longer than ``left`` seconds."""

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


def _longest(timeout: httpx.Timeout) -> float:
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return math.inf if None in phases else max(p for p in phases if p is not None)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with ``ReadTimeout`` once the call's deadline has passed.

    httpx's read timeout is per read, so a server dripping its body never trips it; this checks
    the clock after every chunk.
    """

    def __init__(self, stream: Any, until: float, request: httpx.Request) -> None:
        self._stream = stream
        self._until = until
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._until:
                raise httpx.ReadTimeout("the deadline passed while reading", request=self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


def _interrupt(http: httpx.Client) -> None:
    """Shut the sockets of an httpx client's pool down, waking threads blocked reading them.

    Closing a socket does not wake a thread blocked on it; ``shutdown`` does. Best effort: it
    reaches into httpcore, and anything unexpected leaves the calls to their own timeouts.
    """
    try:
        connections = list(http._transport._pool.connections)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 (a custom transport: nothing to interrupt)
        return
    for connection in connections:
        try:
            stream = connection._connection._network_stream
            sock = stream.get_extra_info("socket")
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except Exception:  # noqa: BLE001,S112 (idle, closed, or not an HTTP/1.1 connection)
            continue


def _connection_error(exc: httpx.TransportError, url: str, secret: str) -> MonkError:
    """The error for a request that got no response; it names the host it could not reach."""
    host = httpx.URL(url).netloc.decode("ascii", "replace")
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(f"request to {host} timed out: {type(exc).__name__}")
    else:
        detail = redact(str(exc), secret)
        error = APIConnectionError(f"connection to {host} failed: {type(exc).__name__}: {detail}")
    try:
        error.request = exc.request
    except RuntimeError:  # raised before httpx attached the request
        error.request = None
    return error
