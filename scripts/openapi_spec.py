"""Monk's OpenAPI documents as the repo's tools read them: YAML, the bundle, local ``$ref``s.

The one place for them: ``regenerate.py`` (the bundle it writes to openapi.json),
``spec_diff.py`` (a directory of YAMLs), the cassette builders, the generators and the tests
(through ``tests/spec_helpers.py``) all import this. Scripts import it as a sibling module; it
must not import ``monk`` (nox's regenerate sessions run without the package).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DOMAINS = ("contracts", "events", "usage", "customers", "pricing", "meters", "plans", "invoices")
YAML_DOCUMENTS = tuple(f"{d}.yaml" for d in DOMAINS)
BUNDLE = "openapi.json"
MAX_REFS = 50  # a longer chain of $refs is a loop


class BundleError(ValueError):
    """The documents do not merge: a path or a component defined twice, differently."""


# --- local $refs ---------------------------------------------------------------------------


def resolve_ref(document: Any, ref: Any) -> Any:
    """The node a local ``$ref`` (``#/components/schemas/Customer``) points at.

    ``~1`` and ``~0`` in a token stand for ``/`` and ``~``. A ref to another document or a URL
    is refused (ValueError); a missing node raises LookupError. monk/testing/_schema.py has
    the same code for the shipped mock (scripts cannot import ``monk``): change both.
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


def ref_name(ref: str) -> str:
    """The component a ref names: ``#/components/schemas/Customer`` -> ``Customer``."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


# --- reading and bundling ------------------------------------------------------------------


def load_yaml(data: str | bytes) -> Any:
    """Parse YAML safely, keeping dates as strings (as JSON would), so both forms compare equal."""
    import yaml  # lazily: JSON inputs need no PyYAML

    resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader = type("Loader", (yaml.SafeLoader,), {"yaml_implicit_resolvers": resolvers})
    return yaml.load(data, Loader=loader)  # noqa: S506 (a SafeLoader subclass)


def bundle(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Merge the per-domain documents into one: openapi.json, or a directory for spec_diff.py.

    The eight YAMLs go in ``DOMAINS`` order, any other documents after them by name;
    customers.yaml (else the first) gives the REST API's servers, security and version. Paths
    keep their order, domain by domain. A path defined twice, or a component name defined twice
    with different content, is an error. A document whose servers differ from the REST API's
    (the Events API) keeps them on each of its path items.
    """
    names = [n for n in YAML_DOCUMENTS if n in documents]
    names += sorted(n for n in documents if n not in YAML_DOCUMENTS)
    rest = documents.get("customers.yaml") or documents[names[0]]
    servers = rest.get("servers", [])
    reconstructed = any(d.get("info", {}).get("x-monk-reconstructed") for d in documents.values())
    description = (
        "Monk's REST API and Events API: the bundle of the eight per-domain documents "
        "(contracts, events, usage, customers, pricing, meters, plans, invoices)."
    )
    if reconstructed:
        description += (
            " Reconstructed field by field from the documentation fact sheets, because "
            "docs.monk.com could not be reached; parts not seen in the documentation carry "
            "`x-monk-provenance: inferred`."
        )
    out: dict[str, Any] = {
        "openapi": rest.get("openapi", "3.1.0"),
        "info": {"title": "Monk API", "version": rest.get("info", {}).get("version", "1.0.0")},
        "servers": servers,
        "security": rest.get("security", []),
        "tags": [],
        "paths": {},
        "components": {},
    }
    out["info"]["description"] = description
    if reconstructed:
        out["info"]["x-monk-reconstructed"] = True
    errors: list[str] = []
    for name in names:
        doc = documents[name]
        out["tags"].extend(t for t in doc.get("tags", []) if t not in out["tags"])
        doc_servers = doc.get("servers", servers)
        for path, item in doc.get("paths", {}).items():
            if path in out["paths"]:
                errors.append(f"path {path} is defined in more than one document ({name})")
                continue
            merged_item = dict(item)
            if doc_servers != servers and "servers" not in merged_item:
                merged_item = {"servers": doc_servers, **merged_item}
            out["paths"][path] = merged_item
        for kind, items in doc.get("components", {}).items():
            merged = out["components"].setdefault(kind, {})
            for key, value in items.items():
                if key in merged and merged[key] != value:
                    errors.append(f"components.{kind}.{key} differs between documents ({name})")
                merged.setdefault(key, value)
    if errors:
        raise BundleError("cannot bundle:\n  " + "\n  ".join(errors))
    return out
