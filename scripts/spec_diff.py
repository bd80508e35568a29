#!/usr/bin/env python3
"""Drift report between two versions of the Monk OpenAPI spec: what changed, and what breaks.

    python scripts/spec_diff.py OLD NEW                      markdown report on stdout
    python scripts/spec_diff.py OLD NEW --format json        the same changes as a JSON list
    python scripts/spec_diff.py OLD NEW --fail-on-breaking   exit 1 if anything breaks
    python scripts/spec_diff.py OLD NEW --current-version 1.2.0   open with the proposed release

OLD and NEW are each an OpenAPI document (.json, .yaml or .yml) or a directory of them. A
directory holding OpenAPI YAMLs (*.yaml, *.yml) is read as the bundle of those YAMLs (bundled as
scripts/regenerate.py bundles openapi.json: scripts/openapi_spec.py), and any openapi.json beside
them is ignored: the YAMLs are the source and the bundle is derived from them. A directory
without OpenAPI YAMLs is read as the bundle of its JSON documents (usually just openapi.json,
read as it is). Files without an `openapi` key (manifest.json) are skipped.

Operations are matched by `METHOD /path` (or by path template when only a path parameter was
renamed) and compared with local $refs resolved and allOf/oneOf/anyOf merged; fields are named by
dotted paths as in the docs (`data.blocks[].status`; `metadata.*` for additionalProperties). Each
change is breaking, an addition, or other. Exit status: 0, or 1 with --fail-on-breaking when a change is breaking, or 2
when an input cannot be read. Needs PyYAML only for YAML inputs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))
import openapi_spec

Spec = dict[str, Any]
FieldPath = tuple[str, ...]
Direction = Literal["request", "response"]
Category = Literal["breaking", "addition", "other"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAMETER_LOCATIONS = ("path", "query", "header", "cookie")
YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)
MAX_DEPTH = 64  # inline nesting deeper than this is cut (guards cyclic YAML anchors)
NO_CHANGES = "No changes."


class SpecError(ValueError):
    """An input that cannot be read as an OpenAPI document; the message names the file."""


# --- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One difference between the two specs, and whether it breaks existing clients."""

    kind: str  # e.g. "operation-removed", "field-added", "enum-value-removed"
    location: str  # "GET /v1/customers", "components.schemas.Customer" or "servers"
    detail: str  # one human line, fields in backticks
    breaking: bool
    operation_id: str | None = None  # the operation's operationId, when location is one
    field: str | None = None  # the field or parameter concerned (dotted path), if any

    @property
    def category(self) -> Category:
        """breaking, addition (something new and harmless) or other."""
        if self.breaking:
            return "breaking"
        return "addition" if self.kind.endswith("-added") else "other"


@dataclass
class Report:
    """Every change found, in a stable order (location, field, kind, detail)."""

    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        """The changes that break existing clients (or the generated SDK's API)."""
        return [c for c in self.changes if c.category == "breaking"]

    @property
    def additions(self) -> list[Change]:
        """New operations, optional fields, enum values...: nothing existing breaks."""
        return [c for c in self.changes if c.category == "addition"]

    @property
    def other(self) -> list[Change]:
        """Changes that are neither breaking nor additions (e.g. a field made optional)."""
        return [c for c in self.changes if c.category == "other"]


# --- loading -------------------------------------------------------------------------------


def _read_document(path: Path) -> Any:
    """Parse one file as JSON or YAML, by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in JSON_SUFFIXES + YAML_SUFFIXES:
        raise SpecError(f"{path}: not a .json, .yaml or .yml file")
    try:
        text = path.read_text(encoding="utf-8")
        return json.loads(text) if suffix in JSON_SUFFIXES else openapi_spec.load_yaml(text)
    except Exception as exc:  # any read or parse failure means the same thing
        raise SpecError(f"{path}: does not parse: {exc}") from exc


def _is_openapi(doc: Any) -> bool:
    return isinstance(doc, Mapping) and "openapi" in doc


def load_spec(path: str | Path) -> Spec:
    """Read an OpenAPI file, or bundle a directory of them (see the module docstring)."""
    path = Path(path)
    if path.is_dir():
        return _load_directory(path)
    if not path.is_file():
        raise SpecError(f"{path}: no such file or directory")
    doc = _read_document(path)
    if not _is_openapi(doc):
        raise SpecError(f"{path}: not an OpenAPI document (no 'openapi' key)")
    return dict(doc)


def _load_directory(directory: Path) -> Spec:
    """Bundle the directory's OpenAPI YAMLs when there are any, else its OpenAPI JSON files."""
    files = sorted(p for p in directory.iterdir() if p.is_file())
    for suffixes in (YAML_SUFFIXES, JSON_SUFFIXES):
        docs: dict[str, Mapping[str, Any]] = {}
        for p in files:
            if p.suffix.lower() in suffixes:
                doc = _read_document(p)
                if _is_openapi(doc):
                    docs[p.name] = doc
        if len(docs) == 1:
            return dict(*docs.values())
        if docs:
            try:
                return openapi_spec.bundle(docs)
            except (AttributeError, TypeError, ValueError) as exc:  # BundleError, or malformed
                raise SpecError(f"{directory}: {exc}") from exc
    raise SpecError(f"{directory}: no OpenAPI document (*.yaml, *.yml, *.json) in it")


