"""One docstring per sync/async pair: written on the sync method, taken by the async twin."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["docs_from"]

C = TypeVar("C", bound=type)


def docs_from(sync: type) -> Callable[[C], C]:
    """Class decorator: each public method or property of the async twin without a docstring
    takes the sync one's, so the text exists once and cannot drift.
    """

    def decorate(cls: C) -> C:
        for name, member in vars(cls).items():
            if name.startswith("_") or member.__doc__:
                continue
            if not (callable(member) or isinstance(member, property)):
                continue
            source = getattr(sync, name, None)
            if source is not None and source.__doc__:
                member.__doc__ = source.__doc__
        return cls

    return decorate
