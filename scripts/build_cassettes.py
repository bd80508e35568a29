#!/usr/bin/env python3
"""Build the vcrpy cassettes of tests/test_cassettes.py from the spec's documented examples.

    python scripts/build_cassettes.py            (re)write tests/cassettes/<tag>/<operationId>[-<case>].yaml
    python scripts/build_cassettes.py --check    exit 1 when a cassette differs from what this writes
    python scripts/build_cassettes.py --out DIR  write them under DIR instead
    python scripts/build_cassettes.py --list     print the cases, one a line

One cassette holds one request and its response, taken from openapi/openapi.json:

- The primary case (``<operationId>.yaml``) pairs the operation's first request example with its
  first response example, under the first success status the spec lists.
- Every other request or response example is a case of its own, named after the example
  (``getCustomer-older-capture``, ``createEvent-guide-external-customer-id``,
  ``getUpcomingInvoice-no-active-contract``); an example missing on one side is paired with the
  other side's first example.
- A second documented success status (201 or 200, 200 or 202) is a ``-status-<code>`` case.
- Every operation has a 401 case (the Unauthorized examples, taken in turn) and a 403 case (the
  Forbidden example, naming the operation's own scope, as the docs say the message does).
- Operations the docs show no example for (inferred ones) get a response built from the schema:
  a documented instance of the same component schema when there is one, else the request's own
  values echoed back, else values from the schema (enum, default, an ``e.g. "..."`` in the
  description, a stable placeholder). Without a request example the request is the minimal valid
  one: the required fields, plus those the built response shows.

Path parameters get stable sample ids (the example's own id when it shows a real one, else one
documented elsewhere, else a fixed UUID); query parameters are the documented ones plus every one
with a default, since the generated client sends those. Requests go to the operation's first
server (https://api.monk.com, or https://events-api.monk.com for Events API paths). Responses
carry ``Content-Type: application/json`` and a stable ``x-request-id``. Nothing here depends on
the clock or on dict ordering outside the spec, so the output is byte-identical on every run.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import json
import re
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import openapi_spec
from openapi_spec import resolve

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
OUT = ROOT / "tests" / "cassettes"
METHODS = ("get", "post", "put", "patch", "delete")
SAMPLE_NAMESPACE = uuid.UUID("6f1c2a4e-0b7d-4c55-9a51-6d6f6e6b0000")  # fixed: stable sample ids
SAMPLE_DATETIME = "2026-03-01T00:00:00.000Z"
SAMPLE_DATE = "2026-03-01"
_EG = re.compile(r'e\.g\. "([^"]+)"')
_PLACEHOLDER = re.compile(r"^<[^>]*>$")  # the docs' "<string>" stand-ins are not ids
_DOCUMENTED_SCOPE = "customers:read"  # the scope the Forbidden example happens to name
_DATETIME_KEY = re.compile(r"(At|timestamp|^start|^end)$")
_DATE_KEY = re.compile(r"(Date|^date)$")

# Query parameters that the docs show for one case (anything else sends only the defaults).
# Sources: the older pages' curl lines (list-customers.md, list-invoices.md) and the
# "include=lineItems adds lineItems" rule of get-invoice.md / list-invoices.md.
DOCUMENTED_QUERIES: dict[tuple[str, str], dict[str, Any]] = {
    ("listCustomers", "older-capture"): {"limit": 10},
    ("listInvoices", "documented"): {"include": "lineItems"},
    ("listInvoices", "older-capture"): {"status": "Paid", "limit": 10},
    ("getInvoice", "documented"): {"include": "lineItems"},
}


@dataclass(frozen=True)
class Case:
    """One request/response exchange, and where its parts come from."""

    operation_id: str
    tag: str  # the cassette's directory: the operation's tag in snake_case
    case: str  # "" for the primary case, else e.g. "older-capture" or "401-invalid-key"
    method: str  # upper case
    host: str  # scheme and host, e.g. "https://api.monk.com"
    path: str  # with the sample ids filled in
    path_params: tuple[tuple[str, Any], ...]  # (name, value) in path order
    query: tuple[tuple[str, Any], ...]  # what a caller passes (documented for this case)
    sent_query: tuple[tuple[str, Any], ...]  # what goes on the wire: query plus the defaults
    body: Any  # the request JSON, None without a body
    status: int
    response: Any  # the response JSON
    source: str  # where the response came from, for people reading the test ids
    request_mismatch: str | None = None  # the spec's x-monk-schema-mismatch note, if any
    inferred: bool = field(default=False)  # True when the response was built from the schema

    @property
    def name(self) -> str:
        """The cassette's file stem: ``<operationId>`` or ``<operationId>-<case>``."""
        return f"{self.operation_id}-{self.case}" if self.case else self.operation_id

    @property
    def relpath(self) -> str:
        return f"{self.tag}/{self.name}.yaml"

    @property
    def uri(self) -> str:
        query = urlencode([(k, _query_text(v)) for k, v in self.sent_query])
        return f"{self.host}{self.path}" + (f"?{query}" if query else "")

    @property
    def request_id(self) -> str:
        return "req_" + hashlib.sha256(self.name.encode()).hexdigest()[:24]