# --- helpers -------------------------------------------------------------------------------


def _mapping(value: Any) -> Mapping[Any, Any]:
    """The value if it is a mapping, else an empty one (incomplete documents are tolerated)."""
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _resolve_pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """The node a local $ref ('#/components/...') points at, or None."""
    try:
        return openapi_spec.resolve_ref(spec, ref)
    except (LookupError, TypeError, ValueError):  # not local, or a broken pointer: tolerated
        return None


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow a chain of $refs (parameters, request bodies, responses) to the real object."""
    try:
        return openapi_spec.resolve(spec, node)
    except (LookupError, TypeError, ValueError):  # a broken chain or a loop: left as it is
        return node


def _value(repr_: str) -> str:
    """An enum value for display: strings bare, anything else as JSON."""
    value = json.loads(repr_)
    return value if isinstance(value, str) else repr_


def _values(reprs: Iterable[str]) -> str:
    return ", ".join(f"`{_value(r)}`" for r in sorted(reprs))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


# --- schemas: summarize, merge, flatten ----------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """What a schema says once $refs and allOf/oneOf/anyOf are resolved."""

    types: frozenset[str] = frozenset()  # without "null"; empty means any
    formats: frozenset[str] = frozenset()
    nullable: bool = False
    null_only: bool = False  # {type: "null"}: contributes only nullability to a union
    enum: frozenset[str] | None = None  # JSON reprs of the non-null values
    props: Mapping[str, _Shape] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: _Shape | None = None
    extra: _Shape | None = None  # additionalProperties
    recursive: str | None = None  # the $ref where expansion stopped, to break a cycle


def _own_types(schema: Mapping[str, Any]) -> tuple[frozenset[str], bool, bool]:
    """(types without null, nullable, only null) from `type` and 3.0's `nullable`."""
    raw = schema.get("type")
    declared = {raw} if isinstance(raw, str) else {t for t in _list(raw) if isinstance(t, str)}
    nullable = "null" in declared or schema.get("nullable") is True
    types = frozenset(declared - {"null"})
    if not types and not declared:
        if "properties" in schema or isinstance(schema.get("additionalProperties"), Mapping):
            types = frozenset({"object"})
        elif "items" in schema:
            types = frozenset({"array"})
    return types, nullable, declared == {"null"}


def _enum_reprs(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(json.dumps(v, sort_keys=True, default=str) for v in values)


def _summarize(spec: Mapping[str, Any], schema: Any, seen: frozenset[str], depth: int) -> _Shape:
    """Resolve one schema into a _Shape; `seen` holds the $refs being expanded (recursion)."""
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        return _Shape()
    parts: list[_Shape] = []
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = _resolve_pointer(spec, ref)
        if not isinstance(target, Mapping):
            parts.append(_Shape(types=frozenset({f"$ref {ref}"})))
        elif ref in seen:  # recursive: stop here, keep what the type is
            types, nullable, _ = _own_types(target)
            cut = _Shape(types=types or frozenset({"object"}), nullable=nullable, recursive=ref)
            parts.append(cut)
        else:
            parts.append(_summarize(spec, target, seen | {ref}, depth + 1))
    types, nullable, null_only = _own_types(schema)
    enum: frozenset[str] | None = None
    if isinstance(schema.get("enum"), list):
        values = schema["enum"]
        nullable = nullable or None in values
        enum = _enum_reprs(v for v in values if v is not None)
    if "const" in schema:
        if schema["const"] is None:
            nullable = True
        else:
            enum = _enum_reprs([schema["const"]])
    props = {
        str(name): _summarize(spec, sub, seen, depth + 1)
        for name, sub in _mapping(schema.get("properties")).items()
    }
    items = schema.get("items")
    extra = schema.get("additionalProperties")
    fmt = schema.get("format")
    parts.append(
        _Shape(
            types=types,
            formats=frozenset({fmt}) if isinstance(fmt, str) else frozenset(),
            nullable=nullable,
            null_only=null_only,
            enum=enum,
            props=props,
            required=frozenset(str(r) for r in _list(schema.get("required"))),
            items=_summarize(spec, items, seen, depth + 1) if isinstance(items, Mapping) else None,
            extra=_summarize(spec, extra, seen, depth + 1) if isinstance(extra, Mapping) else None,
        )
    )
    parts.extend(_summarize(spec, sub, seen, depth + 1) for sub in _list(schema.get("allOf")))
    for key in ("oneOf", "anyOf"):
        variants = _list(schema.get(key))
        if variants:
            parts.append(_merge_any([_summarize(spec, v, seen, depth + 1) for v in variants]))
    return _merge_all(parts)


def _merge_children(
    shapes: list[_Shape], merge: Callable[[list[_Shape]], _Shape]
) -> tuple[dict[str, _Shape], _Shape | None, _Shape | None]:
    """Properties, items and additionalProperties of several shapes, merged name by name."""
    by_name: dict[str, list[_Shape]] = {}
    for s in shapes:
        for name, sub in s.props.items():
            by_name.setdefault(name, []).append(sub)
    props = {n: subs[0] if len(subs) == 1 else merge(subs) for n, subs in by_name.items()}
    items = [s.items for s in shapes if s.items is not None]
    extra = [s.extra for s in shapes if s.extra is not None]
    return props, merge(items) if items else None, merge(extra) if extra else None


def _merge_all(parts: list[_Shape]) -> _Shape:
    """allOf: everything every part says (types and properties united, required united)."""
    if len(parts) == 1:
        return parts[0]
    types = frozenset().union(*(p.types for p in parts))
    enums = [p.enum for p in parts if p.enum is not None]
    props, items, extra = _merge_children(parts, _merge_all)
    return _Shape(
        types=types,
        formats=frozenset().union(*(p.formats for p in parts)),
        nullable=any(p.nullable for p in parts),
        null_only=any(p.null_only for p in parts) and not types,
        enum=frozenset.intersection(*enums) if enums else None,
        props=props,
        required=frozenset().union(*(p.required for p in parts)),
        items=items,
        extra=extra,
        recursive=next((p.recursive for p in parts if p.recursive), None),
    )


def _merge_any(variants: list[_Shape]) -> _Shape:
    """oneOf/anyOf: any variant may hold (types united, a field required only if in all)."""
    nullable = any(v.nullable or v.null_only for v in variants)
    real = [v for v in variants if not v.null_only]
    if not real:
        return _Shape(nullable=True, null_only=True)
    if len(real) == 1:
        return replace(real[0], nullable=nullable)
    objects = [v for v in real if "object" in v.types or v.props]
    props, items, extra = _merge_children(real, _merge_any)
    enums = [v.enum for v in real if v.enum is not None]
    return _Shape(
        types=frozenset()
        if any(not v.types for v in real)
        else frozenset().union(*(v.types for v in real)),
        formats=frozenset().union(*(v.formats for v in real)),
        nullable=nullable,
        enum=frozenset().union(*enums) if len(enums) == len(real) else None,
        props=props,
        required=frozenset.intersection(*(v.required for v in objects)) if objects else frozenset(),
        items=items,
        extra=extra,
        recursive=next((v.recursive for v in real if v.recursive), None),
    )


@dataclass(frozen=True)
class _Field:
    """One field of a flattened schema (the root is the empty path)."""

    types: frozenset[str]
    formats: frozenset[str]
    nullable: bool
    required: bool  # required in its parent object
    enum: frozenset[str] | None
    recursive: str | None


def _flatten(
    shape: _Shape,
    path: FieldPath = (),
    required: bool = True,
    out: dict[FieldPath, _Field] | None = None,
) -> dict[FieldPath, _Field]:
    """Every field of a shape by path: ('data', 'blocks', '[]', 'status') for arrays' items."""
    out = {} if out is None else out
    out[path] = _Field(
        shape.types, shape.formats, shape.nullable, required, shape.enum, shape.recursive
    )
    for name in sorted(shape.props):
        _flatten(shape.props[name], (*path, name), name in shape.required, out)
    if shape.items is not None:
        _flatten(shape.items, (*path, "[]"), True, out)
    if shape.extra is not None:
        _flatten(shape.extra, (*path, "*"), False, out)
    return out


def _schema_fields(
    spec: Mapping[str, Any], schema: Any, ref: str | None = None
) -> dict[FieldPath, _Field]:
    seen = frozenset({ref}) if ref else frozenset()
    return _flatten(_summarize(spec, schema, seen, 0))


def field_path(path: FieldPath) -> str:
    """A field path as the docs write it: data.blocks[].status (metadata.* for map values)."""
    text = ""
    for segment in path:
        text += segment if segment == "[]" else ("." if text else "") + segment
    return text


def _type_text(f: _Field) -> str:
    """e.g. `string (date-time)`, `integer|string`, `object (recursive Node)`."""
    text = "|".join(sorted(f.types)) or "any"
    if f.formats:
        text += f" ({_format_text(f)})"
    if f.recursive:
        text += f" (recursive {f.recursive.rsplit('/', 1)[-1]})"
    return text


def _format_text(f: _Field) -> str:
    return "|".join(sorted(f.formats)) or "none"


# --- comparing fields ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Finding:
    """A change found inside one schema, before it is given a location."""

    kind: str
    detail: str
    breaking: bool
    field: str | None


def _diff_fields(
    old: Mapping[FieldPath, _Field],
    new: Mapping[FieldPath, _Field],
    *,
    root: str,
    prefix: str,
    direction: Direction,
    root_name: str | None = None,
) -> list[_Finding]:
    """Compare two flattened schemas. Direction says whose code breaks: request or response.

    `root` names the schema itself ("request body"), `prefix` comes before a field ("response
    200"), `root_name` is the Change.field of the root (a parameter's name). A removed, added or
    retyped field implies whatever happened beneath it, so its descendants are not reported.
    """
    request = direction == "request"
    found: list[_Finding] = []
    implied: set[FieldPath] = set()

    def add(kind: str, text: str, breaking: bool, path: FieldPath) -> None:
        if not path:
            subject, name = root, root_name
        else:
            name = f"{root_name}.{field_path(path)}" if root_name else field_path(path)
            subject = f"{prefix} field `{field_path(path)}`".lstrip()
        found.append(_Finding(kind, f"{subject} {text}", breaking, name))

    for path in sorted(set(old) | set(new), key=lambda p: tuple((s.casefold(), s) for s in p)):
        if any(path[:i] in implied for i in range(len(path))):
            continue
        was, now = old.get(path), new.get(path)
        if now is None:
            implied.add(path)
            add("field-removed", "removed", True, path)
            continue
        if was is None:
            implied.add(path)
            if request and now.required:
                add("field-added", "added (required)", True, path)
            else:
                add(
                    "field-added",
                    "added" + (" (required)" if now.required and path else ""),
                    False,
                    path,
                )
            continue
        if (was.types, was.recursive) != (now.types, now.recursive):
            implied.add(path)
            add(
                "type-changed",
                f"type changed: `{_type_text(was)}` → `{_type_text(now)}`",
                True,
                path,
            )
            continue
        if was.formats != now.formats:
            text = f"format changed: `{_format_text(was)}` → `{_format_text(now)}`"
            add("type-changed", text, True, path)
        if path and was.required != now.required:
            if now.required:  # a client must now send it; a response now always has it
                add("field-required", "made required", request, path)
            else:  # a client may omit it; a response may now lack it
                add("field-optional", "made optional", not request, path)
        if was.nullable != now.nullable:
            if now.nullable:  # responses: the generated attribute widens to `X | None`
                add("field-nullable", "made nullable", not request, path)
            else:  # requests: null is refused; responses: the regenerated parser refuses null
                add("field-not-nullable", "no longer nullable", True, path)
        if was.enum != now.enum:
            if was.enum is None and now.enum is not None:
                add("enum-restricted", f"restricted to enum {_values(now.enum)}", True, path)
            elif was.enum is not None and now.enum is None:
                add("enum-unrestricted", "no longer restricted to an enum", not request, path)
            elif was.enum is not None and now.enum is not None:
                if gone := was.enum - now.enum:
                    word = "value" if len(gone) == 1 else "values"
                    add("enum-value-removed", f"enum {word} {_values(gone)} removed", True, path)
                if new_values := now.enum - was.enum:
                    word = "value" if len(new_values) == 1 else "values"
                    add("enum-value-added", f"enum {word} {_values(new_values)} added", False, path)
    return found


# --- operations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    path: str
    method: str
    item: Mapping[str, Any]
    op: Mapping[str, Any]

    @property
    def location(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        oid = self.op.get("operationId")
        return str(oid) if oid is not None else None


def _operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], _Operation]:
    ops: dict[tuple[str, str], _Operation] = {}
    for path, raw_item in _mapping(spec.get("paths")).items():
        item = _mapping(raw_item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                ops[(str(path), method)] = _Operation(str(path), method, item, item[method])
    return ops


def _template(path: str) -> str:
    """A path with its parameter names blanked: /v1/x/{id} and /v1/x/{xId} are one endpoint."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


def _pair_operations(
    old: Mapping[tuple[str, str], _Operation], new: Mapping[tuple[str, str], _Operation]
) -> tuple[list[tuple[_Operation, _Operation]], list[_Operation], list[_Operation]]:
    """Match operations by method and path, then by method and path template (renamed params)."""
    pairs = [(old[k], new[k]) for k in sorted(set(old) & set(new))]
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}

    def by_template(
        ops: Mapping[tuple[str, str], _Operation],
    ) -> dict[tuple[str, str], list[_Operation]]:
        out: dict[tuple[str, str], list[_Operation]] = {}
        for (path, method), op in ops.items():
            out.setdefault((_template(path), method), []).append(op)
        return out

    old_t, new_t = by_template(removed), by_template(added)
    for key in sorted(set(old_t) & set(new_t)):
        if len(old_t[key]) == 1 and len(new_t[key]) == 1:
            o, n = old_t[key][0], new_t[key][0]
            pairs.append((o, n))
            del removed[(o.path, o.method)]
            del added[(n.path, n.method)]
    return pairs, list(removed.values()), list(added.values())


def _parameters(
    spec: Mapping[str, Any], operation: _Operation
) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Path-item and operation parameters by (in, name); the operation's override."""
    params: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in _list(operation.item.get("parameters")) + _list(operation.op.get("parameters")):
        param = _deref(spec, raw)
        if isinstance(param, Mapping):
            key = (str(param.get("in", "?")), str(param.get("name", param.get("$ref", "?"))))
            params[key] = param
    return params


def _parameter_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in _mapping(param.get("content")).values():
        return _mapping(media).get("schema")
    return None


def _parameter_order(key: tuple[str, str]) -> tuple[int, str, str]:
    """Path parameters first, then query, header and cookie ones, each by name."""
    where, name = key
    rank = PARAMETER_LOCATIONS.index(where) if where in PARAMETER_LOCATIONS else 9
    return rank, name.casefold(), name


def _parameter_kind(kind: str) -> str:
    """field-removed -> parameter-removed, type-changed -> parameter-type-changed; enums stay."""
    if kind.startswith("field-"):
        return "parameter-" + kind.removeprefix("field-")
    return "parameter-type-changed" if kind == "type-changed" else kind


def _is_required(param: Mapping[str, Any]) -> bool:
    return param.get("in") == "path" or param.get("required") is True


def _diff_parameters(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old: _Operation, new: _Operation
) -> list[_Finding]:
    was, now = _parameters(old_spec, old), _parameters(new_spec, new)
    found: list[_Finding] = []
    for key in sorted(set(was) | set(now), key=_parameter_order):
        where, name = key
        label = f"parameter `{name}` ({where})"
        if key not in now:
            found.append(_Finding("parameter-removed", f"{label} removed", True, name))
            continue
        if key not in was:
            required = _is_required(now[key])
            text = f"{label} added" + (" (required)" if required else "")
            found.append(_Finding("parameter-added", text, required, name))
            continue
        if _is_required(was[key]) != _is_required(now[key]):
            if _is_required(now[key]):
                found.append(_Finding("parameter-required", f"{label} made required", True, name))
            else:
                found.append(_Finding("parameter-optional", f"{label} made optional", False, name))
        found.extend(
            replace(f, kind=_parameter_kind(f.kind))
            for f in _diff_fields(
                _schema_fields(old_spec, _parameter_schema(was[key])),
                _schema_fields(new_spec, _parameter_schema(now[key])),
                root=label,
                prefix=label,
                direction="request",
                root_name=name,
            )
        )
    return found


def _content(
    old_spec: Mapping[str, Any],
    new_spec: Mapping[str, Any],
    was: Mapping[str, Any],
    now: Mapping[str, Any],
    *,
    where: str,
    direction: Direction,
) -> list[_Finding]:
    """Compare the media types of two request bodies or responses, and their schemas."""
    old_media = {str(k): _mapping(v) for k, v in _mapping(was.get("content")).items()}
    new_media = {str(k): _mapping(v) for k, v in _mapping(now.get("content")).items()}
    found: list[_Finding] = []
    for mt in sorted(set(old_media) - set(new_media)):
        found.append(
            _Finding("media-type-removed", f"{where} media type `{mt}` removed", True, None)
        )
    for mt in sorted(set(new_media) - set(old_media)):
        found.append(_Finding("media-type-added", f"{where} media type `{mt}` added", False, None))
    common = sorted(set(old_media) & set(new_media))
    for mt in common:
        label = f"{where} ({mt})" if len(common) > 1 else where
        body = f"{label} body" if direction == "response" else label
        found.extend(
            _diff_fields(
                _schema_fields(old_spec, old_media[mt].get("schema")),
                _schema_fields(new_spec, new_media[mt].get("schema")),
                root=body,
                prefix=label,
                direction=direction,
            )
        )
    return found


def _diff_request_body(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old: _Operation, new: _Operation
) -> list[_Finding]:
    was = _mapping(_deref(old_spec, old.op.get("requestBody")))
    now = _mapping(_deref(new_spec, new.op.get("requestBody")))
    if not was and not now:
        return []
    if not now:
        return [_Finding("request-body-removed", "request body removed", True, None)]
    required = now.get("required") is True
    if not was:
        text = "request body added" + (" (required)" if required else "")
        return [_Finding("request-body-added", text, required, None)]
    found: list[_Finding] = []
    if (was.get("required") is True) != required:
        if required:
            found.append(
                _Finding("request-body-required", "request body made required", True, None)
            )
        else:
            found.append(
                _Finding("request-body-optional", "request body made optional", False, None)
            )
    return found + _content(old_spec, new_spec, was, now, where="request body", direction="request")


def _is_success(status: str) -> bool:
    return status.upper() == "2XX" or (len(status) == 3 and status.startswith("2"))


def _diff_responses(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old: _Operation, new: _Operation
) -> list[_Finding]:
    """Status codes added and removed; the bodies of 2xx responses, field by field.

    The same finding for several status codes (200 and 201 with one schema) is one line.
    """
    was = {
        str(k): _mapping(_deref(old_spec, v)) for k, v in _mapping(old.op.get("responses")).items()
    }
    now = {
        str(k): _mapping(_deref(new_spec, v)) for k, v in _mapping(new.op.get("responses")).items()
    }
    found: list[_Finding] = []
    for status in sorted(set(was) - set(now)):
        found.append(
            _Finding("status-removed", f"response {status} removed", _is_success(status), None)
        )
    for status in sorted(set(now) - set(was)):
        found.append(_Finding("status-added", f"response {status} added", False, None))
    grouped: dict[_Finding, list[str]] = {}
    placeholder = "\x00"
    for status in sorted(set(was) & set(now)):
        if not _is_success(status):
            continue
        where = f"response {placeholder}"
        has_old, has_new = bool(was[status].get("content")), bool(now[status].get("content"))
        if has_old and not has_new:
            findings = [_Finding("response-body-removed", f"{where} body removed", True, None)]
        elif has_new and not has_old:
            findings = [_Finding("response-body-added", f"{where} body added", False, None)]
        else:
            findings = _content(
                old_spec, new_spec, was[status], now[status], where=where, direction="response"
            )
        for f in findings:
            grouped.setdefault(f, []).append(status)
    for f, statuses in grouped.items():
        found.append(replace(f, detail=f.detail.replace(placeholder, "/".join(statuses))))
    return found


def _server_urls(servers: Any) -> dict[str, str]:
    """url -> description of a servers list."""
    out: dict[str, str] = {}
    for server in _list(servers):
        if isinstance(server, Mapping) and "url" in server:
            out[str(server["url"])] = str(server.get("description", ""))
    return out


def _override_servers(operation: _Operation) -> Any:
    """The servers an operation or its path item sets, or None when it inherits the top level."""
    for node in (operation.op, operation.item):
        if isinstance(node.get("servers"), list):
            return node["servers"]
    return None


def _diff_operation_servers(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old: _Operation, new: _Operation
) -> list[_Finding]:
    """Servers set on the operation or its path; inherited top-level changes are reported once."""
    was, now = _override_servers(old), _override_servers(new)
    if was is None and now is None:
        return []
    old_urls = _server_urls(old_spec.get("servers") if was is None else was)
    new_urls = _server_urls(new_spec.get("servers") if now is None else now)
    return _server_findings(old_urls, new_urls)


def _server_findings(old: Iterable[str], new: Iterable[str]) -> list[_Finding]:
    """One line for a change of server URLs: breaking when a URL the SDK used is gone."""
    gone, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))

    def urls(values: list[str]) -> str:
        return ", ".join(f"`{u}`" for u in values)

    if gone and added:
        text = f"servers changed: {urls(gone)} → {urls(added)}"
        return [_Finding("servers-changed", text, True, None)]
    if gone:
        text = f"{'server' if len(gone) == 1 else 'servers'} {urls(gone)} removed"
        return [_Finding("server-removed", text, True, None)]
    if added:
        text = f"{'server' if len(added) == 1 else 'servers'} {urls(added)} added"
        return [_Finding("server-added", text, False, None)]
    return []


def _diff_operation(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old: _Operation, new: _Operation
) -> list[_Finding]:
    found: list[_Finding] = []
    if old.path != new.path:
        found.append(_Finding("path-changed", f"path changed from `{old.path}`", False, None))
    if old.operation_id != new.operation_id:
        text = (
            f"operationId changed: `{old.operation_id}` → `{new.operation_id}` "
            "(the generated function is renamed)"
        )
        found.append(_Finding("operation-id-changed", text, True, None))
    if bool(old.op.get("deprecated")) != bool(new.op.get("deprecated")):
        text = "operation deprecated" if new.op.get("deprecated") else "operation undeprecated"
        found.append(_Finding("operation-deprecated", text, False, None))
    found += _diff_operation_servers(old_spec, new_spec, old, new)
    found += _diff_parameters(old_spec, new_spec, old, new)
    found += _diff_request_body(old_spec, new_spec, old, new)
    found += _diff_responses(old_spec, new_spec, old, new)
    return found


# --- components and servers ----------------------------------------------------------------

SCHEMA_PREFIX = "#/components/schemas/"


def _referenced_schemas(spec: Mapping[str, Any]) -> set[str]:
    """Names of the component schemas reachable from the paths (through any chain of $refs)."""
    names: set[str] = set()
    visited: set[int] = set()
    stack: list[Any] = [spec.get("paths")]
    while stack:
        node = stack.pop()
        if not isinstance(node, Mapping | list) or id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, list):
            stack.extend(node)
            continue
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_PREFIX):
                names.add(openapi_spec.ref_name(ref))
            stack.append(_resolve_pointer(spec, ref))
        stack.extend(node.values())
    return names


