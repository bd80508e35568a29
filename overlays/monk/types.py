"""The response and request models, their enums, ``Unset``/``UNSET``, and the TypedDicts of
the typed methods' nested parameters (``CustomerContactParam``, ...) and of an event
buffer's settings (``BufferOptions``), for annotations.

>>> from monk.types import Customer, CustomerContactParam, UNSET
>>> def label(customer: Customer) -> str: ...

Models load on first use, like ``monk._generated.models``; ``Unset`` is the type of a field the
server did not send (``UNSET``, which is falsy and survives pickle and deepcopy as itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._events.ingest import AsyncBufferOptions, BufferOptions
from ._generated import models as _models
from ._generated import params as _params
from ._generated.params import *  # noqa: F403 (the TypedDicts: few, and cheap to import)
from ._generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "AsyncBufferOptions", "BufferOptions", "Unset"]
__all__ += [*_params.__all__, *_models.__all__]  # noqa: PLE0604


def __getattr__(name: str) -> Any:
    value = getattr(_models, name)  # AttributeError for an unknown name
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
