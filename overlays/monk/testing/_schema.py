"""A small JSON Schema validator: the subset of 2020-12 that Monk's OpenAPI 3.1 spec uses.

jsonschema is not a runtime dependency, so the mock checks requests with this instead. Each
problem names the field's path and the rule (the keyword) it breaks, e.g.
``events[3].eventName: is required (required)``. Numbers may be ``int``, ``float`` or
``Decimal`` (request bodies are parsed with ``parse_float=Decimal``).
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["ANNOTATIONS", "KEYWORDS", "Issue", "Validator", "json_type", "path_text"]

MAX_REFS = 50  # a longer chain of $refs is a loop

# Keywords that constrain a value (all checked), and those that only describe it (ignored).
KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "dependentRequired",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "nullable",
    }
)
ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "contentEncoding",
        "contentMediaType",
        "discriminator",
    }
)

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Issue:
    """One broken rule: where (``path``), which keyword (``rule``), and what is wrong."""

    path: Path
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{path_text(self.path)}: {self.detail} ({self.rule})"


def path_text(path: Path) -> str:
    """``("events", 3, "eventName")`` -> ``events[3].eventName``; the root is ``(body)``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(body)"


def json_type(value: Any) -> str:
    """The JSON type name of a decoded value (``integer`` for whole numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, (float, Decimal)):
        return "integer" if _is_whole(value) else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _is_whole(value: float | Decimal) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite() and value == value.to_integral_value()
    return value.is_integer()


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, (float, Decimal)) and _is_whole(value))


_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": lambda v: isinstance(v, (int, float, Decimal)) and not isinstance(v, bool),
    "integer": _is_integer,
}


def _is_type(value: Any, name: str) -> bool:
    check = _TYPE_CHECKS.get(name)
    return check(value) if check is not None else False


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _check_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _check_date_time(text: str) -> bool:
    """RFC 3339: a date, a time, and an offset (``Z`` or ``+hh:mm``); a naive time fails."""
    if not _DATE_TIME.match(text):
        return False
    try:
        datetime.datetime.fromisoformat(text.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def _check_uuid(text: str) -> bool:
    if not _UUID.match(text):
        return False
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


FORMATS: dict[str, Callable[[str], bool]] = {
    "date": _check_date,
    "date-time": _check_date_time,
    "uuid": _check_uuid,
}
_FORMAT_HINTS = {
    "date": "a date YYYY-MM-DD",
    "date-time": "an RFC 3339 date-time with an offset, e.g. 2026-03-01T00:00:00Z",
    "uuid": "a UUID",
}


def _is_bound(value: Any) -> bool:
    """A 2020-12 exclusive bound (a number; the draft-4 boolean form is ignored)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def resolve_ref(document: Any, ref: Any) -> Any:
    """The node a local ``$ref`` (``#/components/schemas/Customer``) points at.

    ``~1`` and ``~0`` in a token stand for ``/`` and ``~``. A ref to another document or a URL
    is refused (ValueError); a missing node raises LookupError. scripts/openapi_spec.py has the
    same code for the repo's tools (they cannot import ``monk``): change both.
    """
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, not {ref!r}")
    node = document
    for token in ref[2:].split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve(document: Any, node: Any) -> Any:
    """Follow a chain of ``$ref``s from ``node`` to the object it names (``node`` if no $ref)."""
    for _ in range(MAX_REFS):
        if not isinstance(node, Mapping) or "$ref" not in node:
            return node
        node = resolve_ref(document, node["$ref"])
    raise ValueError(f"$ref loop at {node.get('$ref')!r}")


