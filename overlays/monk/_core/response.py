"""``client.with_raw_response``: its result (the ``httpx.Response``, and ``.parse()`` for the
model), and the wrappers that turn a resource's method into its raw twin.

A wrapped method runs unchanged, with a context flag set; the engine, seeing it, returns the
response undecoded. So a raw method is the plain one, signature and all, not a second copy.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from .._exceptions import request_id_of

if TYPE_CHECKING:
    from .pagination import AsyncPage, AsyncPager

__all__ = [
    "RawResponse",
    "async_pages_to_raw_response",
    "async_to_raw_response",
    "raw_requested",
    "to_raw_response",
]

T = TypeVar("T")
P = ParamSpec("P")
_RAW: ContextVar[bool] = ContextVar("monk_raw_response", default=False)
raw_requested = _RAW.get  # the engine asks: is this call inside a raw twin?


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The raw twin of a sync method: the same call, returning :class:`RawResponse`."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW.set(True)
        try:
            # The engine returns a RawResponse while raw_requested is set.
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW.reset(token)

    return raw


def async_to_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The raw twin of an async method."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW.reset(token)

    return raw


def async_pages_to_raw_response(
    method: Callable[P, AsyncPager[T]],
) -> Callable[P, Awaitable[RawResponse[AsyncPage[T]]]]:
    """The raw twin of an async list method: awaited, the first page's response."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncPage[T]]:
        token = _RAW.set(True)
        try:
            pending: Any = method(*args, **kwargs)  # the engine's raw first-page coroutine
        finally:
            _RAW.reset(token)
        result: RawResponse[AsyncPage[T]] = await pending
        return result

    return raw


_NOT_PARSED: Any = object()


class RawResponse(Generic[T]):
    """The HTTP response of one call; :meth:`parse` gives what the plain method returns.

    Attributes not defined here (``cookies``, ``elapsed``, ``iter_bytes``...) are the
    ``httpx.Response``'s, which is also ``http_response``.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: T = _NOT_PARSED

    def parse(self) -> T:
        """The decoded result (a model, or a page for list methods), decoded once."""
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse()
        return self._parsed

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def text(self) -> str:
        """The body as text."""
        return self.http_response.text

    @property
    def content(self) -> bytes:
        """The body as bytes."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """Monk's request id (``x-request-id``), for support requests."""
        return request_id_of(self.http_response)

    def json(self) -> Any:
        """The body decoded as JSON, untyped."""
        return self.http_response.json()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.http_response, name)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.url.path}>"
