"""How the overlay calls one generated operation: lazy import, arguments, body, unwrapping.

Each resource method names an :class:`Operation`; the generated module behind it is imported on
first use, so ``import monk`` stays cheap. Arguments are split by the generated ``_get_kwargs``
signature: its parameters are path and query parameters, anything else is a body field.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from types import ModuleType
from typing import Any, Generic, TypeVar

from ._decode import DriftLog, decode
from ._exceptions import ValidationError

__all__ = ["EVENTS_HOST", "REST_HOST", "ListOperation", "Operation", "camel"]

T = TypeVar("T")

REST_HOST = "rest"
EVENTS_HOST = "events"

_CAMEL = re.compile(r"_([a-z0-9])")


def camel(name: str) -> str:
    """``credit_grant_cents`` -> ``creditGrantCents`` (the inverse of the generator's names)."""
    return _CAMEL.sub(lambda m: m.group(1).upper(), name)


def to_json(value: Any) -> Any:
    """Plain JSON data from what a caller may pass: models, dates, decimals, enums, containers."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Request bodies go through the generated models, which hold JSON numbers as float.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Enum):
        return value.value
    return value


class Operation(Generic[T]):
    """One generated operation, imported lazily; ``T`` is what the overlay returns for it.

    The result is the generated model, unwrapped from the ``{"data": ...}`` envelope when the
    response has one.
    """

    __slots__ = (
        "_body_model",
        "_module",
        "_params",
        "_response_model",
        "host",
        "idempotent",
        "method_name",
        "name",
    )

    registry: list[Operation[Any]] = []  # noqa: RUF012 (every operation the overlay maps)

    def __init__(
        self,
        name: str,
        *,
        method: str,
        host: str = REST_HOST,
        idempotent: bool = False,
    ) -> None:
        self.name = name  # "<tag>.<operation_id>", e.g. "customers.get_customer"
        self.method_name = method  # the overlay's name for it, e.g. "customers.get"
        self.host = host
        # True: a POST/PATCH that is safe to repeat (GET, PUT, DELETE always are).
        self.idempotent = idempotent
        self._module: ModuleType | None = None
        self._params: frozenset[str] | None = None
        self._body_model: Any = None
        self._response_model: Any = None
        Operation.registry.append(self)

    def __repr__(self) -> str:
        return f"Operation({self.name!r})"

    @property
    def module(self) -> ModuleType:
        module = self._module
        if module is None:
            module = importlib.import_module(f"._generated.api.{self.name}", __package__)
            signature = inspect.signature(module._get_kwargs)
            self._params = frozenset(signature.parameters) - {"body"}
            body = signature.parameters.get("body")
            self._body_model = body.annotation if body is not None else None
            self._module = module
        return module

    def request_kwargs(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The generated ``_get_kwargs`` result for these arguments (method, url, params, json)."""
        self.module  # noqa: B018 (imports the module and reads its signature)
        params = self._params
        assert params is not None
        if not kwargs:
            return self._get_kwargs(args, {})
        call: dict[str, Any] = {}
        body: dict[str, Any] = {}
        explicit_body = kwargs.pop("body", None)
        for key, value in kwargs.items():
            if key in params:
                call[key] = value
            elif self._body_model is not None:
                body[key] = value
            else:
                raise ValidationError(key, f"is not a parameter of {self.method_name}()")
        if self._body_model is not None and (body or explicit_body is not None):
            call["body"] = self._build_body(explicit_body, body)
        return self._get_kwargs(args, call)

    def _get_kwargs(self, args: tuple[Any, ...], call: dict[str, Any]) -> dict[str, Any]:
        try:
            return self.module._get_kwargs(*args, **call)  # type: ignore[no-any-return]
        except TypeError as exc:  # a missing or unexpected argument
            raise ValidationError(self.method_name or self.name, str(exc)) from exc

    def _build_body(self, explicit: Any, fields: dict[str, Any]) -> Any:
        model = self._body_model
        if explicit is not None and not fields and not isinstance(explicit, Mapping):
            return explicit  # a generated request model, used as it is
        data: dict[str, Any] = {}
        if explicit is not None:
            data.update(to_json(explicit))
        known = getattr(model, "__attrs_attrs__", ())
        names = {a.name for a in known} - {"additional_properties"}
        for key, value in fields.items():
            if key not in names:
                raise ValidationError(key, f"is not a field of {model.__name__}")
            data[camel(key)] = to_json(value)
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                self.method_name or model.__name__, f"invalid request body: {exc!r}"
            ) from exc

    @property
    def response_model(self) -> Any:
        """The generated model of this operation's success response (every one has exactly one)."""
        model = self._response_model
        if model is None:
            hints = typing.get_type_hints(self.module._parse_response)
            models = [
                t
                for t in typing.get_args(hints["return"])
                if hasattr(t, "from_dict") and t.__name__ != "Error"
            ]
            model = self._response_model = models[0]
        return model

    def parse(self, response: Any, report: DriftLog | None) -> Any:
        """Decode a 2xx response: tolerant with a ``report``, strict (raises SpecDrift) without."""
        return decode(self.response_model, response, report)

    def result(self, parsed: Any) -> T:
        """The model users get: the envelope's ``data`` when there is one."""
        data = getattr(parsed, "data", _NO_DATA)
        return parsed if data is _NO_DATA else data  # type: ignore[no-any-return]


class ListOperation(Operation[T]):
    """A list operation: limit/offset pages whose items (``T``) are under ``items``."""

    __slots__ = ("items",)

    def __init__(self, name: str, *, method: str, items: str = "data", host: str = REST_HOST):
        super().__init__(name, method=method, host=host)
        self.items = items

    def result(self, parsed: Any) -> Any:
        return parsed


_NO_DATA: Any = object()