class Validator:
    """Validates values against schemas of one OpenAPI document (``$ref`` resolved in it)."""

    def __init__(self, document: Mapping[str, Any], *, max_issues: int = 20) -> None:
        self.document = document
        self.max_issues = max_issues

    def validate(self, schema: Mapping[str, Any], value: Any, path: Path = ()) -> list[Issue]:
        """Every broken rule (at most ``max_issues``); an empty list means valid."""
        issues: list[Issue] = []
        self._check(schema, value, path, issues)
        return issues[: self.max_issues]

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` chains to the schema they name."""
        return resolve(self.document, schema)  # type: ignore[no-any-return]

    # -- the checks ---------------------------------------------------------------------------

    def _full(self, issues: list[Issue]) -> bool:
        return len(issues) >= self.max_issues

    def _check(self, schema: Any, value: Any, path: Path, issues: list[Issue]) -> None:
        if schema is True or schema is None:
            return
        if schema is False:
            issues.append(Issue(path, "false", "is not allowed"))
            return
        if "$ref" in schema:
            self._check(self.resolve({"$ref": schema["$ref"]}), value, path, issues)
            if len(schema) == 1:
                return

        types = schema.get("type")
        if types is not None:
            if isinstance(types, str):
                fits = _is_type(value, types) or (value is None and schema.get("nullable") is True)
            else:
                fits = any(_is_type(value, t) for t in types)
                fits = fits or (value is None and schema.get("nullable") is True)
            if not fits:
                allowed = [types] if isinstance(types, str) else list(types)
                wanted = " or ".join(allowed)
                issues.append(Issue(path, "type", f"must be {wanted}, not {json_type(value)}"))
                return
        elif value is None and schema.get("nullable") is True:
            return

        if "enum" in schema and value not in schema["enum"]:
            options = ", ".join(_show(v) for v in schema["enum"])
            issues.append(Issue(path, "enum", f"{_show(value)} is not one of {options}"))
        if "const" in schema and value != schema["const"]:
            issues.append(Issue(path, "const", f"must be {_show(schema['const'])}"))

        if isinstance(value, str):
            self._check_string(schema, value, path, issues)
        elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            self._check_number(schema, value, path, issues)
        elif isinstance(value, list):
            self._check_array(schema, value, path, issues)
        elif isinstance(value, dict):
            self._check_object(schema, value, path, issues)

        for keyword in ("allOf", "anyOf", "oneOf", "not"):
            if keyword in schema:
                self._check_combined(keyword, schema[keyword], value, path, issues)

    def _check_string(
        self, schema: Mapping[str, Any], value: str, path: Path, issues: list[Issue]
    ) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            least = schema["minLength"]
            detail = "must not be empty" if least == 1 else f"must have at least {least} characters"
            issues.append(Issue(path, "minLength", detail))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            issues.append(
                Issue(
                    path,
                    "maxLength",
                    f"has {len(value)} characters, at most {schema['maxLength']} allowed",
                )
            )
        if "pattern" in schema and not re.search(schema["pattern"], value):
            issues.append(
                Issue(path, "pattern", f"{_show(value)} does not match {schema['pattern']}")
            )
        fmt = schema.get("format")
        check = FORMATS.get(fmt) if isinstance(fmt, str) else None
        if check is not None and not check(value):
            assert isinstance(fmt, str)
            issues.append(Issue(path, "format", f"{_show(value)} is not {_FORMAT_HINTS[fmt]}"))

    def _check_number(
        self, schema: Mapping[str, Any], value: float | Decimal, path: Path, issues: list[Issue]
    ) -> None:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if "minimum" in schema and number < Decimal(str(schema["minimum"])):
            issues.append(Issue(path, "minimum", f"{value} is less than {schema['minimum']}"))
        if "maximum" in schema and number > Decimal(str(schema["maximum"])):
            issues.append(Issue(path, "maximum", f"{value} is more than {schema['maximum']}"))
        low = schema.get("exclusiveMinimum")
        if _is_bound(low) and number <= Decimal(str(low)):
            issues.append(Issue(path, "exclusiveMinimum", f"{value} must be more than {low}"))
        high = schema.get("exclusiveMaximum")
        if _is_bound(high) and number >= Decimal(str(high)):
            issues.append(Issue(path, "exclusiveMaximum", f"{value} must be less than {high}"))
        step = schema.get("multipleOf")
        if step and number % Decimal(str(step)) != 0:
            issues.append(Issue(path, "multipleOf", f"{value} is not a multiple of {step}"))

    def _check_array(
        self, schema: Mapping[str, Any], value: list[Any], path: Path, issues: list[Issue]
    ) -> None:
        count = len(value)
        if "minItems" in schema and count < schema["minItems"]:
            issues.append(
                Issue(
                    path, "minItems", f"has {count} items, at least {schema['minItems']} required"
                )
            )
        if "maxItems" in schema and count > schema["maxItems"]:
            issues.append(
                Issue(path, "maxItems", f"has {count} items, at most {schema['maxItems']} allowed")
            )
            return  # don't validate 10,001 items one by one
        if schema.get("uniqueItems") is True:
            seen: list[Any] = []
            for item in value:
                if item in seen:
                    issues.append(Issue(path, "uniqueItems", f"{_show(item)} appears twice"))
                    break
                seen.append(item)
        items = schema.get("items")
        if items is not None and items is not True and items != {}:
            item_schema = self.resolve(items) if "$ref" in items and len(items) == 1 else items
            for index, item in enumerate(value):
                self._check(item_schema, item, (*path, index), issues)
                if self._full(issues):
                    return

    def _check_object(
        self, schema: Mapping[str, Any], value: dict[str, Any], path: Path, issues: list[Issue]
    ) -> None:
        for name in schema.get("required", ()):
            if name not in value:
                issues.append(Issue((*path, name), "required", "is required"))
        count = len(value)
        if "minProperties" in schema and count < schema["minProperties"]:
            least = schema["minProperties"]
            detail = (
                "must have at least one field" if least == 1 else f"needs at least {least} fields"
            )
            issues.append(Issue(path, "minProperties", detail))
        if "maxProperties" in schema and count > schema["maxProperties"]:
            issues.append(
                Issue(
                    path,
                    "maxProperties",
                    f"has {count} keys, at most {schema['maxProperties']} allowed",
                )
            )
        for name, needs in schema.get("dependentRequired", {}).items():
            if name in value:
                for other in needs:
                    if other not in value:
                        issues.append(
                            Issue((*path, other), "dependentRequired", f"is required with {name}")
                        )
        names = schema.get("propertyNames")
        if names is not None:
            for key in value:
                self._check(names, key, (*path, key), issues)
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            sub = properties.get(key)
            if sub is not None:
                self._check(sub, item, (*path, key), issues)
            elif extra is False:
                issues.append(Issue((*path, key), "additionalProperties", "is not a known field"))
            elif extra is not True:
                self._check(extra, item, (*path, key), issues)
            if self._full(issues):
                return

    def _check_combined(
        self, keyword: str, subschemas: Any, value: Any, path: Path, issues: list[Issue]
    ) -> None:
        if keyword == "not":
            if not self.validate(subschemas, value, path):
                issues.append(Issue(path, "not", "matches a schema it must not match"))
            return
        results = [self.validate(sub, value, path) for sub in subschemas]
        if keyword == "allOf":
            for found in results:
                issues.extend(found)
            return
        passed = sum(1 for found in results if not found)
        if keyword == "anyOf" and passed:
            return
        if keyword == "oneOf" and passed == 1:
            return
        if keyword == "oneOf" and passed > 1:
            issues.append(Issue(path, "oneOf", f"matches {passed} schemas, exactly one allowed"))
            return
        # None matched: report the branch whose type fits the value, else the types expected.
        fitting = [found for found in results if found and found[0].rule != "type"]
        if len(fitting) == 1:
            issues.extend(fitting[0])
            return
        kinds: list[str] = []
        for sub in subschemas:
            kind = self.resolve(sub).get("type", "object")
            kinds.extend([kind] if isinstance(kind, str) else kind)
        wanted = " or ".join(dict.fromkeys(kinds))
        issues.append(Issue(path, keyword, f"must be {wanted}, not {json_type(value)}"))
