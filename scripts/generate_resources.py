#!/usr/bin/env python3
"""Generate the typed resource layer of ``monk`` from ``openapi/openapi.json``.

    python scripts/generate_resources.py           write the files below
    python scripts/generate_resources.py --check   exit 1 if any of them is stale

``scripts/regenerate.py`` runs this after openapi-python-client, into the same ``generated/``
(the package ``monk._generated``), and ``--check`` there covers these files with the rest:

- ``generated/operations.py``: one :class:`Operation` per operation of the spec;
- ``generated/params.py``: TypedDicts for the request bodies' nested objects;
- ``generated/resources.py``: a typed method per operation, sync and async: path parameters
  positional, query and body fields keyword-only, ``Literal`` enums, ``Decimal | int | str``
  money, ``date``/``datetime`` dates, ``omit`` for "not sent", the spec's descriptions and limits
  in the docstrings, per-call options; and each resource's raw twin, a line per method;
- ``generated/client_attributes.py``: the clients' resource attributes and ``with_raw_response``.

What the spec cannot say lives in the tables below: each method's name, which operations a
hand-written overlay method serves (flows, ingestion), and which POSTs are safe to retry. An
operation missing from :data:`METHODS` still gets a method, named after its operationId.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openapi_spec import ref_name, resolve, resolve_ref

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
GENERATED = ROOT / "generated"
OUTPUTS = ("operations.py", "params.py", "client_attributes.py", "resources.py")
FORMATTER = ("ruff", "0.17.6")
LINE_LENGTH = 100
# Line 1 of every file in generated/ (scripts/regenerate.py writes it on the generator's too).
HEADER = "# Generated from openapi/openapi.json by nox -s regenerate: do not edit."

# --- what the spec cannot say ----------------------------------------------------------------

# Resource key -> (class name, docstring). A dotted key is a sub-resource (an attribute).
RESOURCES: dict[str, tuple[str, str]] = {
    "customers": (
        "Customers",
        "Customers: who you bill. Find one by your own id with ``list(external_customer_id=...)``.",
    ),
    "meters": (
        "Meters",
        "Meters: which events count and how (COUNT, SUM, MAX...) they become billable usage.",
    ),
    "pricing": ("Pricing", "Pricing configurations: the rate a meter's usage is charged at."),
    "plans": ("Plans", "Plans bundle pricing into a subscription template."),
    "contracts": (
        "Contracts",
        "Contracts: a customer on a plan, with dates, overrides, credits and budgets.",
    ),
    "contracts.credits": (
        "Credits",
        "A contract's prepaid credits: balance, ledger and promotional grants.",
    ),
    "contracts.budgets": (
        "Budgets",
        "Credit budgets: caps on how many credits a contract (or one meter) may use per period.",
    ),
    "invoices": (
        "Invoices",
        "Invoices: finalised ones, the live upcoming one, and credit usage statements.",
    ),
    "events": (
        "Events",
        "The Events API: ingestion (not rate limited), listing, usage queries, health.",
    ),
    "usage": ("Usage", "Usage cost: real stored events priced as the invoice will price them."),
}

# operationId -> the method's dotted name (resource key + method).
METHODS: dict[str, str] = {
    "createContract": "contracts.create",
    "listContracts": "contracts.list",
    "getContract": "contracts.get",
    "updateContractMetadata": "contracts.update_metadata",
    "cancelContract": "contracts.cancel",
    "changePlan": "contracts.change_plan",
    "getCreditBalance": "contracts.credits.balance",
    "getCreditLedger": "contracts.credits.ledger",
    "grantPromotionalCredits": "contracts.credits.grant_promotional",
    "listCreditBudgets": "contracts.budgets.list",
    "createCreditBudget": "contracts.budgets.create",
    "getBudgetUsage": "contracts.budgets.usage",
    "updateCreditBudget": "contracts.budgets.update",
    "deleteCreditBudget": "contracts.budgets.delete",
    "createEvent": "events.send",
    "listEvents": "events.list",
    "batchCreateEvents": "events.send_batch",
    "queryUsage": "events.query_usage",
    "getLiveness": "events.liveness",
    "getReadiness": "events.readiness",
    "getUsageCost": "usage.cost",
    "createCustomer": "customers.create",
    "listCustomers": "customers.list",
    "getCustomer": "customers.get",
    "updateCustomer": "customers.update",
    "createPricing": "pricing.create",
    "listPricing": "pricing.list",
    "getPricing": "pricing.get",
    "estimateEventPricing": "pricing.estimate",
    "createMeter": "meters.create",
    "listMeters": "meters.list",
    "getMeter": "meters.get",
    "archiveMeter": "meters.archive",
    "createPlan": "plans.create",
    "listPlans": "plans.list",
    "getPlan": "plans.get",
    "listInvoices": "invoices.list",
    "getInvoice": "invoices.get",
    "getCreditUsageStatement": "invoices.credit_statement",
    "getUpcomingInvoice": "invoices.upcoming",
}

# Operations whose method is hand-written in a wing (a flow or ingestion): the generated class
# inherits it from the mixin named here (module relative to the package, class).
OVERLAY_METHODS = {"createEvent", "batchCreateEvents", "estimateEventPricing", "getUsageCost"}
MIXINS: dict[str, tuple[str, str]] = {
    "events": ("_events.methods", "EventsMethods"),
    "pricing": ("_billing.methods", "PricingMethods"),
    "usage": ("_billing.methods", "UsageMethods"),
    "contracts.credits": ("_billing.methods", "CreditsMethods"),
}
# POSTs that are safe to repeat: events carry idempotency keys; the estimate and cost are reads.
IDEMPOTENT = {"createEvent", "batchCreateEvents", "estimateEventPricing", "getUsageCost"}

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
MONEY = "Decimal | int | str"
OPTION_PARAMS = (
    ("timeout", "float | httpx.Timeout | Omit | None", "omit"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("extra_query", "Mapping[str, object] | None", "None"),
    ("extra_body", "Mapping[str, object] | None", "None"),
)
OPTIONS_DOC = (
    "timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.",
    "extra_headers: Headers to add to this request.",
    "extra_query: Query parameters to add to this request.",
    "extra_body: JSON fields to add to this request's body.",
)


def snake(name: str) -> str:
    """openapi-python-client's names, so the overlay's fields match the generated code's."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def class_name(name: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(name, ""))