# --- reading the spec ----------------------------------------------------------------------


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return openapi_spec.ref_name(node["$ref"])
    return None


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(method, path, path item, operation) in spec order."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item, item[method]


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _media(spec: dict[str, Any], holder: Any) -> dict[str, Any]:
    content = resolve(spec, holder).get("content", {})
    media: dict[str, Any] = content.get("application/json", {})
    return media


def _examples(spec: dict[str, Any], holder: Any) -> dict[str, dict[str, Any]]:
    return {
        name: resolve(spec, example)
        for name, example in _media(spec, holder).get("examples", {}).items()
    }


def _success_statuses(op: dict[str, Any]) -> list[str]:
    return [code for code in op["responses"] if code.startswith("2")]


# --- a small JSON Schema subset: enough to pick and check sample values ----------------------


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [kind] if isinstance(kind, str) else []


def fits(spec: dict[str, Any], value: Any, schema: Any) -> bool:
    """Whether value is valid for schema (types, enums, required keys, formats; recursively)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return True
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return any(fits(spec, value, branch) for branch in schema[key])
    if "allOf" in schema and not all(fits(spec, value, part) for part in schema["allOf"]):
        return False
    types = _types(schema)
    if types and not any(_is_type(value, t) for t in types):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, str) and schema.get("format") in ("date-time", "date"):
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            return False
    if isinstance(value, dict):
        if any(name not in value for name in schema.get("required", [])):
            return False
        props = schema.get("properties", {})
        return all(fits(spec, v, props[k]) for k, v in value.items() if k in props)
    if isinstance(value, list) and "items" in schema:
        return all(fits(spec, v, schema["items"]) for v in value)
    return True


def _is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


# --- documented values: instances of each component schema, and ids --------------------------


@dataclass
class Documented:
    """What the examples of the whole spec show: one instance per schema, one value per key."""

    instances: dict[str, Any] = field(default_factory=dict)  # schema name -> first instance
    values: dict[str, list[Any]] = field(default_factory=dict)  # JSON key -> real values

    @classmethod
    def gather(cls, spec: dict[str, Any]) -> Documented:
        found = cls()
        for _, _, _, op in operations(spec):
            holders = [op.get("requestBody"), *op["responses"].values()]
            for holder in holders:
                if holder is None:
                    continue
                schema = _media(spec, holder).get("schema")
                for example in _examples(spec, holder).values():
                    if schema is not None:
                        found._walk(spec, schema, example["value"])
                    found._keys(example["value"])
        return found

    def _walk(self, spec: dict[str, Any], schema: Any, value: Any) -> None:
        name = ref_name(schema)
        schema = resolve(spec, schema)
        if not isinstance(schema, dict) or not fits(spec, value, schema):
            return
        if name is not None and value is not None:
            self.instances.setdefault(name, value)
        for key in ("oneOf", "anyOf"):
            for branch in schema.get(key, []):
                if fits(spec, value, branch):
                    self._walk(spec, branch, value)
                    return
        if isinstance(value, dict):
            props = schema.get("properties", {})
            for k, v in value.items():
                if k in props:
                    self._walk(spec, props[k], v)
        elif isinstance(value, list) and "items" in schema:
            for v in value:
                self._walk(spec, schema["items"], v)

    def _keys(self, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if _real_id(v) and v not in self.values.setdefault(k, []):
                    self.values[k].append(v)
                self._keys(v)
        elif isinstance(value, list):
            for v in value:
                self._keys(v)


def _real_id(value: Any) -> bool:
    return isinstance(value, str) and bool(value) and not _PLACEHOLDER.match(value)


def fits_format(value: Any, fmt: Any) -> bool:
    """Whether a string id has the declared format (only ``uuid`` matters for ids)."""
    if fmt != "uuid":
        return True
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def sample_id(name: str) -> str:
    return str(uuid.uuid5(SAMPLE_NAMESPACE, name))


# --- building values from a schema -----------------------------------------------------------


class Synthesizer:
    """Schema-valid sample values for operations the docs show no example of."""

    def __init__(self, spec: dict[str, Any], documented: Documented) -> None:
        self.spec = spec
        self.documented = documented

    def value(self, schema: Any, key: str = "", echo: Any = None, depth: int = 0) -> Any:
        name = ref_name(schema)
        schema = resolve(self.spec, schema)
        if name is not None and name in self.documented.instances:
            return copy.deepcopy(self.documented.instances[name])
        if isinstance(echo, dict) and key in echo and fits(self.spec, echo[key], schema):
            return copy.deepcopy(echo[key])
        if depth > 12 or not isinstance(schema, dict):
            return None
        for choice in ("oneOf", "anyOf"):
            if choice in schema:
                branches = [b for b in schema[choice] if _types(resolve(self.spec, b)) != ["null"]]
                return self.value(branches[0], key, echo, depth + 1) if branches else None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                merged.update(self.value(part, key, echo, depth + 1) or {})
            return merged
        for known in ("const", "default"):
            if known in schema:
                return copy.deepcopy(schema[known])
        if "enum" in schema:
            return schema["enum"][0]
        types = [t for t in _types(schema) if t != "null"] or ["object"]
        kind = types[0]
        if kind == "object":
            props = schema.get("properties", {})
            return {p: self.value(s, p, echo, depth + 1) for p, s in props.items()}
        if kind == "array":
            return [self.value(schema.get("items", {}), key, echo, depth + 1)]
        if kind == "string":
            return self._string(schema, key)
        if kind == "integer":
            return int(schema.get("minimum", 0 if key == "offset" else 1))
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return False
        return None

    def _string(self, schema: dict[str, Any], key: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return SAMPLE_DATETIME
        if fmt == "date":
            return SAMPLE_DATE
        if fmt == "uuid" or key == "id" or key.endswith("Id"):
            for documented in self.documented.values.get(key, []) if key != "id" else []:
                if fits_format(documented, fmt):
                    return str(documented)
            return sample_id(key or "id")
        example = _EG.search(str(schema.get("description", "")))
        if example and fits(self.spec, example.group(1), schema):
            return example.group(1)
        if _DATETIME_KEY.search(key):
            return SAMPLE_DATETIME
        if _DATE_KEY.search(key):
            return SAMPLE_DATE
        return f"sample {snake(key).replace('_', ' ')}".strip()

    def minimal_request(self, schema: Any, response_data: Any) -> Any:
        """The required fields, plus those the (built) response shows with a valid value."""
        schema = resolve(self.spec, schema)
        shown = response_data if isinstance(response_data, dict) else {}
        body: dict[str, Any] = {}
        required = schema.get("required", [])
        for prop, prop_schema in schema.get("properties", {}).items():
            value = shown.get(prop)
            if value is not None and fits(self.spec, value, prop_schema):
                body[prop] = copy.deepcopy(value)
            elif prop in required:
                body[prop] = self.value(prop_schema, prop)
        return body


# --- the cases ---------------------------------------------------------------------------


def cases(spec: dict[str, Any]) -> list[Case]:
    """Every case of every operation, in spec order."""
    synth = Synthesizer(spec, Documented.gather(spec))
    unauthorized = list(_examples(spec, spec["components"]["responses"]["Unauthorized"]).items())
    forbidden = list(_examples(spec, spec["components"]["responses"]["Forbidden"]).items())
    out: list[Case] = []
    for index, (method, path, item, op) in enumerate(operations(spec)):
        found = _operation_cases(synth, method, path, item, op)
        out += found
        primary = found[0]
        if "401" in op["responses"]:
            name, example = unauthorized[index % len(unauthorized)]
            out.append(_error_case(primary, 401, name, example["value"]))
        if "403" in op["responses"]:
            name, example = forbidden[index % len(forbidden)]
            value = copy.deepcopy(example["value"])
            scope = op.get("x-monk-scope")
            if scope:
                message = value["error"]["message"].replace(_DOCUMENTED_SCOPE, scope)
                value["error"]["message"] = message
            out.append(_error_case(primary, 403, name, value))
    return out


def _operation_cases(
    synth: Synthesizer,
    method: str,
    path: str,
    item: dict[str, Any],
    op: dict[str, Any],
) -> list[Case]:
    spec = synth.spec
    statuses = _success_statuses(op)
    status = statuses[0]
    requests = _examples(spec, op["requestBody"]) if "requestBody" in op else {}
    responses = _examples(spec, op["responses"][status])
    names = list(dict.fromkeys([*requests, *responses])) or ["documented"]
    response_schema = _media(spec, op["responses"][status]).get("schema", {})
    body_schema = _media(spec, op["requestBody"]).get("schema") if "requestBody" in op else None
    params = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    found: list[Case] = []
    for position, name in enumerate(names):
        query = _query(synth, op["operationId"], name, params)
        request_example = requests.get(name) or next(iter(requests.values()), None)
        body = copy.deepcopy(request_example["value"]) if request_example else None
        response_example = responses.get(name) or next(iter(responses.values()), None)
        inferred = response_example is None
        if response_example is not None:
            response = copy.deepcopy(response_example["value"])
            source = f"response example {name if name in responses else next(iter(responses))}"
        else:
            echo = {**query, **body} if isinstance(body, dict) else query
            response = synth.value(response_schema, echo=echo)
            source = "built from the response schema (the docs show no example)"
        if body is None and body_schema is not None:
            body = synth.minimal_request(body_schema, _data(response))
        mismatch = request_example.get("x-monk-schema-mismatch") if request_example else None
        found.append(
            _case(
                synth,
                path,
                item,
                op,
                method=method,
                case="" if position == 0 else name,
                query=query,
                body=body,
                status=int(status),
                response=response,
                source=source,
                mismatch=mismatch,
                inferred=inferred,
            )
        )
    primary = found[0]
    for other in statuses[1:]:
        if _examples(spec, op["responses"][other]) == responses:
            found.append(
                Case(
                    **{
                        **primary.__dict__,
                        "case": f"status-{other}",
                        "status": int(other),
                        "source": primary.source + f", under the other documented status {other}",
                    }
                )
            )
    return found


def _case(
    synth: Synthesizer,
    path: str,
    item: dict[str, Any],
    op: dict[str, Any],
    *,
    method: str,
    case: str,
    query: dict[str, Any],
    body: Any,
    status: int,
    response: Any,
    source: str,
    mismatch: str | None,
    inferred: bool,
) -> Case:
    spec = synth.spec
    op_id = op["operationId"]
    params = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    path_params = tuple(
        (p["name"], _path_value(synth, path, p, body, response))
        for p in sorted(
            (p for p in params if p["in"] == "path"), key=lambda p: path.index("{" + p["name"])
        )
    )
    sent = dict(query)
    for p in params:
        default = resolve(spec, p.get("schema", {})).get("default")
        if p["in"] == "query" and p["name"] not in sent and default is not None:
            sent[p["name"]] = default
    order = [p["name"] for p in params if p["in"] == "query"]
    filled = path
    for name, value in path_params:
        filled = filled.replace("{" + name + "}", quote(str(value), safe=""))
    servers = item.get("servers") or spec["servers"]
    return Case(
        operation_id=op_id,
        tag=snake(op["tags"][0]),
        case=case,
        method=method.upper(),
        host=servers[0]["url"].rstrip("/"),
        path=filled,
        path_params=path_params,
        query=tuple((k, query[k]) for k in order if k in query),
        sent_query=tuple((k, sent[k]) for k in order if k in sent),
        body=body,
        status=status,
        response=response,
        source=source,
        request_mismatch=mismatch,
        inferred=inferred,
    )


def _query(
    synth: Synthesizer, op_id: str, example: str, params: list[dict[str, Any]]
) -> dict[str, Any]:
    """The query a caller passes: the documented one, plus samples of required parameters."""
    query = dict(DOCUMENTED_QUERIES.get((op_id, example), {}))
    for p in params:
        if p["in"] == "query" and p.get("required") and p["name"] not in query:
            query[p["name"]] = _query_sample(synth, p)
    return query


def _data(response: Any) -> Any:
    if isinstance(response, dict) and "data" in response:
        return response["data"]
    return response


def _path_value(
    synth: Synthesizer, path: str, param: dict[str, Any], body: Any, response: Any
) -> Any:
    """A stable sample id: this example's own, else one documented elsewhere, else a fixed UUID."""
    name = param["name"]
    schema = resolve(synth.spec, param.get("schema", {}))
    integer = schema.get("type") == "integer"
    data = _data(response)
    candidates: list[Any] = []
    if isinstance(data, dict):
        candidates.append(data.get(name))
        if path.endswith("{" + name + "}"):
            candidates.append(data.get("index" if integer else "id"))
    if isinstance(body, dict):
        candidates.append(body.get(name))
    candidates += synth.documented.values.get(name, [])
    for value in candidates:
        if integer and isinstance(value, int) and not isinstance(value, bool):
            return value
        if not integer and _real_id(value) and fits_format(value, schema.get("format")):
            return value
    return 0 if integer else sample_id(name)


