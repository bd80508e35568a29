"""``client.with_raw_response``'s result: the ``httpx.Response``, and ``.parse()`` for the model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import request_id_of

__all__ = ["RawResponse"]

T = TypeVar("T")
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