def upper_snake(name: str) -> str:
    return snake(name).rstrip("_").upper()


# --- reading the spec -----------------------------------------------------------------------


@dataclass
class Param:
    """One parameter of a method: a path or query parameter, or a body field."""

    name: str  # the spec's (camelCase) name
    where: str  # "path", "query" or "body"
    schema: dict[str, Any]
    required: bool
    description: str = ""

    @property
    def py(self) -> str:
        return snake(self.name)


@dataclass
class Op:
    op_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    host: str
    params: list[Param]
    result: str  # the overlay's result type (a generated model, maybe "| None")
    list_items: str | None = None  # for list operations: the items' key
    body_schema: str | None = None
    response: str = ""  # the generated model of the 2xx JSON body (an envelope, or a list)

    @property
    def dotted(self) -> str:
        return METHODS.get(self.op_id) or f"{snake(self.tag)}.{snake(self.op_id)}"

    @property
    def resource(self) -> str:
        return self.dotted.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return self.dotted.rsplit(".", 1)[1]

    @property
    def const(self) -> str:
        return upper_snake(self.op_id)


@dataclass
class Spec:
    doc: dict[str, Any]
    ops: list[Op] = field(default_factory=list)

    def resolve(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        ref = schema.get("$ref")
        if ref:
            return ref_name(ref), resolve_ref(self.doc, ref)
        return None, schema

    def money_marked(self) -> bool:
        return '"x-monk-money"' in json.dumps(self.doc)


def read_spec(path: Path = SPEC) -> Spec:
    spec = Spec(json.loads(path.read_text()))
    for route, item in spec.doc["paths"].items():
        host = "EVENTS_HOST" if "servers" in item else "REST_HOST"
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = []
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                _, p = spec.resolve(raw)
                params.append(
                    Param(
                        p["name"],
                        p["in"],
                        p.get("schema", {}),
                        p.get("required", False),
                        p.get("description", ""),
                    )
                )
            body_name = None
            content = op.get("requestBody", {}).get("content", {}).get("application/json")
            if content:
                body_name, body = spec.resolve(content["schema"])
                required = set(body.get("required", []))
                for key, prop in body.get("properties", {}).items():
                    params.append(
                        Param(key, "body", prop, key in required, prop.get("description", ""))
                    )
            result, items = _result(spec, op, params)
            spec.ops.append(
                Op(
                    op_id=op["operationId"],
                    tag=op["tags"][0],
                    method=method,
                    path=route,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    host=host,
                    params=params,
                    result=result,
                    list_items=items,
                    body_schema=body_name,
                    response=_response_model(spec, op),
                )
            )
    return spec


def _response_model(spec: Spec, op: dict[str, Any]) -> str:
    """The generated model the engine decodes a 2xx body into (every operation has one)."""
    for status, declared in op["responses"].items():
        if not status.startswith("2"):
            continue
        response = declared
        if "$ref" in declared:
            response = spec.doc["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            continue
        name = spec.resolve(schema)[0]
        # An inline schema: openapi-python-client names its model <operationId>Response<status>.
        return class_name(name or f"{op['operationId']}Response{status}")
    raise SystemExit(f"{op['operationId']}: no 2xx JSON body")


def _result(spec: Spec, op: dict[str, Any], params: list[Param]) -> tuple[str, str | None]:
    """The overlay's result type: the ``data`` of an envelope, or a list's item type."""
    for status, declared in op["responses"].items():
        if not status.startswith("2"):
            continue
        response = resolve(spec.doc, declared)
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            continue
        name, body = spec.resolve(schema)
        props = body.get("properties", {})
        names = {p.name for p in params if p.where == "query"}
        if {"limit", "offset"} <= names:
            for key, prop in props.items():
                if prop.get("type") == "array" and "$ref" in prop.get("items", {}):
                    return class_name(spec.resolve(prop["items"])[0] or ""), key
        if "data" in props:
            data = props["data"]
            nullable = False
            choices = data.get("anyOf") or data.get("oneOf")
            if choices:
                refs = [s for s in choices if "$ref" in s]
                nullable = any(s.get("type") == "null" for s in choices)
                data = refs[0]
            if "$ref" in data:
                model = class_name(spec.resolve(data)[0] or "")
                return (f"{model} | None" if nullable else model), None
            if data.get("type") == "array":  # an unpaged list: the client returns its items
                item = data.get("items", {})
                return (
                    f"list[{class_name(ref_name(item['$ref'])) if '$ref' in item else 'Any'}]",
                    None,
                )
            return "Any", None
        return (class_name(name) if name else "Any"), None
    return "Any", None  # no JSON body documented: whatever the generated parser returns


# --- types -----------------------------------------------------------------------------------


class Types:
    """Python type expressions for schemas, remembering the names they need."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.models: set[str] = set()
        self.params: set[str] = set()
        self.typeddicts: dict[str, dict[str, Any]] = {}  # schema name -> schema
        self.marked = spec.money_marked()

    def is_money(self, name: str, schema: dict[str, Any]) -> bool:
        if self.marked:
            return bool(schema.get("x-monk-money"))
        kinds = _types_of(schema)
        if "number" in kinds:
            return True
        return "string" in kinds and re.search(r"(Amount|Price)$", name) is not None

    def of(self, schema: dict[str, Any], name: str = "") -> str:
        if "anyOf" in schema or "oneOf" in schema:
            options = schema.get("anyOf") or schema.get("oneOf")
            parts = [self.of(s, name) for s in options if s.get("type") != "null"]
            if any(s.get("type") == "null" for s in options):
                parts.append("None")
            return " | ".join(dict.fromkeys(parts))
        ref, resolved = self.spec.resolve(schema)
        kinds = _types_of(resolved)
        nullable = "null" in kinds
        inner = self._of(ref, resolved, [k for k in kinds if k != "null"], name)
        return f"{inner} | None" if nullable and inner != "object" else inner

    def _of(self, ref: str | None, schema: dict[str, Any], kinds: list[str], name: str) -> str:
        if "enum" in schema:
            values = ", ".join(json.dumps(v) for v in schema["enum"] if v is not None)
            literal = f"Literal[{values}]"
            # A guessed enum must not reject a value the live API takes.
            return f"{literal} | str" if _inferred(schema) else literal
        if self.is_money(name, schema) and set(kinds) & {"number", "string"}:
            return MONEY  # whole cents (integer) stay int
        kind = kinds[0] if len(kinds) == 1 else None
        if kind == "string":
            fmt = schema.get("format")
            # ISO 8601 text too, as the Stainless SDKs take it: the request rules check it.
            if fmt == "date":
                return "datetime.date | str"
            if fmt == "date-time":
                return "datetime.datetime | str"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "boolean":
            return "bool"
        if kind == "number":
            return MONEY
        if kind == "array":
            return f"Sequence[{self.of(schema.get('items', {}))}]"
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            if schema.get("properties"):
                if ref is None:
                    return "Mapping[str, object]"
                self._typeddict(ref, schema)
                model = class_name(ref)
                self.models.add(model)
                return f"{ref}Param | {model}"
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                return f"Mapping[str, {self.of(extra)}]"
            return "Mapping[str, object]"
        if len(kinds) > 1:
            scalar = {"string": "str", "integer": "int", "number": MONEY, "boolean": "bool"}
            return " | ".join(dict.fromkeys(scalar.get(k, "object") for k in kinds))
        return "object"

    def _typeddict(self, ref: str, schema: dict[str, Any]) -> None:
        if ref in self.typeddicts:
            return
        self.typeddicts[ref] = schema
        self.params.add(f"{ref}Param")
        for key, prop in schema.get("properties", {}).items():
            self.of(prop, key)


def _types_of(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def _inferred(schema: dict[str, Any]) -> bool:
    return schema.get("x-monk-provenance") == "inferred"


# --- docstrings ------------------------------------------------------------------------------


def limits(schema: dict[str, Any], required: bool, nullable_optional: bool) -> str:
    notes = []
    if required:
        notes.append("required")
    for key, text in (
        ("minimum", ">= {}"),
        ("exclusiveMinimum", "> {}"),
        ("maximum", "<= {}"),
        ("minLength", "at least {} characters"),
        ("maxLength", "at most {} characters"),
        ("minItems", "at least {} items"),
        ("maxItems", "at most {} items"),
        ("pattern", "matches ``{}``"),
    ):
        if key in schema:
            notes.append(text.format(schema[key]))
    if "default" in schema:
        notes.append(f"server default {json.dumps(schema['default'])}")
    if schema.get("deprecated"):
        notes.append("deprecated")
    if nullable_optional:
        notes.append("omit: not sent; None: sent as null")
    if _inferred(schema):
        notes.append("inferred: not seen in Monk's docs")
    return "; ".join(notes)


def clean(text: str) -> str:
    return " ".join(text.replace("\\", "/").replace('"""', "'''").split())


def docstring(
    summary: str,
    description: str,
    args: list[tuple[str, str]],
    indent: str,
    section: str = "Args",  # "Attributes" for a TypedDict's keys
) -> str:
    width = LINE_LENGTH - len(indent)
    lines = textwrap.wrap(clean(summary).rstrip(".") + ".", width - 3) or [""]
    body = clean(description)
    if body and body.rstrip(".") != clean(summary).rstrip("."):
        lines += ["", *textwrap.wrap(body, width)]
    if args:
        lines += ["", f"{section}:"]
        for name, text in args:
            wrapped = textwrap.wrap(
                f"{name}: {clean(text)}",
                width - 4,
                subsequent_indent="    ",
            )
            lines += ["    " + w for w in wrapped]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""'
    out = [f'{indent}"""{lines[0]}']
    out += [f"{indent}{line}" if line else "" for line in lines[1:]]
    out.append(f'{indent}"""')
    return "\n".join(out)


# --- rendering -------------------------------------------------------------------------------


@dataclass
class Method:
    op: Op
    signature: list[str]  # parameter lines, without self
    call_args: list[str]  # positional args after the operation
    required: list[str]  # keyword fields always sent
    optional: list[str]  # keyword fields sent unless omit
    doc_args: list[tuple[str, str]]


def method_of(op: Op, types: Types) -> Method:
    signature: list[str] = []
    call_args: list[str] = []
    required: list[str] = []
    optional: list[str] = []
    doc_args: list[tuple[str, str]] = []
    path = [p for p in op.params if p.where == "path"]
    keyword = [p for p in op.params if p.where != "path"]
    keyword.sort(key=lambda p: not p.required)  # required first, then the spec's order
    for p in path:
        signature.append(f"{p.py}: {_path_type(p.schema)}")
        call_args.append(p.py)
        doc_args.append((p.py, _doc(p, False)))
    signature.append("*")
    for p in keyword:
        annotation = _alias(types.of(p.schema, p.name))
        if p.required:
            signature.append(f"{p.py}: {annotation}")
            required.append(p.py)
        elif annotation.endswith(" | None"):
            signature.append(f"{p.py}: {annotation[: -len(' | None')]} | Omit | None = omit")
            optional.append(p.py)
        else:
            signature.append(f"{p.py}: {annotation} | Omit = omit")
            optional.append(p.py)
        three_state = not p.required and "None" in annotation.split(" | ")
        doc_args.append((p.py, _doc(p, three_state)))
    for name, annotation, default in OPTION_PARAMS:
        signature.append(f"{name}: {annotation} = {default}")
    doc_args += [tuple(line.split(": ", 1)) for line in OPTIONS_DOC]  # type: ignore[misc]
    return Method(op, signature, call_args, required, optional, doc_args)


def _path_type(schema: dict[str, Any]) -> str:
    return "int" if schema.get("type") == "integer" else "str"


def _doc(p: Param, three_state: bool) -> str:
    text = clean(p.description or p.schema.get("description", ""))
    notes = limits(p.schema, p.required, three_state)
    if p.where == "body" and p.name != p.py:
        notes = f"``{p.name}``; {notes}" if notes else f"``{p.name}``"
    if notes:
        text = f"{text} ({notes})" if text else f"({notes})"
    return text or "See Monk's API reference."


def render_method(m: Method, *, is_async: bool, indent: str = "    ") -> str:
    op = m.op
    listing = op.list_items is not None
    result = _alias(op.result)
    if listing:
        result = f"{'AsyncPager' if is_async else 'SyncPage'}[{result}]"
    define = "async def" if is_async and not listing else "def"
    params = ",\n".join(f"{indent * 2}{line}" for line in ["self", *m.signature])
    lines = [f"{indent}{define} {op.name}(\n{params},\n{indent}) -> {result}:"]
    lines.append(docstring(op.summary, op.description, m.doc_args, indent * 2))
    await_ = "await " if is_async and not listing else ""
    args = [op.const, *m.call_args]
    args.append("_options=options(timeout, extra_headers, extra_query, extra_body)")
    args += [f"{n}={n}" for n in m.required]
    if m.optional:
        args.append("**given(" + ", ".join(f"{n}={n}" for n in m.optional) + ")")
    call = "list" if listing else "call"
    lines.append(f"{indent * 2}return {await_}self._engine.{call}({', '.join(args)})")
    return "\n".join(lines)


def render_operations(spec: Spec) -> str:
    models: set[str] = set()
    out = [
        HEADER,
        '"""Every operation of Monk\'s API, for the resources and the flows."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from .._core.operation import EVENTS_HOST, REST_HOST, ListOperation, Operation",
        "",
    ]
    body = []
    for op in spec.ops:
        models.update(_names(op.result))
        kind = "ListOperation" if op.list_items else "Operation"
        extra = [f"response={op.response!r}", f"host={op.host}"]
        if op.list_items:
            extra.append(f"items={op.list_items!r}")
        elif op.op_id in IDEMPOTENT:
            extra.append("idempotent=True")
        name = f"{snake(op.tag)}.{snake(op.op_id)}"
        body.append(
            f"{op.const}: {kind}[{op.result}] = {kind}(\n"
            f"    {name!r}, method={op.dotted!r}, {', '.join(extra)}\n)"
        )
    out += ["if TYPE_CHECKING:", "    from .models import " + ", ".join(sorted(models))]
    out += ["", "__all__ = [" + ", ".join(repr(op.const) for op in _sorted_ops(spec)) + "]", ""]
    out += body
    return "\n".join(out) + "\n"


def _names(expression: str) -> set[str]:
    """The generated models a type expression names."""
    return set(re.findall(r"\w+", expression)) - {"None", "Any", "list"}


def _sorted_ops(spec: Spec) -> list[Op]:
    return sorted(spec.ops, key=lambda o: o.const)


def render_params(types: Types) -> str:
    out = [
        HEADER,
        '"""Typed shapes of the request bodies\' nested objects: dicts with the Python (snake_case)',
        "names of the API's fields, checked by mypy and pyright. At run time the API's camelCase",
        'names are accepted too, and the generated models."""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from collections.abc import Mapping, Sequence",
        "from decimal import Decimal",
        "from typing import TYPE_CHECKING, Literal, Required, TypedDict",
        "",
    ]
    names = sorted(types.params)
    classes: list[str] = []
    annotations: list[str] = []
    for ref in sorted(types.typeddicts):
        schema = types.typeddicts[ref]
        required = set(schema.get("required", []))
        args = []
        fields = []
        for key, prop in schema.get("properties", {}).items():
            annotation = types.of(prop, key)
            if key in required:
                annotation = f"Required[{annotation}]"
            fields.append(f"    {snake(key)}: {annotation}")
            args.append((snake(key), _doc(Param(key, "key", prop, key in required), False)))
        description = schema.get("description", "")
        classes += ["", f"class {ref}Param(TypedDict, total=False):"]
        summary = f"``{ref}`` as a dict (the generated ``{class_name(ref)}`` is accepted too)"
        classes.append(docstring(summary, description, args, "    ", "Attributes"))
        classes += ["", *fields, ""]
        annotations += fields
    used = sorted(m for m in types.models if re.search(rf"\b{m}\b", "\n".join(annotations)))
    if used:
        out += ["if TYPE_CHECKING:", "    from .models import " + ", ".join(used), ""]
    out += ["__all__ = [" + ", ".join(repr(n) for n in names) + "]", ""]
    return "\n".join(out + classes) + "\n"


def _model_imports(names: set[str]) -> str:
    """Generated models by name; one called like a resource class gets ``Model`` appended."""
    clashes = {name for name, _ in RESOURCES.values()}
    parts = [f"{n} as {n}Model" if n in clashes else n for n in sorted(names)]
    return "    from .models import " + ", ".join(parts)


def _alias(expression: str) -> str:
    clashes = {name for name, _ in RESOURCES.values()}
    return re.sub(r"\b(" + "|".join(sorted(clashes)) + r")\b", r"\1Model", expression)


def render_api(spec: Spec, types: Types) -> str:
    methods: dict[str, list[Method]] = {key: [] for key in RESOURCES}
    for op in spec.ops:
        if op.op_id in OVERLAY_METHODS:
            method_of(op, types)  # its nested objects' TypedDicts serve the overlay's method
            continue
        if op.resource not in methods:
            raise SystemExit(f"{op.op_id}: no resource {op.resource!r} (add it to RESOURCES)")
        methods[op.resource].append(method_of(op, types))
    consts = sorted({m.op.const for ms in methods.values() for m in ms})
    results: set[str] = set()
    for ms in methods.values():
        for m in ms:
            results.update(_names(m.op.result))
    out = [
        HEADER,
        '"""The resources: a typed method per operation, sync and async, and each resource\'s raw',
        "twin (``with_raw_response``).",
        "",
        "Path parameters are positional; query and body fields are keyword-only and left out of",
        "the request when left at ``omit``. Every method takes ``timeout``, ``extra_headers``,",
        "``extra_query`` and ``extra_body``. Flows and ingestion come from the hand-written",
        'mixins of the wings (events, billing)."""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from collections.abc import Mapping, Sequence",
        "from decimal import Decimal",
        "from typing import TYPE_CHECKING, Any, Literal",
        "",
        "from .._core.options import Omit, given, omit, options",
        "from .._core.resource import AsyncResource, SyncResource",
        "from .._core.response import (",
        "    async_pages_to_raw_response,",
        "    async_to_raw_response,",
        "    to_raw_response,",
        ")",
    ]
    for module, mixin in sorted(MIXINS.values()):
        out.append(f"from ..{module} import Async{mixin}, {mixin}")
    out.append("from .operations import " + ", ".join(consts))
    out += [
        "",
        "if TYPE_CHECKING:",
        "    import httpx",
        "",
        "    from .._core.pagination import AsyncPager, SyncPage",
        _model_imports(results | types.models),
    ]
    if types.params:
        out.append("    from .params import " + ", ".join(sorted(types.params)))
    exported = []
    for name, _ in RESOURCES.values():
        exported += [name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"]
    out += ["", "__all__ = [" + ", ".join(repr(n) for n in sorted(exported)) + "]", ""]
    # Sub-resources first: their parents construct them.
    order = sorted(RESOURCES, key=lambda k: -k.count("."))
    for key in order:
        name, doc = RESOURCES[key]
        children = [
            k for k in RESOURCES if k.startswith(key + ".") and k.count(".") == 1 + key.count(".")
        ]
        for is_async in (False, True):
            out.append(_render_class(key, name, doc, children, methods[key], is_async))
            out.append(_render_raw_class(key, name, doc, children, methods[key], is_async))
    return "\n".join(out) + "\n"


def _class(name: str, is_async: bool, raw: bool) -> str:
    return f"{'Async' if is_async else ''}{name}{'WithRawResponse' if raw else ''}"


def _render_class(  # noqa: PLR0917 (one call site)
    key: str,
    name: str,
    doc: str,
    children: list[str],
    methods: list[Method],
    is_async: bool,
) -> str:
    base = "AsyncResource" if is_async else "SyncResource"
    if key in MIXINS:
        base = f"{'Async' if is_async else ''}{MIXINS[key][1]}"
    title = _class(name, is_async, False)
    lines = ["", "", f"class {title}({base}):", docstring(doc, "", [], "    ")]
    attrs = [k.rsplit(".", 1)[1] for k in children]
    lines.append(f"\n    __slots__ = ({''.join(repr(a) + ', ' for a in sorted(attrs))})")
    if children:
        engine = "AsyncEngine" if is_async else "SyncEngine"
        lines += ["", f"    def __init__(self, engine: {engine}) -> None:"]
        lines.append("        super().__init__(engine)")
        for child in children:
            attr = child.rsplit(".", 1)[1]
            lines.append(
                f"        self.{attr} = {_class(RESOURCES[child][0], is_async, False)}(engine)"
            )
    for m in methods:
        lines += ["", render_method(m, is_async=is_async)]
    return "\n".join(lines)


def _render_raw_class(  # noqa: PLR0917 (one call site)
    key: str,
    name: str,
    doc: str,
    children: list[str],
    methods: list[Method],
    is_async: bool,
) -> str:
    """The raw twin: each method the plain one, wrapped (the wrapper keeps its signature)."""
    plain = _class(name, is_async, False)
    doc = f"{doc.rstrip('.')}: each method returns the raw response (``.parse()``)."
    attrs = sorted([k.rsplit(".", 1)[1] for k in children] + [m.op.name for m in methods])
    lines = ["", "", f"class {_class(name, is_async, True)}:", docstring(doc, "", [], "    ")]
    lines.append(f"\n    __slots__ = ({''.join(repr(a) + ', ' for a in attrs)})")
    resource = snake(name)
    lines += ["", f"    def __init__(self, {resource}: {plain}) -> None:"]
    for child in children:
        attr = child.rsplit(".", 1)[1]
        twin = _class(RESOURCES[child][0], is_async, True)
        lines.append(f"        self.{attr} = {twin}({resource}.{attr})")
    for m in methods:
        if not is_async:
            wrap = "to_raw_response"
        elif m.op.list_items is not None:
            wrap = "async_pages_to_raw_response"
        else:
            wrap = "async_to_raw_response"
        lines.append(f"        self.{m.op.name} = {wrap}({resource}.{m.op.name})")
    if not children and not methods:
        lines.append(f"        del {resource}  # no method of its own returns a raw response")
    return "\n".join(lines)


def render_client_resources() -> str:
    """The clients' resource properties (a mixin each client class inherits), and
    ``with_raw_response``'s root."""
    top = [(key, name, doc) for key, (name, doc) in RESOURCES.items() if "." not in key]
    out = [
        HEADER,
        '"""The resources of ``Monk`` and ``AsyncMonk``, created on first use (a mixin each',
        'inherits); ``with_raw_response`` gives the same resources returning raw responses."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    names = []
    for _, name, _ in top:
        names += [name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"]
    out.append("    from .resources import " + ", ".join(sorted(names)))
    exported = ["AsyncResources", "AsyncWithRawResponse", "SyncResources", "WithRawResponse"]
    out += ["", "__all__ = [" + ", ".join(repr(n) for n in exported) + "]", ""]
    for is_async in (False, True):
        title = "AsyncResources" if is_async else "SyncResources"
        client = "AsyncMonk" if is_async else "Monk"
        out += ["", "", f"class {title}:"]
        out.append(f'    """The resource attributes of :class:`~monk.{client}`."""')
        out += ["", "    __slots__ = ()", ""]
        out += ["    def _resource(self, name: str) -> Any:"]
        out.append('        """The resource class ``name``\'s instance for this client."""')
        out.append("        raise NotImplementedError")
        for key, name, doc in top:
            cls = f"Async{name}" if is_async else name
            out += ["", "    @property", f"    def {key}(self) -> {cls}:"]
            out.append(docstring(doc, "", [], "        "))
            out.append(f'        return self._resource("{name}")  # type: ignore[no-any-return]')
        raw = "AsyncWithRawResponse" if is_async else "WithRawResponse"
        out += ["", "    @property", f"    def with_raw_response(self) -> {raw}:"]
        out.append(
            docstring(
                "The same resources, each method returning the raw response",
                "``.parse()`` on it gives what the plain method returns.",
                [],
                "        ",
            )
        )
        out.append(f"        return {raw}(self)")
    for is_async in (False, True):
        out.append(_render_raw_root(top, is_async))
    return "\n".join(out) + "\n"


def _render_raw_root(top: list[tuple[str, str, str]], is_async: bool) -> str:
    title = _class("WithRawResponse", is_async, False)
    resources = "AsyncResources" if is_async else "SyncResources"
    doc = "``client.with_raw_response``: the resources, each method returning the raw response."
    lines = ["", "", f"class {title}:", docstring(doc, "", [], "    "), ""]
    lines += ['    __slots__ = ("_client",)', ""]
    lines += [
        f"    def __init__(self, client: {resources}) -> None:",
        "        self._client = client",
    ]
    for key, name, rdoc in top:
        raw = _class(name, is_async, True)
        lines += ["", "    @property", f"    def {key}(self) -> {raw}:"]
        lines.append(docstring(rdoc, "", [], "        "))
        lines.append(f"        from .resources import {raw}")
        lines.append("")
        lines.append(f"        return {raw}(self._client.{key})")
    return "\n".join(lines)


def render(spec_path: Path = SPEC) -> dict[str, str]:
    """Every output file's text, formatted by the pinned ruff."""
    spec = read_spec(spec_path)
    types = Types(spec)
    api = render_api(spec, types)  # first: it collects the TypedDicts the params need
    files = {
        "operations.py": render_operations(spec),
        "params.py": render_params(types),
        "client_attributes.py": render_client_resources(),
        "resources.py": api,
    }
    return _format(files)


def _format(files: dict[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="monk-resources-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        ruff = str(Path(sys.executable).parent / "ruff")
        common = ["--isolated", "--line-length", str(LINE_LENGTH), "--target-version", "py311"]
        for args in (
            [ruff, "check", "--fix", "--quiet", "--select", "I,F401", *common, tmp],
            [ruff, "format", "--quiet", *common, tmp],
        ):
            done = subprocess.run(args, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(args[:2])} failed:\n{done.stdout}{done.stderr}")
        return {rel: (root / rel).read_text() for rel in files}


def stale(directory: Path = GENERATED, spec_path: Path = SPEC) -> list[str]:
    """The output files whose text differs from a fresh generation."""
    out = []
    for rel, text in render(spec_path).items():
        path = directory / rel
        if not path.is_file() or path.read_text() != text:
            out.append(f"generated/{rel}")
    return out


def write(directory: Path = GENERATED, spec_path: Path = SPEC) -> None:
    for rel, text in render(spec_path).items():
        (directory / rel).write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any output is stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for p in problems:
            print(f"stale: {p} (run scripts/generate_resources.py)")
        return 1 if problems else 0
    write()
    print("generated/: typed resources regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
