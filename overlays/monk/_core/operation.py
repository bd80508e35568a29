"""One operation of the API: its request rules, its response model, and unwrapping.

Each resource method names an :class:`Operation` (``monk._generated.operations``). Requests are
built from the spec's request rules (``request``, driven by the generated request table, on
first use); a response is decoded into the generated model of the operation's success response
(``decode``), imported on first use, so ``import monk`` stays cheap.
"""

from __future__ import annotations

import typing
from typing import Any, Generic, TypeVar

from .._generated.types import UNSET, deviant
from .decode import DriftLog, decode
from .request import NOT_GIVEN, Route, route

__all__ = ["EVENTS_HOST", "NOT_GIVEN", "REST_HOST", "ListOperation", "Operation"]

T = TypeVar("T")

REST_HOST = "rest"
EVENTS_HOST = "events"


class Operation(Generic[T]):
    """One generated operation, imported lazily; ``T`` is what the overlay returns for it.

    The result is the generated model, unwrapped from the ``{"data": ...}`` envelope when the
    response has one.
    """

    __slots__ = (
        "_response_model",
        "_route",
        "host",
        "idempotent",
        "method_name",
        "name",
        "response",
    )

    registry: list[Operation[Any]] = []  # noqa: RUF012 (every operation the overlay maps)

    def __init__(
        self,
        name: str,
        *,
        method: str,
        response: str,
        host: str = REST_HOST,
        idempotent: bool = False,
    ) -> None:
        self.name = name  # "<tag>.<operation_id>", e.g. "customers.get_customer"
        self.method_name = method  # the overlay's name for it, e.g. "customers.get"
        self.response = response  # the generated model's name, e.g. "CustomerResponse"
        self.host = host
        # True: a POST/PATCH that is safe to repeat (GET, PUT, DELETE always are).
        self.idempotent = idempotent
        self._response_model: Any = None
        self._route: Route | None = None
        Operation.registry.append(self)

    def __repr__(self) -> str:
        return f"Operation({self.name!r})"

    def request_kwargs(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], content: bytes | None = None
    ) -> dict[str, Any]:
        """httpx ``request`` arguments (method, url, params, content) for these arguments.

        Path arguments come positionally, query and body fields as keywords (Python or wire
        names; :data:`~monk._request.NOT_GIVEN` values are left out), plus ``body=`` (a dict or
        a generated request model), ``extra_body=`` and ``extra_query=`` (sent verbatim), and
        the per-call ``extra_headers=`` and ``timeout=``. Every rule of the spec is checked
        first: a mistake is a ValidationError and nothing is sent. ``content``: a JSON body
        already encoded (events), sent as it is.
        """
        return self.request_route().request(args, kwargs, content)

    def request_route(self) -> Route:
        """The operation's request rules (``request``), built on first use."""
        found = self._route
        if found is None:
            found = self._route = route(self.name, self.method_name)
        return found

    @property
    def response_model(self) -> Any:
        """The generated model of this operation's success response (every one has exactly one)."""
        model = self._response_model
        if model is None:
            from .._generated import models

            model = self._response_model = getattr(models, self.response)
        return model

    def parse(self, response: Any, report: DriftLog | None) -> Any:
        """Decode a 2xx response: tolerant with a ``report``, strict (raises SpecDrift) without."""
        return decode(self.response_model, response, report)

    def result(self, parsed: Any) -> T:
        """The model users get: the envelope's ``data`` when there is one.

        A ``data`` that is missing, null (where the spec does not allow it) or not an object
        cannot stand for the model: it raises SpecDrift at ``$.data`` (ResponseValidationError
        for the caller) rather than returning ``UNSET`` or ``None`` as if it were a value.
        """
        data = getattr(parsed, "data", _NO_DATA)
        if data is _NO_DATA:
            return parsed  # type: ignore[no-any-return]
        accepted, expected, nullable = self._data_type(type(parsed))
        if data is None:
            if nullable:
                return typing.cast("T", data)
        elif data is not UNSET and (not accepted or isinstance(data, accepted)):
            return typing.cast("T", data)
        return deviant(None, "$", "data", expected, data)  # type: ignore[no-any-return]

    @staticmethod
    def _data_type(envelope: type) -> tuple[tuple[type, ...], str, bool]:
        """What an envelope's ``data`` may be (its model classes, ``list`` for an array; empty:
        anything but missing), those in words, and whether the spec lets it be null."""
        known = _DATA_TYPES.get(envelope)
        if known is None:
            hint = typing.get_type_hints(envelope).get("data")
            args = typing.get_args(hint) if typing.get_origin(hint) is not list else (hint,)
            args = args or (hint,)
            accepted: list[type] = []
            words: list[str] = []
            for arg in args:
                if typing.get_origin(arg) is list:
                    accepted.append(list)
                    words.append("array")
                elif hasattr(arg, "from_dict"):
                    accepted.append(arg)
                    words.append(f"object ({arg.__name__})")
            known = _DATA_TYPES[envelope] = (
                tuple(accepted),
                " or ".join(words) or "a value",
                type(None) in args,
            )
        return known


class ListOperation(Operation[T]):
    """A list operation: limit/offset pages whose items (``T``) are under ``items``."""

    __slots__ = ("items",)

    def __init__(
        self, name: str, *, method: str, response: str, items: str = "data", host: str = REST_HOST
    ) -> None:
        super().__init__(name, method=method, response=response, host=host)
        self.items = items

    @property
    def default_limit(self) -> int | None:
        """The spec's default ``limit`` (the page size when the caller gives none), if any."""
        found = self.request_route().query.get("limit")
        default = found[1].get("default") if found is not None else None
        return default if default.__class__ is int else None

    def result(self, parsed: Any) -> Any:
        """The list model itself (a page); its items must be an array under ``items``: without
        one there is nothing to iterate, which raises SpecDrift rather than reading as ``[]``.
        """
        items = getattr(parsed, self.items, UNSET)
        if items.__class__ is not list:
            deviant(None, "$", self.items, "array", items)
        return parsed


_NO_DATA: Any = object()
_DATA_TYPES: dict[type, tuple[tuple[type, ...], str, bool]] = {}
