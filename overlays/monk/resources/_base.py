"""What every resource shares: a reference to its client, and one docstring per method pair."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .._client import AsyncMonk, Monk

__all__ = ["AsyncResource", "SyncResource", "docs_from"]

C = TypeVar("C", bound=type)


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


def docs_from(sync: type) -> Callable[[C], C]:
    """Class decorator: each public method of the async twin takes the sync method's docstring.

    The text is written once, on the sync method; an async method with its own docstring keeps it.
    """

    def decorate(cls: C) -> C:
        for name, member in vars(cls).items():
            if name.startswith("_") or not callable(member) or member.__doc__:
                continue
            source = getattr(sync, name, None)
            if source is not None and source.__doc__:
                member.__doc__ = source.__doc__
        return cls

    return decorate
