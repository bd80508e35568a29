# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""Contains some shared types for properties, and the decoding helpers of the models"""

import datetime
import json
import re
from collections.abc import Callable, Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import Any, BinaryIO, Generic, TypeVar, Literal, IO
from uuid import UUID

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the server did not send (not the same as null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle and copy give back the one UNSET

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- decoding ------------------------------------------------------------------------------

Report = Callable[[str, str, str, Any], None]
"""``report(path, kind, expected, value)``: told of each deviation from the spec while decoding."""


class SpecDrift(ValueError):
    """Strict decoding met a value that does not fit the spec; ``path`` is its JSON path."""

    def __init__(self, path: str, kind: str, expected: str, value: Any) -> None:
        self.path = path
        self.kind = kind
        self.expected = expected
        self.value = value
        super().__init__(f"{path}: expected {expected}, got {describe(kind, value)}")


def describe(kind: str, value: Any) -> str:
    """What came instead of what the spec expected, in words."""
    if kind == "missing":
        return "nothing (the field is absent)"
    if value is None:
        return "null"
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{_json_type(value)} {text}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def deviant(
    report: Report | None, path: str, key: str, expected: str, value: Any, kind: str = ""
) -> Any:
    """Report one deviation (or raise SpecDrift when strict) and return the value as received."""
    if not kind:
        kind = "missing" if value is UNSET else "null" if value is None else "type"
    full = f"{path}.{key}" if key else path
    if report is None:
        raise SpecDrift(full, kind, expected, value)
    report(full, kind, expected, value)
    return value


def check_items(
    items: list[Any], kind: type, report: Report | None, path: str, expected: str
) -> list[Any]:
    """A list whose items should all be of one JSON scalar type: each other one is reported."""
    for item in items:
        if item.__class__ is not kind:
            deviant(report, path, "", expected, item)
    return items


def parse_datetime(value: str, report: Report | None, path: str, key: str) -> Any:
    """An ISO 8601 date-time; one that does not parse is reported and kept as the string."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        from dateutil.parser import isoparse

        return isoparse(value)
    except (ValueError, OverflowError):
        return deviant(report, path, key, "date-time string", value, "format")


def as_utc(
    value: datetime.datetime, report: Report | None, path: str, key: str
) -> datetime.datetime:
    """A date-time without an offset: reported, and read as UTC (the API writes UTC, ``Z``)."""
    deviant(report, path, key, "date-time string with an offset", value.isoformat(), "offset")
    return value.replace(tzinfo=datetime.timezone.utc)


def parse_date(value: str, report: Report | None, path: str, key: str) -> Any:
    """An ISO 8601 date; one that does not parse is reported and kept as the string."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return deviant(report, path, key, "date string", value, "format")


# A decimal-string amount ("0.02", "-3.30"): plain notation, so format(Decimal(text), "f") is text.
_MONEY_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def parse_money(value: str, report: Report | None, path: str, key: str) -> Any:
    """A decimal-string amount as the exact Decimal; any other string is reported and kept."""
    if _MONEY_TEXT.fullmatch(value) is None:
        return deviant(report, path, key, "decimal string", value, "format")
    return Decimal(value)


def money_text(value: Decimal) -> str:
    """A Decimal amount as a decimal string, digit for digit (never exponent notation)."""
    return format(value, "f")


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` without the fields the server did not send."""
    parts = []
    for attribute in model.__attrs_attrs__:
        value = getattr(model, attribute.name)
        if value is UNSET or (attribute.name == "additional_properties" and not value):
            continue
        parts.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


_DECIMAL_MARK = "\x00monk-decimal:"
_DECIMAL_TEXT = re.compile(r'"\\u0000monk-decimal:([^"]*)"')


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return _DECIMAL_MARK + str(value)
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if value is UNSET:
        raise TypeError("UNSET is not JSON: leave the field out")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dumps(data: Any) -> str:
    """JSON text of ``data``; a Decimal is written as the exact number it holds (never a float)."""
    text = json.dumps(data, default=_json_default, ensure_ascii=False, allow_nan=False)
    if "\\u0000monk-decimal:" in text:
        text = _DECIMAL_TEXT.sub(r"\1", text)
    return text


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "SpecDrift", "Unset"]
