"""The engine under ``Monk`` and ``AsyncMonk``: every request of a client goes through here.

An engine builds a request from the spec's request rules (``request``), sends it with httpx,
retries per :class:`~monk.RetryConfig` behind the circuit breaker, maps 4xx/5xx to typed errors
and decodes with the generated models (tolerant by default, see ``decode``). The clients hold
configuration and resources only; resources, flows and buffers talk to an engine, never to a
client's privates.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import math
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

import httpx

from .._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MonkError,
    ResponseValidationError,
    ValidationError,
    closed_error,
    make_status_error,
    redact,
    request_id_of,
)
from .auth import KEY_FILTER, BearerAuth, mask_key
from .config import DEFAULT_TIMEOUT, RETRY_COUNT_HEADER, user_agent
from .decode import DriftLog, SpecDrift, describe
from .fork import renew_after_fork
from .operation import EVENTS_HOST, ListOperation, Operation
from .options import RequestOptions
from .pagination import AsyncPage, AsyncPager, SyncPage
from .request import with_extra_body
from .response import RawResponse, raw_requested
from .retry import CircuitBreaker, RetryConfig, RetryState

__all__ = ["AsyncEngine", "Engine", "ResponseLog", "SyncEngine", "capture_responses"]

log = logging.getLogger("monk")
T = TypeVar("T")

_capture: ContextVar[ResponseLog | None] = ContextVar("monk_capture", default=None)


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


@contextmanager
def capture_responses() -> Iterator[ResponseLog]:
    """Collect the raw ``httpx.Response`` of every call made in the block (raw access)."""
    captured = ResponseLog()
    token = _capture.set(captured)
    try:
        yield captured
    finally:
        _capture.reset(token)


class Engine:
    """What the sync and async engines share: the request rules, hosts, headers, the key (in
    an ``httpx.Auth``), the breaker, and decoding with drift reports."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        events_base_url: str,
        timeout: float | httpx.Timeout | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        retry: RetryConfig,
        default_headers: dict[str, str],
        clock: Callable[[], datetime.datetime],
        strict_responses: bool,
        breaker: CircuitBreaker | None,
        owner: str,
    ) -> None:
        self.__key = api_key
        self.owner = owner  # "Monk" or "AsyncMonk": what reprs and errors call the client
        self.base_url = base_url
        self.hosts = {EVENTS_HOST: events_base_url}
        self.timeout = timeout
        # A caller's own http_client keeps its timeout unless one is given here.
        self.timeout_override = http_client is not None and timeout is not DEFAULT_TIMEOUT
        self.owns_http = http_client is None
        self.retry = retry
        self.breaker = breaker or CircuitBreaker.from_config(retry)
        # The key goes on each request in an httpx.Auth, so no SDK frame holds it in a local.
        self.auth = BearerAuth(api_key)
        KEY_FILTER.add(self.auth)
        # Built once as httpx.Headers: httpx then merges them without re-encoding per request.
        self.headers = httpx.Headers(
            {
                "User-Agent": user_agent(),
                "Accept": "application/json",
                RETRY_COUNT_HEADER: "0",
                **default_headers,
            }
        )
        self.json_headers = httpx.Headers(self.headers)  # a request with a body: always JSON
        self.json_headers["Content-Type"] = "application/json"
        # What "now" is for date defaults (usage cost of a rolling contract); tests pass a fixed one.
        self.clock = clock
        # Strict: a response that differs from the spec raises ResponseValidationError (CI,
        # cassettes, spec-sync); tolerant (default): kept as received, reported once per path.
        self.strict_responses = strict_responses
        self.drift_seen: set[tuple[str, str, str]] = set()
        self.drift_logs: dict[Operation[Any], DriftLog] = {}
        self.closed = False

    @property
    def api_key(self) -> str:
        return self.__key

    def __repr__(self) -> str:
        return (
            f"{self.owner}(api_key={mask_key(self.__key)!r}, base_url={self.base_url!r}, "
            f"events_base_url={self.hosts[EVENTS_HOST]!r})"
        )

    # -- the pieces of one call ---------------------------------------------------------------

    def prepare(
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
        content: bytes | None = None,
    ) -> tuple[str, str, dict[str, Any]]:
        """The method, URL and httpx arguments of one call, checked against the request rules."""
        if options is not None:  # checked and folded in by the same request rules
            kwargs = {**kwargs, **options.as_kwargs()}
        try:
            request = op.request_kwargs(args, kwargs, content)
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
        url = self.hosts.get(op.host, self.base_url) + request.pop("url")
        # Headers built once (httpx merges them without re-encoding); a body is always JSON.
        headers = self.json_headers if "content" in request else self.headers
        extra = request.get("headers")  # this call's extra_headers=
        if extra is not None:
            headers = httpx.Headers(headers)
            headers.update(extra)  # case-insensitive: a caller's Content-Type replaces ours
        request["headers"] = headers
        if self.timeout_override and "timeout" not in request:  # a per-call timeout wins
            request["timeout"] = self.timeout
        return method, url, request

    def prepare_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> tuple[str, str, dict[str, Any]]:
        """``prepare`` for a JSON body the caller encoded: the event ingestion hot path.

        Events are validated and encoded once, when made (``monk.Event``), and a batch body is
        joined from those bytes: going through the generated models' from_dict/to_dict for every
        event would cost more than the request. The request rules still give the method, URL and
        per-call options, and send the bytes as they are.
        """
        kwargs: dict[str, Any] = {}
        if options is not None:
            kwargs = options.as_kwargs()
            extra = kwargs.pop("extra_body", None)
            if extra:  # rare: only then are the bytes decoded and joined
                content = with_extra_body(content, extra)
        return self.prepare(op, (), kwargs, content=content)

    def result(self, op: Operation[T], response: httpx.Response) -> T:
        captured = _capture.get()
        if captured is not None:
            captured.responses.append(response)
        status = response.status_code
        if not 200 <= status < 300:
            raise MonkError(
                f"{op.method_name}: undocumented status {status} "
                f"(request id {request_id_of(response)})"
            )
        report = None if self.strict_responses else self.drift_log(op)
        try:
            return op.result(op.parse(response, report))
        except SpecDrift as exc:
            key = self.api_key
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

    def drift_log(self, op: Operation[Any]) -> DriftLog:
        drift_log = self.drift_logs.get(op)
        if drift_log is None:
            drift_log = DriftLog(op.method_name or op.name, self.drift_seen, self.api_key)
            self.drift_logs[op] = drift_log
        return drift_log


