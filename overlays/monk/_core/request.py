"""A call's arguments checked against the spec's request rules and encoded for the wire.

The rules come from ``monk._generated.request_table`` (generated from the spec, loaded on the first call).
Every mistake is a :class:`ValidationError` raised before anything is sent, naming the field
by its Python path (``credit_settings.credit_rate_cents``) and the rule it breaks. Names are
the Python (snake_case) ones at every depth; the wire (camelCase) names are accepted too. Maps
of the caller's own data (``metadata``, event ``properties``) are sent verbatim. Money is sent
in the spec's wire type without passing through float.
"""

from __future__ import annotations

import datetime
import difflib
import json
import math
import os
import re
import uuid
import warnings
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any
from urllib.parse import quote

from .._exceptions import InferredRuleWarning, ValidationError
from .caller import caller_level
from .options import is_timeout, omit

__all__ = ["NOT_GIVEN", "Route", "plain", "route"]

MAX_DEPTH = 64


# An argument left out, dropped from the request (``None`` means JSON null): ``monk.omit``, the
# default of every optional parameter of the typed methods, is the one sentinel for it.
NOT_GIVEN: Any = omit

_routes: dict[str, Route] = {}
_schemas: dict[str, dict[str, Any]] = {}


def route(name: str, method_name: str) -> Route:
    """The request rules of one operation (``customers.get_customer``), built once."""
    found = _routes.get(name)
    if found is None:
        from .._generated.request_table import OPERATIONS

        found = _routes[name] = Route(OPERATIONS[name], method_name)
    return found


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """The node with its ``ref`` replaced by the schema it names (done once per node)."""
    if not _schemas:
        from .._generated.request_table import SCHEMAS

        # Built aside and added in one step: another thread never sees half of it.
        _schemas.update({name: dict(schema, name=name) for name, schema in SCHEMAS.items()})
    ref = node.get("ref")
    if ref is None:
        return node
    found: dict[str, Any] | None = node.get("_target")
    if found is None:
        resolved = _schemas[ref]
        extra = {k: v for k, v in node.items() if k != "ref"}
        found = node["_target"] = {**resolved, **extra} if extra else resolved
    return found


