"""After ``os.fork()``, in the child: every live engine and buffer starts again, in one hook.

A forked child shares its parent's pooled sockets and holds copies of locks that the parent's
threads may have held; an object registered here is told (``after_fork()``) to make those anew.
Engines go first, so a buffer restarting in the child finds its client's new pool.
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol

__all__ = ["forget", "renew_after_fork"]


class _Renewable(Protocol):
    def after_fork(self) -> None: ...


_TIERS: tuple[weakref.WeakSet[_Renewable], ...] = (weakref.WeakSet(), weakref.WeakSet())


def renew_after_fork(thing: _Renewable, *, tier: int = 0) -> None:
    """Call ``thing.after_fork()`` in a forked child while ``thing`` lives (tier 0 first)."""
    _TIERS[tier].add(thing)


def forget(thing: _Renewable) -> None:
    """``thing`` is closed: nothing to renew in a child."""
    for tier in _TIERS:
        tier.discard(thing)


def _in_child() -> None:
    for tier in _TIERS:
        for thing in list(tier):
            thing.after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_in_child)