def _query_sample(synth: Synthesizer, param: dict[str, Any]) -> Any:
    """A required query parameter without a documented value: its own ``e.g.`` or a sample."""
    example = _EG.search(str(param.get("description", "")))
    if example:
        return example.group(1)
    return synth.value(param.get("schema", {}), param["name"])


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _error_case(primary: Case, status: int, example: str, value: Any) -> Case:
    return Case(
        **{
            **primary.__dict__,
            "case": f"{status}-{example}",
            "status": status,
            "response": value,
            "source": f"components/responses example {example}",
            "inferred": False,
        }
    )


# --- writing cassettes -------------------------------------------------------------------


def cassette(case: Case) -> dict[str, Any]:
    """The case in vcrpy's cassette format (version 1), as vcrpy itself writes it."""
    request_headers = {"Accept": ["application/json"]}
    if case.body is not None:
        request_headers["Content-Type"] = ["application/json"]
    return {
        "interactions": [
            {
                "request": {
                    "body": None if case.body is None else dump_json(case.body),
                    "headers": request_headers,
                    "method": case.method,
                    "uri": case.uri,
                },
                "response": {
                    "body": {"string": dump_json(case.response)},
                    "headers": {
                        "Content-Type": ["application/json"],
                        "x-request-id": [case.request_id],
                    },
                    "status": {"code": case.status, "message": HTTPStatus(case.status).phrase},
                },
            }
        ],
        "version": 1,
    }


