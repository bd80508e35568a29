"""Per-call options (``timeout=``, ``extra_headers=``, ``extra_query=``, ``extra_body=``) and
:data:`omit`, the default of every optional parameter: left out of the request, unlike None,
which sends ``null`` where the API takes it (``credit_grant_cents=None``: no grant).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

import httpx

__all__ = ["Omit", "RequestOptions", "given", "is_timeout", "omit", "options"]


class Omit:
    """The type of :data:`omit`. One instance, kept through pickle and copy."""

    __slots__ = ()
    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "omit"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "omit"

    def __copy__(self) -> Omit:
        return self

    def __deepcopy__(self, memo: object) -> Omit:
        return self


omit: Final = Omit()
"""Leave the parameter out of the request (the server's default applies)."""


class RequestOptions:
    """What one call adds to or changes in the request the client builds."""

    __slots__ = ("body", "headers", "query", "timeout")

    def __init__(
        self,
        timeout: float | httpx.Timeout | Omit | None,
        headers: Mapping[str, str] | None,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
    ) -> None:
        self.timeout = timeout
        self.headers = headers
        self.query = query
        self.body = body

    def as_kwargs(self) -> dict[str, Any]:
        """The options as the request rules take them (``timeout=``, ``extra_headers=``, ...)."""
        out: dict[str, Any] = {}
        if self.timeout is not omit:
            out["timeout"] = self.timeout
        if self.headers:
            out["extra_headers"] = self.headers
        if self.query:
            out["extra_query"] = self.query
        if self.body:
            out["extra_body"] = self.body
        return out


def options(
    timeout: float | httpx.Timeout | Omit | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> RequestOptions | None:
    """The call's options, or None when it has none (the common case costs one comparison)."""
    if timeout is omit and extra_headers is None and extra_query is None and extra_body is None:
        return None
    return RequestOptions(timeout, extra_headers, extra_query, extra_body)


def given(**fields: Any) -> dict[str, Any]:
    """The fields a caller gave: every one but those left at :data:`omit`."""
    return {k: v for k, v in fields.items() if v is not omit}


def is_timeout(value: Any) -> bool:
    """A timeout a client or a call may take: seconds above 0 (finite), or an ``httpx.Timeout``."""
    if isinstance(value, httpx.Timeout):
        return True
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )
