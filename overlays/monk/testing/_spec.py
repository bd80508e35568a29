"""The vendored OpenAPI document as the mock uses it: routes, parameters, bodies, examples.

The package ships the same ``openapi.json`` the client was generated from; it is read on first
use, so ``import monk.testing`` stays cheap.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ._schema import Issue, Validator, resolve

_DECIMAL_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")  # a decimal-string amount

__all__ = ["Param", "Route", "RouteError", "Spec", "load_spec"]

METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
_PLACEHOLDER = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True, slots=True)
class Param:
    """A path, query or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Route:
    """One operation: where it lives, what it takes, and what it answers."""

    operation_id: str
    method: str  # upper case
    template: str
    host: str  # "rest" or "events"
    pattern: re.Pattern[str]
    literal_segments: int
    params: tuple[Param, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    authenticated: bool
    success_status: int
    operation: Mapping[str, Any] = field(repr=False)

    @property
    def key(self) -> str:
        """``GET /v1/customers/{customerId}``: how overrides may name a route."""
        return f"{self.method} {self.template}"


class RouteError(Exception):
    """No operation for a request: 404 (unknown path) or 405 (path known, method not)."""

    def __init__(self, status: int, message: str, allowed: tuple[str, ...] = ()) -> None:
        self.status = status
        self.allowed = allowed
        super().__init__(message)


class Spec:
    """Routes of the document, and its validator."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.validator = Validator(document)
        routes = list(_routes(document))
        # Most literal segments first: /budgets/usage before /budgets/{index}.
        routes.sort(key=lambda r: (-r.literal_segments, r.template))
        self.routes: tuple[Route, ...] = tuple(routes)
        self.by_id: dict[str, Route] = {r.operation_id: r for r in routes}
        self.by_key: dict[str, Route] = {r.key: r for r in routes}
        self._shared_examples: dict[str, dict[str, Any]] = {}

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route for ``method path`` and its path parameters, or :class:`RouteError`."""
        method = method.upper()
        allowed: list[str] = []
        literal = -1
        for route in self.routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            # OpenAPI: a concrete path is matched before a templated one, so /budgets/usage
            # is never /budgets/{index} with index "usage" (and Allow lists its methods only).
            if literal < 0:
                literal = route.literal_segments
            elif route.literal_segments < literal:
                break
            if route.method == method:
                return route, found.groupdict()
            allowed.append(route.method)
        if allowed:
            methods = tuple(dict.fromkeys(allowed))
            raise RouteError(
                405,
                f"{method} is not allowed on {path} (allowed: {', '.join(methods)})",
                methods,
            )
        raise RouteError(404, f"No route for {method} {path}")

    def find(self, name: str) -> Route:
        """A route by operationId (``getCustomer``) or ``METHOD /path/{template}``."""
        route = self.by_id.get(name) or self.by_key.get(_normal_key(name))
        if route is None:
            close = [r.operation_id for r in self.routes if name.lower() in r.operation_id.lower()]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KeyError(f"no operation {name!r} in the spec{hint}")
        return route

    def validate(
        self, schema: Mapping[str, Any], value: Any, path: tuple[str | int, ...] = ()
    ) -> list[Issue]:
        return self.validator.validate(schema, value, path)

    def example(self, route: Route) -> tuple[int, Any]:
        """The first documented 2xx response: (status, body); synthesised when none is shown."""
        for status, holder in route.operation.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            response = self.validator.resolve(holder)
            media = response.get("content", {}).get("application/json")
            if media is None:
                return int(status), None
            schema = media.get("schema", {})
            for named in media.get("examples", {}).values():
                example = self.validator.resolve(named)
                if "value" in example:
                    return int(status), self.amounts(
                        schema, json.loads(json.dumps(example["value"]))
                    )
            if "example" in media:
                return int(status), self.amounts(schema, json.loads(json.dumps(media["example"])))
            return int(status), self.sample(media.get("schema", {}))
        return 200, None

    def shared_examples(self, name: str) -> dict[str, Any]:
        """The named examples of ``components/responses/<name>`` (e.g. Unauthorized)."""
        found = self._shared_examples.get(name)
        if found is None:
            response = self.document.get("components", {}).get("responses", {}).get(name, {})
            media = response.get("content", {}).get("application/json", {})
            found = {
                key: self.validator.resolve(example).get("value")
                for key, example in media.get("examples", {}).items()
            }
            self._shared_examples[name] = found
        return found

    def response_schema(self, route: Route, status: int) -> Mapping[str, Any] | None:
        response = route.operation.get("responses", {}).get(str(status))
        if response is None:
            return None
        media = self.validator.resolve(response).get("content", {}).get("application/json")
        return None if media is None else media.get("schema")

    def amounts(self, schema: Mapping[str, Any], value: Any, depth: int = 0) -> Any:
        """``value`` with the docs' ``"<string>"`` stand-in for a decimal-string amount (any
        string that is not a decimal) replaced by ``"0.00"``: the client refuses it as money."""
        schema = self.validator.resolve(schema)
        if depth > 16:
            return value
        for keyword in ("anyOf", "oneOf"):
            for branch in schema.get(keyword, []):
                value = self.amounts(branch, value, depth + 1)
        if schema.get("x-monk-money") and isinstance(value, str):
            return value if _DECIMAL_TEXT.fullmatch(value) else "0.00"
        if isinstance(value, dict):
            props = schema.get("properties", {})
            return {k: self.amounts(props.get(k, {}), v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [self.amounts(schema.get("items", {}), v, depth + 1) for v in value]
        return value

    def sample(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A value that fits ``schema``, for operations the spec shows no example of."""
        schema = self.validator.resolve(schema)
        if depth > 8:
            return None
        if "enum" in schema:
            return schema["enum"][0]
        for keyword in ("anyOf", "oneOf", "allOf"):
            if keyword in schema:
                return self.sample(schema[keyword][0], depth + 1)
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            props = schema.get("properties", {})
            return {k: self.sample(v, depth + 1) for k, v in props.items()}
        if kind == "array":
            return []
        if kind == "string" and schema.get("x-monk-money"):
            return "0.00"
        if kind == "string":
            return {
                "date": "2026-01-01",
                "date-time": "2026-01-01T00:00:00.000Z",
                "uuid": "00000000-0000-4000-8000-000000000000",
            }.get(schema.get("format", ""), "string")
        return {"integer": 0, "number": 0, "boolean": False}.get(kind)


def _normal_key(name: str) -> str:
    method, _, path = name.strip().partition(" ")
    return f"{method.upper()} {path.strip()}"


def _routes(document: Mapping[str, Any]) -> Iterator[Route]:
    default_security = document.get("security", [])
    for template, item in document.get("paths", {}).items():
        shared = list(item.get("parameters", []))
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            servers = op.get("servers") or item.get("servers") or []
            host = "events" if any("events-api" in s.get("url", "") for s in servers) else "rest"
            params = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = resolve(document, raw)
                params[(param["in"], param["name"])] = Param(
                    param["name"],
                    param["in"],
                    bool(param.get("required")) or param["in"] == "path",
                    param.get("schema", {}),
                )
            body = resolve(document, op["requestBody"]) if "requestBody" in op else None
            media = (body or {}).get("content", {}).get("application/json")
            success = next((int(s) for s in op.get("responses", {}) if s.startswith("2")), 200)
            security = op.get("security", default_security)
            yield Route(
                operation_id=op["operationId"],
                method=method.upper(),
                template=template,
                host=host,
                pattern=_compile(template),
                literal_segments=sum(
                    1 for s in template.split("/") if s and not _PLACEHOLDER.fullmatch(s)
                ),
                params=tuple(params.values()),
                body_schema=None if media is None else media.get("schema", {}),
                body_required=bool(body and body.get("required")),
                # [] turns auth off; a requirement of {} makes it optional.
                authenticated=bool(security) and all(security),
                success_status=success,
                operation=op,
            )


def _compile(template: str) -> re.Pattern[str]:
    out = "^"
    last = 0
    for found in _PLACEHOLDER.finditer(template):
        out += re.escape(template[last : found.start()]) + f"(?P<{found.group(1)}>[^/]+)"
        last = found.end()
    # No optional trailing slash: /v1/meters/ is not /v1/meters (it is /v1/meters/{meterId}
    # with an empty id, which no route serves: 404).
    return re.compile(out + re.escape(template[last:]) + "$")


@functools.cache
def load_spec() -> Spec:
    """The spec shipped in this package, read once."""
    package = __name__.rpartition(".")[0]
    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    return Spec(json.loads(text))