def _keys(node: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """An object's properties by Python name and by wire name."""
    keys = node.get("_keys")
    if keys is None:
        keys = {}
        for py, (wire, child) in node.get("props", {}).items():
            keys[py] = keys[wire] = (py, wire, child)
        node["_keys"] = keys
    return keys


class Route:
    """One operation's method, URL template, parameters and body rules."""

    __slots__ = ("body", "body_required", "method", "method_name", "path", "path_params", "query")

    def __init__(self, entry: dict[str, Any], method_name: str) -> None:
        self.method: str = entry["method"]
        self.path: str = entry["path"]
        self.path_params: tuple[tuple[str, str, dict[str, Any]], ...] = entry["path_params"]
        self.query: dict[str, tuple[str, dict[str, Any], bool]] = entry["query"]
        body = entry.get("body")
        self.body: dict[str, Any] | None = _resolve(body) if body is not None else None
        self.body_required: bool = entry.get("body_required", False)
        self.method_name = method_name

    def request(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], content: bytes | None = None
    ) -> dict[str, Any]:
        """httpx ``request`` arguments: method, url and, when there are any, params and body.

        ``content``: a JSON body the caller encoded (events, validated when made), sent as it is.
        """
        path_params = self.path_params
        if kwargs or len(args) != len(path_params):
            args, kwargs = self._path_from_kwargs(args, kwargs)
        url = self.path.format(*map(_segment, path_params, args)) if args else self.path
        request: dict[str, Any] = {"method": self.method, "url": url}
        if kwargs or self.query or self.body_required or content is not None:
            self._fill(request, kwargs, content)
        return request

    def _path_from_kwargs(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        params = self.path_params
        if len(args) > len(params):
            names = ", ".join(p[0] for p in params) or "no path arguments"
            raise ValidationError(
                self.method_name,
                f"takes {len(params)} positional argument(s) ({names}), got {len(args)}",
            )
        if len(args) == len(params):
            return args, kwargs
        kwargs = dict(kwargs)
        full = list(args)
        for py, wire, _ in params[len(args) :]:
            if py in kwargs:
                full.append(kwargs.pop(py))
            elif wire in kwargs:
                full.append(kwargs.pop(wire))
            else:
                raise ValidationError(py, f"is required: the {self.method_name}() path argument")
        return tuple(full), kwargs

    def _fill(self, request: dict[str, Any], kwargs: dict[str, Any], content: bytes | None) -> None:
        _per_call_options(request, kwargs)
        explicit = kwargs.pop("body", None)
        extra_body = kwargs.pop("extra_body", None)
        extra_query = kwargs.pop("extra_query", None)
        params: dict[str, Any] = {}
        given: dict[str, Any] = {}
        for key, value in kwargs.items():
            if value is NOT_GIVEN:
                continue
            entry = self.query.get(key) or self._query_by_wire(key)
            if entry is not None:
                if value is not None:
                    params[key if key in self.query else _py_of(self.query, key)] = value
            else:
                given[key] = value
        if self.query:
            request["params"] = self._params(params, extra_query)
        elif extra_query:
            request["params"] = _extra("extra_query", extra_query)
        body = self.body
        if body is None:
            if given:
                key = next(iter(given))
                raise ValidationError(key, self._unknown(key, list(self.query)))
            if explicit is not None or extra_body is not None:
                raise ValidationError("body", f"{self.method_name}() takes no request body")
            return
        if content is None:
            if not (given or explicit is not None or extra_body is not None or self.body_required):
                return
            wire = self._body(body, explicit, given)
            if extra_body is not None:
                wire.update(_extra("extra_body", extra_body))
            content = dumps(wire)
        request["content"] = content  # JSON: the engine sends it with its JSON headers

    def _query_by_wire(self, key: str) -> tuple[str, dict[str, Any], bool] | None:
        for entry in self.query.values():
            if entry[0] == key:
                return entry
        return None

    def _params(self, given: dict[str, Any], extra: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for py, (wire, node, required) in self.query.items():
            if py in given:
                value = _encode(node, given[py], py, False, 0)
                out[wire] = _query_value(value)
            elif required:
                raise ValidationError(py, f"is required by {self.method_name}()")
            elif "default" in node:
                out[wire] = _query_value(node["default"])
        if extra:
            out.update(_extra("extra_query", extra))
        return out

    def _body(self, node: dict[str, Any], explicit: Any, given: dict[str, Any]) -> dict[str, Any]:
        if explicit is not None and not isinstance(explicit, Mapping):
            to_dict = getattr(explicit, "to_dict", None)
            if to_dict is None:
                raise ValidationError(
                    "body", f"must be a dict or a request model, not {_kind(explicit)}"
                )
            # A generated request model: typed when it was made, sent as it is.
            wire = plain(to_dict(), "body")
            if given:
                wire.update(
                    _object(
                        node,
                        given,
                        "",
                        False,
                        0,
                        method_name=self.method_name,
                        check_required=False,
                    )
                )
            return wire  # type: ignore[no-any-return]
        merged = {**explicit, **given} if explicit is not None else given
        return _object(
            node, merged, "", False, 0, method_name=self.method_name, check_required=True
        )

    def _unknown(self, key: str, known: list[str]) -> str:
        rule = f"is not a parameter of {self.method_name}()"
        return rule + _suggest(key, known)


def _per_call_options(request: dict[str, Any], kwargs: dict[str, Any]) -> None:
    """``extra_headers=`` and ``timeout=`` for this call only (not part of the API's request)."""
    headers = kwargs.pop("extra_headers", None)
    if headers is not None:
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ValidationError("extra_headers", "must be a dict of str to str")
        request["headers"] = dict(headers)
    if "timeout" in kwargs:
        timeout = kwargs.pop("timeout")
        if timeout is not None and not is_timeout(timeout):
            raise ValidationError(
                "timeout",
                f"must be a number of seconds above 0, an httpx.Timeout or None, not {timeout!r}",
            )
        request["timeout"] = timeout


def _py_of(query: dict[str, tuple[str, dict[str, Any], bool]], wire: str) -> str:
    for py, entry in query.items():
        if entry[0] == wire:
            return py
    return wire


_DOTS = frozenset({".", ".."})


def _segment(param: tuple[str, str, dict[str, Any]], value: Any) -> str:
    """One path argument, checked and percent-encoded as a single segment."""
    node = param[2]
    if node.get("t") == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(param[0], f"must be an integer, not {_kind(value)}")
        minimum = node.get("minimum")
        if minimum is not None and value < minimum:
            raise ValidationError(param[0], f"must be at least {minimum}, not {value}")
        return str(value)
    if type(value) is not str:
        if isinstance(value, uuid.UUID):
            return str(value)
        if not isinstance(value, str):
            raise ValidationError(param[0], f"must be a string id, not {_kind(value)}")
    if not value.strip():
        raise ValidationError(param[0], "must not be empty or blank")
    if value in _DOTS:
        raise ValidationError(param[0], f"must be an id, not {value!r} (a relative path)")
    return quote(value, safe="")


def _query_value(value: Any) -> Any:
    if isinstance(value, _Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(v) for v in value]
    return value


def _extra(name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(name, f"must be a dict, not {_kind(value)}")
    return {_key(k, name): plain(v, f"{name}.{k}") for k, v in value.items()}


def _suggest(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return hint + (" (known: " + ", ".join(sorted(known)) + ")" if not close and known else "")


def _kind(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _key(key: Any, path: str) -> str:
    if not isinstance(key, str):
        raise ValidationError(path, f"keys must be strings, not {_kind(key)}")
    return key


# -- values -------------------------------------------------------------------------------------


class _Raw:
    """A JSON number written exactly as its decimal text (never through float)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dumps(wire: Any) -> bytes:
    """The JSON body, as httpx would write it, with exact decimal numbers."""
    try:
        return _ENCODER.encode(wire).encode()  # one encoder for every call: no set-up cost
    except TypeError:
        pass  # an exact decimal (_Raw) is in it: written by placeholder, then replaced
    raws: list[str] = []
    nonce = os.urandom(6).hex()

    def default(value: Any) -> Any:
        if isinstance(value, _Raw):
            raws.append(value.text)
            return f"\ue000{nonce}:{len(raws) - 1}\ue000"
        raise TypeError(type(value).__name__)  # pragma: no cover (plain() let it through)

    text = json.dumps(
        wire, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=default
    )
    return re.sub(f'"\ue000{nonce}:(\\d+)\ue000"', lambda m: raws[int(m.group(1))], text).encode()


def with_extra_body(content: bytes, extra: Any) -> bytes:
    """A JSON object the caller already encoded (events), with ``extra_body=``'s fields added."""
    body = json.loads(content, parse_float=Decimal)
    return dumps({**plain(body, "body"), **_extra("extra_body", extra)})


def _decimal(value: Any, path: str, what: str) -> Decimal:
    """A finite Decimal from a Decimal, an int or a numeric string (never a float)."""
    if isinstance(value, bool):
        raise ValidationError(path, f"must be {what}, not bool")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(path, f"must be {what}; {value!r} is not a number") from None
    elif isinstance(value, float):
        raise ValidationError(
            path, f"must be {what}: pass a Decimal or a string such as '0.02', not a float"
        )
    else:
        raise ValidationError(path, f"must be {what}, not {_kind(value)}")
    if not number.is_finite():
        raise ValidationError(path, f"must be a finite number, not {value!r}")
    return number


def _text(number: Decimal) -> str:
    text = format(number, "f")
    return text


_LIMIT_KEYS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
    }
)


def _limits(node: dict[str, Any], value: Any, path: str, size: int | None = None) -> None:
    """minimum/maximum (numbers) and minLength/maxLength/minItems/maxItems (sizes)."""
    if _LIMIT_KEYS.isdisjoint(node):  # most nodes have none
        return
    if size is None:
        low = node.get("minimum")
        if low is not None and value < low:
            raise ValidationError(path, f"must be at least {low}, not {value}")
        high = node.get("maximum")
        if high is not None and value > high:
            raise ValidationError(path, f"must be at most {high}, not {value}")
        above = node.get("exclusiveMinimum")
        if above is not None and value <= above:
            raise ValidationError(path, f"must be greater than {above}, not {value}")
        return
    for key, unit in (("Length", "characters"), ("Items", "items"), ("Properties", "keys")):
        low = node.get("min" + key)
        if low is not None and size < low:
            raise ValidationError(path, f"must have at least {low} {unit}, not {size}")
        high = node.get("max" + key)
        if high is not None and size > high:
            raise ValidationError(path, f"must have at most {high} {unit}, not {size}")


def _encode(node: dict[str, Any], value: Any, path: str, lenient: bool, depth: int) -> Any:
    """The wire value for ``value`` under ``node``; a ValidationError names what is wrong."""
    if "ref" in node:
        node = _resolve(node)
    # Most leaves are a plain string, integer or boolean with no rule but their type: a value
    # of exactly that type is sent as it is, without walking the rules below.
    bare = node.get("_bare", _UNKNOWN)
    if bare is _UNKNOWN:
        bare = node["_bare"] = _bare_type(node)
    if value.__class__ is bare:
        return value
    if value is None:
        if node.get("null"):
            return None
        raise ValidationError(
            path, "must not be None: leave it out to send nothing (this field cannot be null)"
        )
    lenient = lenient or node.get("inf", False)
    kind = node.get("t", "any")
    if kind == "string":
        return _string(node, value, path, lenient)
    if kind == "integer":
        if type(value) is not int:
            value = _integer(node, value, path)
        if not lenient:
            _limits(node, value, path)
        return value
    if kind == "number":
        return _number(node, value, path, lenient)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(path, f"must be True or False, not {_kind(value)}")
        return value
    if kind == "array":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
            raise ValidationError(path, f"must be a list, not {_kind(value)}")
        if not lenient:
            _limits(node, None, path, len(value))
        items = node.get("items", _ANY)
        return [_encode(items, v, f"{path}[{i}]", lenient, depth + 1) for i, v in enumerate(value)]
    if kind == "object":
        if isinstance(value, Mapping):
            return _object(node, value, path, lenient, depth, check_required=True)
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None and not isinstance(value, type):
            return plain(to_dict(), path, depth)  # a generated model: typed when it was made
        raise ValidationError(path, f"must be a dict, not {_kind(value)}")
    if isinstance(kind, tuple):
        return _scalar(kind, value, path)
    return plain(value, path, depth)


_ANY: dict[str, Any] = {"t": "any"}
_UNKNOWN = object()
# What makes a leaf more than its type: a value, format, size or pattern rule, or money.
_RULES = _LIMIT_KEYS | {"enum", "fmt", "pattern", "money"}
_BARE_TYPES: dict[Any, type] = {"string": str, "integer": int, "boolean": bool}


def _bare_type(node: dict[str, Any]) -> type | None:
    """The Python type whose values ``node`` sends unchanged and unchecked, if there is one."""
    return _BARE_TYPES.get(node.get("t")) if _RULES.isdisjoint(node) else None


def _string(node: dict[str, Any], value: Any, path: str, lenient: bool) -> Any:
    if isinstance(value, Enum):
        value = value.value
    if node.get("money") == "decimal":
        if isinstance(value, str) and not lenient:
            _decimal(value, path, "a decimal amount")
            return value
        return value if isinstance(value, str) else _text(_decimal(value, path, "a decimal amount"))
    fmt = node.get("fmt")
    if fmt is not None and not isinstance(value, str):
        return _formatted(fmt, value, path)
    if not isinstance(value, str):
        raise ValidationError(path, f"must be a string, not {_kind(value)}")
    if fmt == "uuid":
        return _uuid(value, path, lenient)
    enum = node.get("enum")
    if lenient:
        if enum is not None and value not in enum:
            _warn_inferred(path, value, enum)
        return value
    if enum is not None and value not in enum:
        allowed = ", ".join(repr(v) for v in enum)
        raise ValidationError(path, f"must be one of {allowed}; got {value!r}")
    if fmt is not None:
        _check_format(fmt, value, path)
    _limits(node, None, path, len(value))
    pattern = node.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        raise ValidationError(path, f"must match {pattern}; got {value!r}")
    return value


def _warn_inferred(path: str, value: str, enum: tuple[str, ...]) -> None:
    """An inferred enum: the value is sent as given, with a warning at the user's line."""
    allowed = ", ".join(repr(v) for v in enum)
    close = difflib.get_close_matches(value, enum, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    warnings.warn(
        f"{path}: {value!r} is not one of {allowed}{hint}, the values Monk's guides show (its "
        "API reference does not list them): sent as given",
        InferredRuleWarning,
        stacklevel=caller_level(),
    )


def _formatted(fmt: str, value: Any, path: str) -> str:
    if fmt == "date-time":
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                raise ValidationError(path, "needs a timezone (a naive datetime is ambiguous)")
            return value.isoformat()
        raise ValidationError(path, f"must be a datetime or an ISO 8601 string, not {_kind(value)}")
    if fmt == "date":
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()
        raise ValidationError(path, f"must be a date or 'YYYY-MM-DD', not {_kind(value)}")
    if fmt == "uuid" and isinstance(value, uuid.UUID):
        return str(value)
    raise ValidationError(path, f"must be a string, not {_kind(value)}")


def _uuid(value: str, path: str, lenient: bool) -> str:
    """A UUID in its canonical (lower-case, hyphenated) form, as the API stores it."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        if lenient:
            return value
        raise ValidationError(path, f"must be a UUID; got {value!r}") from None


def _check_format(fmt: str, value: str, path: str) -> None:
    try:
        if fmt == "date":
            datetime.date.fromisoformat(value)
        elif fmt == "date-time":
            datetime.datetime.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        shape = {"date": "'YYYY-MM-DD'", "date-time": "an ISO 8601 date-time", "uuid": "a UUID"}
        raise ValidationError(path, f"must be {shape.get(fmt, fmt)}; got {value!r}") from None


def _integer(node: dict[str, Any], value: Any, path: str) -> int:
    what = "a whole number of cents" if node.get("money") == "cents" else "an integer"
    if isinstance(value, bool) or (isinstance(value, str) and node.get("money") != "cents"):
        raise ValidationError(path, f"must be {what}, not {_kind(value)}")
    if isinstance(value, float):
        raise ValidationError(path, f"must be {what} (an int), not a float")
    number = _decimal(value, path, what)
    if number != number.to_integral_value():
        raise ValidationError(path, f"must be {what}, not {number}")
    return _int64(int(number), path)


def _number(node: dict[str, Any], value: Any, path: str, lenient: bool) -> Any:
    if isinstance(value, float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValidationError(path, f"must be a finite number, not {value!r}")
        if not lenient:
            _limits(node, value, path)
        return value
    if type(value) is int:
        _int64(value, path)
        if not lenient:
            _limits(node, value, path)
        return value
    number = _decimal(value, path, "a number")
    if not lenient:
        _limits(node, number, path)
    if number == number.to_integral_value() and abs(number) < 10**18:
        return int(number)
    return _Raw(_text(number))


def _scalar(kinds: tuple[str, ...], value: Any, path: str) -> Any:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        if "boolean" in kinds:
            return value
    elif isinstance(value, str):
        if "string" in kinds:
            return value
    elif isinstance(value, (int, float, Decimal)) and ("number" in kinds or "integer" in kinds):
        return _number(_ANY, value, path, True)
    names = " or ".join("a " + k for k in kinds)
    raise ValidationError(path, f"must be {names}, not {_kind(value)}")


def _object(
    node: dict[str, Any],
    value: Mapping[Any, Any],
    path: str,
    lenient: bool,
    depth: int,
    *,
    method_name: str = "",
    check_required: bool,
) -> dict[str, Any]:
    if depth > MAX_DEPTH:
        raise ValidationError(path, f"is nested more than {MAX_DEPTH} levels deep")
    lenient = lenient or node.get("inf", False)
    keys = _keys(node)
    data_map = node.get("map")
    out: dict[str, Any] = {}
    seen: dict[str, str] = {}
    prefix = f"{path}." if path else ""
    try:
        for raw_key, item in value.items():
            key = raw_key if type(raw_key) is str else _key(raw_key, path or "body")
            if item is NOT_GIVEN:
                continue
            entry = keys.get(key)
            if entry is not None:
                py, wire, child = entry
                if py in seen:
                    raise ValidationError(
                        prefix + py, f"is given twice (as {seen[py]!r} and {key!r})"
                    )
                seen[py] = key
                out[wire] = _encode(child, item, prefix + py, lenient, depth + 1)
            elif data_map is not None:
                limit = node.get("keyMaxLength")
                if limit and not lenient and len(key) > limit:
                    raise ValidationError(
                        _join(path, key), f"keys must be at most {limit} characters"
                    )
                out[key] = _encode(data_map, item, _join(path, key), lenient, depth + 1)
            else:
                raise _unknown_key(node, keys, key, path, method_name)
    except ValidationError:
        if data_map is None:  # a misspelt name is reported before any other mistake
            for key in value:
                if isinstance(key, str) and key not in keys:
                    raise _unknown_key(node, keys, key, path, method_name) from None
        raise
    if check_required:
        for py in node.get("required", ()):
            if py not in seen:
                where = f" by {method_name}()" if not path else ""
                raise ValidationError(_join(path, py), f"is required{where}")
        for py, needs in node.get("dependent", {}).items():
            if py in seen:
                for other in needs:
                    if other not in seen:
                        raise ValidationError(_join(path, other), f"is required when {py} is given")
        if not lenient:
            if "props" in node and node.get("minProperties") and not out:
                raise ValidationError(
                    path or method_name, "needs at least one field (nothing to send)"
                )
            if data_map is not None:
                _limits({"maxProperties": node.get("maxProperties")}, None, path, len(out))
    return out


def _unknown_key(
    node: dict[str, Any], keys: dict[str, Any], key: str, path: str, method_name: str
) -> ValidationError:
    known = [k for k in keys if k == keys[k][0]]
    if path:
        rule = f"is not a field of {node.get('name') or path}"
    else:
        rule = f"is not a parameter of {method_name}()"
    rule += _suggest(key, known)
    if not path:
        rule += "; extra_body= sends fields the spec does not have"
    return ValidationError(_join(path, key), rule)


_MAX_INT = 2**63 - 1


def _int64(value: int, path: str) -> int:
    """``value``, if JSON readers can hold it: beyond a signed 64-bit integer they lose digits."""
    if abs(value) > _MAX_INT:
        raise ValidationError(path, "must be an integer within a signed 64-bit range")
    return value


def plain(value: Any, path: str, depth: int = 0) -> Any:
    """Any JSON data a caller may pass where the spec has no shape: models, dates, decimals..."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        return _int64(value, path)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(path, f"must be a finite number, not {value!r}")
        return value
    if depth > MAX_DEPTH:
        raise ValidationError(path, f"is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, Mapping):
        return {_key(k, path): plain(v, _join(path, k), depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
    if isinstance(value, Decimal):
        return _number(_ANY, value, path, True)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return plain(value.value, path, depth + 1)
    if isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return plain(to_dict(), path, depth + 1)
    raise ValidationError(path or "body", f"is not JSON data ({_kind(value)})")