def _diff_components(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    """Schemas added and removed; schemas no operation uses (webhook payloads) field by field."""
    was = {
        str(k): v for k, v in _mapping(_mapping(old_spec.get("components")).get("schemas")).items()
    }
    now = {
        str(k): v for k, v in _mapping(_mapping(new_spec.get("components")).get("schemas")).items()
    }
    changes: list[Change] = []
    for name in sorted(set(was) - set(now)):
        location = f"components.schemas.{name}"
        text = f"schema `{name}` removed (its generated model is gone)"
        changes.append(Change("schema-removed", location, text, True))
    for name in sorted(set(now) - set(was)):
        changes.append(
            Change("schema-added", f"components.schemas.{name}", f"schema `{name}` added", False)
        )
    used = _referenced_schemas(old_spec) | _referenced_schemas(new_spec)
    for name in sorted((set(was) & set(now)) - used):
        ref = SCHEMA_PREFIX + name.replace("~", "~0").replace("/", "~1")
        for f in _diff_fields(
            _schema_fields(old_spec, was[name], ref),
            _schema_fields(new_spec, now[name], ref),
            root="schema",
            prefix="",
            direction="response",
        ):
            changes.append(
                Change(f.kind, f"components.schemas.{name}", f.detail, f.breaking, None, f.field)
            )
    return changes


def _diff_servers(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    was, now = _server_urls(old_spec.get("servers")), _server_urls(new_spec.get("servers"))
    changes = [Change(f.kind, "servers", f.detail, f.breaking) for f in _server_findings(was, now)]
    changes += [
        Change("server-changed", "servers", f"server `{url}` description changed", False)
        for url in sorted(set(was) & set(now))
        if was[url] != now[url]
    ]
    return changes


# --- the diff ------------------------------------------------------------------------------


def _sort_key(change: Change) -> tuple[Any, ...]:
    """Servers first, then operations by path and method, then components.

    Within one location the order is the order of discovery, itself sorted section by section
    (operation, servers, parameters, request body, responses; fields by path).
    """
    if change.location == "servers":
        where: tuple[Any, ...] = (0, "", 0)
    elif " " in change.location:
        method, _, path = change.location.partition(" ")
        rank = HTTP_METHODS.index(method.lower()) if method.lower() in HTTP_METHODS else 99
        where = (1, path, rank)
    else:
        where = (2, change.location, 0)
    return where


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> Report:
    """Every change from `old` to `new`, each flagged breaking or not, in a stable order."""
    changes = _diff_servers(old, new)
    old_ops, new_ops = _operations(old), _operations(new)
    pairs, removed, added = _pair_operations(old_ops, new_ops)
    for op in removed:
        changes.append(
            Change("operation-removed", op.location, "operation removed", True, op.operation_id)
        )
    for op in added:
        changes.append(
            Change("operation-added", op.location, "operation added", False, op.operation_id)
        )
    for o, n in pairs:
        for f in _diff_operation(old, new, o, n):
            changes.append(
                Change(f.kind, n.location, f.detail, f.breaking, n.operation_id, f.field)
            )
    changes += _diff_components(old, new)
    return Report(sorted(dict.fromkeys(changes), key=_sort_key))


# --- rendering -----------------------------------------------------------------------------


def _line(change: Change) -> str:
    oid = f" ({change.operation_id})" if change.operation_id else ""
    return f"- `{change.location}`{oid}: {change.detail}"


def summary(report: Report) -> str:
    """One line of counts, e.g. '**⚠ 2 breaking changes**, 1 addition, 0 other changes.'."""
    n = len(report.breaking)
    rest = (
        f"{_plural(len(report.additions), 'addition')}, "
        f"{_plural(len(report.other), 'other change')}."
    )
    if n:
        return f"**⚠ {_plural(n, 'breaking change')}**, {rest}"
    return f"No breaking changes; {rest}"


def render_markdown(report: Report) -> str:
    """The report as markdown (a PR body): breaking changes first, then additions, then other."""
    if not report.changes:
        return NO_CHANGES
    lines = ["# API spec drift", "", summary(report)]
    for title, changes in (
        ("## ⚠ Breaking changes", report.breaking),
        ("## Additions", report.additions),
        ("## Other changes", report.other),
    ):
        if changes:
            lines += ["", title, "", *(_line(c) for c in changes)]
    return "\n".join(lines)


def render_json(report: Report) -> str:
    """The changes as a JSON list (empty when nothing changed), one object per change."""
    return json.dumps(
        [
            {
                "category": c.category,
                "breaking": c.breaking,
                "kind": c.kind,
                "location": c.location,
                "operation_id": c.operation_id,
                "field": c.field,
                "detail": c.detail,
            }
            for c in report.changes
        ],
        indent=2,
        ensure_ascii=False,
    )


# --- the version bump ----------------------------------------------------------------------

Bump = Literal["major", "minor", "patch"]


def proposed_bump(report: Report) -> Bump | None:
    """The SemVer part a release of this change must raise (docs/versioning.md).

    Breaking (an operation, a field or an enum value removed, a type changed, a field made
    required): major. Additions (a new operation, an optional field, an enum value): minor.
    Anything else that changes the generated client (descriptions, a field made optional):
    patch. Nothing changed: None.
    """
    if not report.changes:
        return None
    if report.breaking:
        return "major"
    return "minor" if report.additions else "patch"


def next_version(version: str, bump: Bump) -> str:
    """``1.4.2`` raised by ``bump``; a pre-release or local suffix is dropped."""
    found = re.match(r"^(\d+)\.(\d+)\.(\d+)", version)
    if not found:
        raise SpecError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = map(int, found.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def render_bump(report: Report, version: str) -> str:
    """The markdown paragraph a spec-sync pull request opens with: which release this needs."""
    bump = proposed_bump(report)
    if bump is None:
        return f"No release needed: the spec is unchanged (monk-sdk {version})."
    why = {
        "major": f"{_plural(len(report.breaking), 'breaking change')}",
        "minor": f"{_plural(len(report.additions), 'addition')}, nothing breaking",
        "patch": "no breaking change and no addition",
    }[bump]
    return (
        f"**Proposed release: {next_version(version, bump)}** ({bump} bump from {version}: "
        f"{why}; docs/versioning.md). Add a CHANGELOG.md entry and set "
        "`overlays/monk/_version.py` when releasing."
    )


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Print the drift report; 1 with --fail-on-breaking when something breaks, 2 on bad input."""
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", help="the previous spec: a file or a directory")
    parser.add_argument("new", help="the new spec: a file or a directory")
    parser.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help="markdown (default; a PR body) or a JSON list of the changes",
    )
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking"
    )
    parser.add_argument(
        "--current-version",
        metavar="X.Y.Z",
        help="open the markdown report with the release this change needs (docs/versioning.md)",
    )
    args = parser.parse_args(argv)
    try:
        report = diff_specs(load_spec(args.old), load_spec(args.new))
    except SpecError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(render_json(report))
    else:
        if args.current_version:
            try:
                print(render_bump(report, args.current_version), end="\n\n")
            except SpecError as exc:
                print(f"spec_diff: error: {exc}", file=sys.stderr)
                return 2
        print(render_markdown(report))
    return 1 if args.fail_on_breaking and report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