def dump_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (the JSON bodies) as literal blocks, so cassettes diff line by line."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(case: Case) -> str:
    return yaml.dump(cassette(case), Dumper=_Dumper, allow_unicode=True, width=100)


def own_files(directory: Path, spec: dict[str, Any]) -> set[str]:
    """Cassettes under directory named like this script's (``<tag>/<operationId>[-case].yaml``)."""
    ids = {op["operationId"] for _, _, _, op in operations(spec)}
    found = set()
    for path in directory.glob("*/*.yaml"):
        stem = path.stem
        if stem in ids or any(stem.startswith(op_id + "-") for op_id in ids):
            found.add(path.relative_to(directory).as_posix())
    return found


def build(spec: dict[str, Any], out: Path) -> list[Path]:
    """Write every case's cassette under out; remove this script's cassettes of dropped cases."""
    all_cases = cases(spec)
    wanted = {case.relpath for case in all_cases}
    for stale in own_files(out, spec) - wanted if out.is_dir() else set():
        (out / stale).unlink()
    written = []
    for case in all_cases:
        target = out / case.relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(case), encoding="utf-8")
        written.append(target)
    return written


def check(spec: dict[str, Any], out: Path) -> list[str]:
    """What differs between out and a fresh build: changed, missing and stale files."""
    all_cases = cases(spec)
    problems = []
    for case in all_cases:
        target = out / case.relpath
        if not target.is_file():
            problems.append(f"missing: {case.relpath}")
        elif target.read_text(encoding="utf-8") != render(case):
            problems.append(f"differs: {case.relpath}")
    stale = own_files(out, spec) - {case.relpath for case in all_cases} if out.is_dir() else set()
    problems += [f"stale: {name}" for name in sorted(stale)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    parser.add_argument("--list", action="store_true", help="print the cases")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    if args.list:
        for case in cases(spec):
            print(f"{case.relpath}\t{case.method} {case.uri}\t{case.status}\t{case.source}")
        return 0
    if args.check:
        problems = check(spec, args.out)
        for problem in problems:
            print(problem)
        if problems:
            print("run: python scripts/build_cassettes.py", file=sys.stderr)
        return 1 if problems else 0
    written = build(spec, args.out)
    operations_count = len({case.operation_id for case in cases(spec)})
    print(f"{len(written)} cassettes for {operations_count} operations in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