_CLOSED = "monk: the client was closed"  # the cancel message close() sends to calls in flight


class SyncEngine(Engine):
    """The engine of :class:`~monk.Monk`: calls block, retries wait on ``close()``'s event."""

    def __init__(self, *, http_client: httpx.Client | None = None, **settings: Any) -> None:
        super().__init__(http_client=http_client, **settings)
        self.http = http_client or httpx.Client(timeout=self.timeout)
        # What bounds one attempt: the caller's own client keeps its timeout unless given one.
        own = http_client is None or self.timeout_override
        self.attempt_timeout = httpx.Timeout(self.timeout) if own else self.http.timeout
        self.timeout_ceiling = _longest(self.attempt_timeout)
        self.wakeup = threading.Event()  # set by close(): ends a wait between retries
        renew_after_fork(self)

    def after_fork(self) -> None:
        """In a forked child: a lock and a pool of its own (a pool passed in is the caller's)."""
        self.breaker._lock = threading.Lock()
        self.wakeup = threading.Event()
        if self.owns_http:
            self.http = httpx.Client(timeout=self.timeout)

    def close(self) -> None:
        self.closed = True
        self.wakeup.set()
        if self.owns_http:
            _interrupt(self.http)
            self.http.close()

    def call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> T:
        """Send one operation, with retries, and return its parsed (unwrapped) result; inside
        ``with_raw_response``, the raw response instead, decoded on ``.parse()``."""
        response = self.send(op, args, kwargs, _options)
        if raw_requested():
            return RawResponse(response, lambda: self.result(op, response))  # type: ignore[return-value]
        return self.result(op, response)

    def list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> SyncPage[T]:
        """The first page of a list operation; iterating it fetches the rest lazily."""
        params = {k: v for k, v in params.items() if v is not None}
        fetch = self.pages(op, args, _options)
        if raw_requested():
            response = self.send(op, args, dict(params), _options)
            return RawResponse(  # type: ignore[return-value]
                response, lambda: SyncPage.of(op, self.result(op, response), params, fetch)
            )
        return SyncPage.of(op, fetch(params), params, fetch)

    def pages(
        self, op: ListOperation[T], args: tuple[Any, ...], options: RequestOptions | None
    ) -> Callable[[dict[str, Any]], Any]:
        def fetch(kwargs: dict[str, Any]) -> Any:
            return self.result(op, self.send(op, args, dict(kwargs), options))

        return fetch

    def send(
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        return self.transmit(op, *self.prepare(op, args, kwargs, options))

    def send_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> httpx.Response:
        """``send`` with a body already encoded as JSON (see ``prepare_content``)."""
        return self.transmit(op, *self.prepare_content(op, content, options))

    def transmit(
        self, op: Operation[Any], method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        retry = _Attempts(self, op, method, url)
        http = self.http
        while True:
            until = retry.begin()
            if retry.attempt > 1:
                request = retry.counted(request)
            try:
                if until is None:
                    response = http.request(method, url, auth=self.auth, **request)
                else:
                    response = self.attempt_by(until, method, url, request)
            except httpx.TransportError as exc:
                delay = retry.failed(exc)
            except RuntimeError as exc:  # httpx: the pool was closed (by this client or its owner)
                retry.abandoned()
                if _pool_closed(exc):
                    raise closed_error() from exc
                raise
            except BaseException:
                retry.abandoned()
                raise
            else:
                if response.status_code < 400:
                    return retry.succeeded(response)
                delay = retry.rejected(response)
            if _pause(delay, self.wakeup):
                raise closed_error()

    def attempt_by(
        self, until: float, method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        """One attempt that ends by ``until`` (monotonic): every timeout is capped by the time
        left, and the body is read against the clock.
        """
        left = until - time.monotonic()
        if left <= 0:
            raise httpx.ConnectTimeout("the retry deadline passed before the attempt")
        http = self.http
        if left < self.timeout_ceiling:
            request = {**request, "timeout": _capped(self.attempt_timeout, left)}
        sent = http.build_request(method, url, **request)
        response = http.send(sent, auth=self.auth, stream=True)
        try:
            response.stream = _DeadlineStream(response.stream, until, sent)
            response.read()
        except BaseException:
            response.close()
            raise
        return response


class AsyncEngine(Engine):
    """The engine of :class:`~monk.AsyncMonk`: ``close()`` cancels the calls in flight."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **settings: Any) -> None:
        super().__init__(http_client=http_client, **settings)
        self.http = http_client or httpx.AsyncClient(timeout=self.timeout)
        self.in_flight: set[asyncio.Task[Any]] = set()
        renew_after_fork(self)

    def after_fork(self) -> None:
        """In a forked child: a lock and a pool of its own (a pool passed in is the caller's)."""
        self.breaker._lock = threading.Lock()
        self.in_flight = set()
        if self.owns_http:
            self.http = httpx.AsyncClient(timeout=self.timeout)

    async def close(self) -> None:
        self.closed = True
        current = asyncio.current_task()
        for task in list(self.in_flight):
            if task is not current:
                task.cancel(_CLOSED)
        if self.owns_http:
            await self.http.aclose()

    async def call(
        self, op: Operation[T], *args: Any, _options: RequestOptions | None = None, **kwargs: Any
    ) -> T:
        """:meth:`SyncEngine.call`, awaited."""
        response = await self.send(op, args, kwargs, _options)
        if raw_requested():
            return RawResponse(response, lambda: self.result(op, response))  # type: ignore[return-value]
        return self.result(op, response)

    def list(
        self,
        op: ListOperation[T],
        *args: Any,
        _options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncPager[T]:
        """``await`` it for the first page, or ``async for`` over every item of every page."""
        fetch = self.pages(op, args, _options)
        params = {k: v for k, v in params.items() if v is not None}
        if raw_requested():
            return self._raw_first(op, args, params, fetch, _options)  # type: ignore[return-value]

        async def first() -> AsyncPage[T]:
            return AsyncPage.of(op, await fetch(params), params, fetch)

        return AsyncPager(first)

    async def _raw_first(
        self,
        op: ListOperation[T],
        args: tuple[Any, ...],
        params: dict[str, Any],
        fetch: Callable[[dict[str, Any]], Coroutine[Any, Any, Any]],
        options: RequestOptions | None,
    ) -> RawResponse[AsyncPage[T]]:
        response = await self.send(op, args, dict(params), options)
        return RawResponse(
            response, lambda: AsyncPage.of(op, self.result(op, response), params, fetch)
        )

    def pages(
        self, op: ListOperation[T], args: tuple[Any, ...], options: RequestOptions | None
    ) -> Callable[[dict[str, Any]], Coroutine[Any, Any, Any]]:
        async def fetch(kwargs: dict[str, Any]) -> Any:
            return self.result(op, await self.send(op, args, dict(kwargs), options))

        return fetch

    async def send(
        self,
        op: Operation[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        return await self.transmit(op, *self.prepare(op, args, kwargs, options))

    async def send_content(
        self, op: Operation[Any], content: bytes, options: RequestOptions | None = None
    ) -> httpx.Response:
        """``send`` with a body already encoded as JSON (see ``prepare_content``)."""
        return await self.transmit(op, *self.prepare_content(op, content, options))

    async def transmit(
        self, op: Operation[Any], method: str, url: str, request: dict[str, Any]
    ) -> httpx.Response:
        retry = _Attempts(self, op, method, url)
        task = asyncio.current_task()
        if task is not None:
            self.in_flight.add(task)
        try:
            while True:
                until = retry.begin()
                if retry.attempt > 1:
                    request = retry.counted(request)
                try:
                    if until is None:
                        response = await self.http.request(method, url, auth=self.auth, **request)
                    else:
                        left = until - time.monotonic()
                        if left <= 0:
                            raise httpx.ConnectTimeout("the retry deadline passed")
                        try:
                            async with asyncio.timeout(left):
                                response = await self.http.request(
                                    method, url, auth=self.auth, **request
                                )
                        except TimeoutError as exc:
                            raise httpx.ReadTimeout("the retry deadline passed") from exc
                except httpx.TransportError as exc:
                    delay = retry.failed(exc)
                except RuntimeError as exc:  # httpx: the pool was closed
                    retry.abandoned()
                    if _pool_closed(exc):
                        raise closed_error() from exc
                    raise
                except asyncio.CancelledError as exc:
                    retry.abandoned()
                    if self.closed and _CLOSED in exc.args:
                        _uncancel(task)
                        raise closed_error() from None
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
                    if self.closed and _CLOSED in exc.args:
                        _uncancel(task)
                        raise closed_error() from None
                    raise
        finally:
            if task is not None:
                self.in_flight.discard(task)


class _Attempts:
    """The retry loop's bookkeeping for one call, shared by the sync and async engines.

    ``failed`` and ``rejected`` return how long to sleep before the next attempt, or raise the
    error when the policy says stop. Nothing is allocated for the retry policy until a failure.
    """

    __slots__ = (
        "attempt",
        "breaker",
        "debug",
        "engine",
        "idempotent",
        "method",
        "started",
        "state",
        "until",
        "url",
    )

    def __init__(self, engine: Engine, op: Operation[Any], method: str, url: str) -> None:
        self.engine = engine
        self.method = method
        self.url = url
        self.breaker = engine.breaker
        self.state: RetryState | None = None
        self.attempt = 0
        self.started = 0.0
        self.debug = log.isEnabledFor(logging.DEBUG)
        # Safe methods are retried anyway (RetryState); this says a POST may be repeated too.
        self.idempotent = op.idempotent
        # The deadline bounds the whole call: every attempt, its connect and read included.
        deadline = engine.retry.deadline
        self.until = None if deadline is None else time.monotonic() + deadline

    def begin(self) -> float | None:
        """Start an attempt; returns when it must end (monotonic seconds), or None."""
        if self.engine.closed:
            raise closed_error()
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
        if self.engine.closed:  # close() interrupted the attempt: not the server's fault
            self.breaker.release()
            raise closed_error() from exc
        self.breaker.record_failure()
        if self.debug:
            self._log(type(exc).__name__)
        delay = self._next_delay(status=None, retry_after=None)
        if delay is None:
            # The key is passed, never bound to a local here (tracebacks may print locals).
            error = _connection_error(exc, self.url, self.engine.api_key)
            if self.engine.api_key in str(exc):  # httpx quoting a header: not chained, not shown
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
            raise make_status_error(response, self.engine.api_key)
        return delay

    def _next_delay(self, *, status: int | None, retry_after: str | None) -> float | None:
        if self.state is None:
            self.state = RetryState(self.engine.retry)
            if self.until is not None:  # the deadline counts from the call's start
                self.state.start = self.until - (self.engine.retry.deadline or 0.0)
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
