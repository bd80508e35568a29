"""Methods that need several requests, written once for both clients.

A flow is a generator: it yields ``(operation, path args, kwargs)`` for each request it needs,
receives the ``httpx.Response`` back, and returns its result. :func:`run` drives it with
``SyncEngine.send`` and :func:`arun` with ``await AsyncEngine.send``, so retries, the circuit
breaker and typed errors apply to every request of the flow.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import httpx

    from .engine import AsyncEngine, SyncEngine
    from .operation import Operation
    from .options import RequestOptions

__all__ = ["Flow", "Request", "arun", "run"]

T = TypeVar("T")
Request = tuple["Operation[Any]", tuple[Any, ...], dict[str, Any]]
Flow = Generator[Request, "httpx.Response", T]


def run(engine: SyncEngine, flow: Flow[T], options: RequestOptions | None = None) -> T:
    """Send each request the flow yields (with the call's options); return what it returns."""
    try:
        request = next(flow)
        while True:
            request = flow.send(engine.send(*request, options))
    except StopIteration as done:
        result: T = done.value
        return result


async def arun(engine: AsyncEngine, flow: Flow[T], options: RequestOptions | None = None) -> T:
    """:func:`run` for the async client."""
    try:
        request = next(flow)
        while True:
            request = flow.send(await engine.send(*request, options))
    except StopIteration as done:
        result: T = done.value
        return result
