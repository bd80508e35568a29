"""What every resource shares: a reference to its client's engine, one docstring per method pair,
and calls that do not fit a method's signature reported as a ``ValidationError`` naming the field."""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._exceptions import _ValidationTypeError
from .docs import docs_from

if TYPE_CHECKING:
    from .engine import AsyncEngine, SyncEngine

__all__ = ["AsyncResource", "SyncResource", "docs_from"]

_MISSING = re.compile(r"missing a required (?:keyword-only )?argument: '(\w+)'")
_UNEXPECTED = re.compile(r"got an unexpected keyword argument '(\w+)'")
_TWICE = re.compile(r"multiple values for argument '(\w+)'")
_CAMEL = re.compile(r"(?<=[a-z0-9])[A-Z]")


def _python_name(key: str, names: list[str]) -> str | None:
    """The parameter a wire (camelCase) name stands for: ``creditGrantCents``, ``format``."""
    snake = _CAMEL.sub(lambda m: "_" + m.group(0).lower(), key)
    for candidate in (snake, snake + "_"):
        if candidate != key and candidate in names:
            return candidate
    return None


def _method(fn: Callable[..., Any]) -> str:
    """``contracts.budgets.usage()``: the method as the client spells it."""
    from .operation import Operation

    resource = re.sub(r"^Async|WithRawResponse$|Methods$", "", fn.__qualname__.split(".")[0])
    resource = re.sub(r"(?<!^)(?=[A-Z])", "_", resource).lower()
    for op in Operation.registry:
        parts = (op.method_name or "").split(".")
        if parts[-1] == fn.__name__ and len(parts) > 1 and parts[-2] == resource:
            return f"{op.method_name}()"
    return f"{resource}.{fn.__name__}()"


def _misfit(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Exception | None, dict[str, Any] | None]:
    """Why a call does not fit ``fn``'s signature, as a ValidationError (None if it fits); or,
    when the only misfit is wire names (``creditGrantCents=``), the keywords renamed.

    Python's own ``TypeError`` for such a call names neither the method nor the nearest field;
    this one does, and is a ``TypeError`` too, so either kind of handler catches it.
    """
    signature = inspect.signature(fn)
    names = [n for n in signature.parameters if n != "self"]
    renamed: dict[str, Any] = {}
    for key, value in kwargs.items():
        if key not in signature.parameters:
            python = _python_name(key, names)
            if python is None or python in kwargs or python in renamed:
                close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                return _ValidationTypeError(key, f"is not a parameter of {_method(fn)}{hint}"), None
            key = python  # noqa: PLW2901
        renamed[key] = value
    try:
        signature.bind(*args, **renamed)
    except TypeError as exc:
        message = str(exc)
    else:
        return None, (renamed if renamed.keys() != kwargs.keys() else None)
    method = _method(fn)
    if found := _MISSING.search(message):
        return _ValidationTypeError(found.group(1), f"is required by {method}"), None
    if found := _TWICE.search(message):
        return _ValidationTypeError(found.group(1), f"is given twice to {method}"), None
    positional = [
        n
        for n, p in signature.parameters.items()
        if n != "self" and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    return _ValidationTypeError(
        method,
        f"takes {len(positional) - 1} positional argument(s) "
        f"({', '.join(positional[1:]) or 'none'}); give every other field by keyword",
    ), None


def _checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, with a call that does not fit its signature raised as a ValidationError, and the
    API's camelCase names accepted for its keywords (code pasted from Monk's docs)."""
    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            try:
                call = fn(*args, **kwargs)  # binds the arguments; the body runs when awaited
            except TypeError as exc:
                problem, renamed = _misfit(fn, args, kwargs)
                if problem is not None:
                    raise problem from exc
                if renamed is None:
                    raise
                call = fn(*args, **renamed)
            return await call

        return checked_async

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            problem, renamed = _misfit(fn, args, kwargs)
            if problem is not None:
                raise problem from exc
            if renamed is None:
                raise  # raised inside the method, not by the call
        return fn(*args, **renamed)

    return checked


class _Resource:
    __slots__ = ("_engine",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, _checked(value))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {getattr(self, '_engine', None)!r}>"


class SyncResource(_Resource):
    __slots__ = ()

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine


class AsyncResource(_Resource):
    __slots__ = ()

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
