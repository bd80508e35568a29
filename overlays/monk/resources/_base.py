"""What every resource shares: a reference to its client, and one docstring per method pair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._docs import docs_from

if TYPE_CHECKING:
    from .._client import AsyncMonk, Monk

__all__ = ["AsyncResource", "SyncResource", "docs_from"]


class SyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: Monk) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncMonk) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
