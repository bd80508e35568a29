"""scripts/spec_diff.py: the drift report between two versions of the spec, on small documents."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_helpers import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "spec_diff.py"


spec_diff = load_script("spec_diff")

Doc = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def base() -> Doc:
    """Two customer operations, a nested array of blocks, enums, a nullable date, $refs."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Example", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com", "description": "Production"}],
        "paths": {
            "/v1/customers": {
                "post": {
                    "operationId": "createCustomer",
                    "requestBody": {"required": True, **json_body(ref("CreateCustomerRequest"))},
                    "responses": {"201": json_body(ref("CustomerResponse"))},
                }
            },
            "/v1/customers/{customerId}": {
                "parameters": [
                    {
                        "name": "customerId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "get": {
                    "operationId": "getCustomer",
                    "parameters": [{"name": "expand", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": json_body(ref("CustomerResponse")),
                        "404": {"description": "not found"},
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "CustomerResponse": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {"data": ref("Customer")},
                },
                "Customer": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "balanceCents": {"type": "integer"},
                        "status": {"type": "string", "enum": ["active", "archived"]},
                        "pausedAt": {"type": ["string", "null"], "format": "date-time"},
                        "blocks": {"type": "array", "items": ref("Block")},
                    },
                },
                "Block": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string", "enum": ["open", "closed"]},
                        "amount": {"type": "integer"},
                    },
                },
                "CreateCustomerRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "legalName": {"type": "string"}},
                },
            }
        },
    }


def changed(edit: Callable[[Doc], None]) -> tuple[Doc, Doc]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return old, new


def markdown(edit: Callable[[Doc], None]) -> str:
    old, new = changed(edit)
    return str(spec_diff.render_markdown(spec_diff.diff_specs(old, new)))


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- ")]


def schemas(doc: Doc) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


GET = "- `GET /v1/customers/{customerId}` (getCustomer): "
POST = "- `POST /v1/customers` (createCustomer): "


def test_nothing_changed() -> None:
    report = spec_diff.diff_specs(base(), base())
    assert report.changes == []
    assert spec_diff.render_markdown(report) == "No changes."
    assert json.loads(spec_diff.render_json(report)) == []


def test_field_added() -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["Customer"]["properties"]["nickname"] = {"type": "string"}

    assert markdown(edit) == "\n".join(
        [
            "# API spec drift",
            "",
            "No breaking changes; 2 additions, 0 other changes.",
            "",
            "## Additions",
            "",
            POST + "response 201 field `data.nickname` added",
            GET + "response 200 field `data.nickname` added",
        ]
    )


def test_field_removed_is_breaking_and_listed_first() -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["Customer"]["properties"]["balanceCents"]
        schemas(doc)["Customer"]["properties"]["nickname"] = {"type": "string"}

    text = markdown(edit)
    assert text.splitlines()[:5] == [
        "# API spec drift",
        "",
        "**⚠ 2 breaking changes**, 2 additions, 0 other changes.",
        "",
        "## ⚠ Breaking changes",
    ]
    breaking = text.split("## Additions")[0]
    assert lines(breaking) == [
        POST + "response 201 field `data.balanceCents` removed",
        GET + "response 200 field `data.balanceCents` removed",
    ]


def test_removed_object_reports_only_the_object() -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["Customer"]["properties"]["blocks"]

    assert lines(markdown(edit)) == [
        POST + "response 201 field `data.blocks` removed",
        GET + "response 200 field `data.blocks` removed",
    ]


def test_type_and_format_changed() -> None:
    def edit(doc: Doc) -> None:
        props = schemas(doc)["Customer"]["properties"]
        props["balanceCents"] = {"type": "string"}
        props["pausedAt"]["format"] = "date"

    report = spec_diff.diff_specs(*changed(edit))
    assert all(c.breaking for c in report.changes)
    assert {c.kind for c in report.changes} == {"type-changed"}
    assert lines(spec_diff.render_markdown(report)) == [
        POST + "response 201 field `data.balanceCents` type changed: `integer` → `string`",
        POST + "response 201 field `data.pausedAt` format changed: `date-time` → `date`",
        GET + "response 200 field `data.balanceCents` type changed: `integer` → `string`",
        GET + "response 200 field `data.pausedAt` format changed: `date-time` → `date`",
    ]


def test_enum_value_added_and_removed() -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["Customer"]["properties"]["status"]["enum"] = ["active", "paused"]

    text = markdown(edit)
    assert GET + "response 200 field `data.status` enum value `archived` removed" in lines(
        text.split("## Additions")[0]
    )
    assert GET + "response 200 field `data.status` enum value `paused` added" in lines(
        text.split("## Additions")[1]
    )


def test_enum_value_added_is_an_addition() -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["Customer"]["properties"]["status"]["enum"].append("paused")

    report = spec_diff.diff_specs(*changed(edit))
    assert not report.breaking and not report.other
    assert [c.kind for c in report.additions] == ["enum-value-added"] * 2


def test_operation_removed() -> None:
    def edit(doc: Doc) -> None:
        del doc["paths"]["/v1/customers"]

    old, new = changed(edit)
    report = spec_diff.diff_specs(old, new)
    assert [(c.kind, c.location, c.operation_id, c.breaking) for c in report.changes] == [
        ("operation-removed", "POST /v1/customers", "createCustomer", True)
    ]
    assert lines(spec_diff.render_markdown(report)) == [POST + "operation removed"]


def test_operation_added() -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/v1/customers"]["get"] = {
            "operationId": "listCustomers",
            "responses": {"200": {"description": "ok"}},
        }

    assert lines(markdown(edit)) == ["- `GET /v1/customers` (listCustomers): operation added"]


def test_parameter_made_required() -> None:
    def edit(doc: Doc) -> None:
        doc["paths"]["/v1/customers/{customerId}"]["get"]["parameters"][0]["required"] = True

    report = spec_diff.diff_specs(*changed(edit))
    assert [(c.kind, c.field, c.breaking) for c in report.changes] == [
        ("parameter-required", "expand", True)
    ]
    assert lines(spec_diff.render_markdown(report)) == [
        GET + "parameter `expand` (query) made required"
    ]


def test_parameters_added_removed_and_retyped() -> None:
    def edit(doc: Doc) -> None:
        get = doc["paths"]["/v1/customers/{customerId}"]["get"]
        get["parameters"] = [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}},
        ]
        doc["paths"]["/v1/customers/{customerId}"]["parameters"][0]["schema"] = {
            "type": "string",
            "format": "uuid",
        }

    text = markdown(edit)
    assert lines(text.split("## Additions")[0]) == [
        GET + "parameter `customerId` (path) format changed: `none` → `uuid`",
        GET + "parameter `expand` (query) removed",
        GET + "parameter `X-Trace` (header) added (required)",
    ]
    assert lines(text.split("## Additions")[1]) == [GET + "parameter `limit` (query) added"]


def test_nested_array_field() -> None:
    def edit(doc: Doc) -> None:
        block = schemas(doc)["Block"]["properties"]
        block["status"]["enum"] = ["open"]
        block["note"] = {"type": "string"}

    report = spec_diff.diff_specs(*changed(edit))
    assert {c.field for c in report.changes} == {"data.blocks[].status", "data.blocks[].note"}
    assert lines(spec_diff.render_markdown(report)) == [
        POST + "response 201 field `data.blocks[].status` enum value `closed` removed",
        GET + "response 200 field `data.blocks[].status` enum value `closed` removed",
        POST + "response 201 field `data.blocks[].note` added",
        GET + "response 200 field `data.blocks[].note` added",
    ]


def test_ref_resolution_request_body_and_shared_responses() -> None:
    def edit(doc: Doc) -> None:
        schemas(doc)["CreateCustomerRequest"]["required"] = ["name", "legalName"]
        # the same response, now through a chain of component $refs: no change
        doc["components"]["responses"] = {
            "Found": {"$ref": "#/components/responses/FoundBody"},
            "FoundBody": json_body(ref("CustomerResponse")),
        }
        doc["paths"]["/v1/customers/{customerId}"]["get"]["responses"]["200"] = {
            "$ref": "#/components/responses/Found"
        }

    report = spec_diff.diff_specs(*changed(edit))
    assert [(c.kind, c.field, c.breaking) for c in report.changes] == [
        ("field-required", "legalName", True)
    ]
    assert lines(spec_diff.render_markdown(report)) == [
        POST + "request body field `legalName` made required"
    ]


def test_request_fields_added_required_or_optional() -> None:
    def edit(doc: Doc) -> None:
        request = schemas(doc)["CreateCustomerRequest"]
        request["properties"]["email"] = {"type": "string"}
        request["properties"]["currency"] = {"type": "string"}
        request["required"].append("currency")

    report = spec_diff.diff_specs(*changed(edit))
    assert [(c.detail, c.category) for c in report.changes] == [
        ("request body field `currency` added (required)", "breaking"),
        ("request body field `email` added", "addition"),
    ]


def test_nullability_with_openapi_31_type_lists() -> None:
    def edit(doc: Doc) -> None:
        props = schemas(doc)["Customer"]["properties"]
        props["pausedAt"]["type"] = "string"  # was ["string", "null"]
        props["balanceCents"]["type"] = ["integer", "null"]

    text = markdown(edit)
    assert GET + "response 200 field `data.pausedAt` no longer nullable" in lines(text)
    assert GET + "response 200 field `data.balanceCents` made nullable" in lines(text)
    assert "type changed" not in text


def test_all_of_one_of_and_any_of_are_merged() -> None:
    def edit(doc: Doc) -> None:
        s = schemas(doc)
        # the same fields, reorganised: no change
        s["Customer"] = {
            "allOf": [
                {"$ref": "#/components/schemas/CustomerBase"},
                {
                    "type": "object",
                    "properties": {
                        "balanceCents": {"type": "integer"},
                        "status": {"type": "string", "enum": ["active", "archived"]},
                        "pausedAt": {
                            "anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]
                        },
                        "blocks": {"type": "array", "items": ref("Block")},
                    },
                },
            ]
        }
        s["CustomerBase"] = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        }
        s["Block"]["properties"]["amount"] = {"oneOf": [{"type": "integer"}, {"type": "string"}]}

    report = spec_diff.diff_specs(*changed(edit))
    assert [c.detail for c in report.changes] == [
        "response 201 field `data.blocks[].amount` type changed: `integer` → `integer|string`",
        "response 200 field `data.blocks[].amount` type changed: `integer` → `integer|string`",
        "schema `CustomerBase` added",
    ]


def test_recursive_schema_terminates_and_diffs() -> None:
    old = base()
    schemas(old)["Block"]["properties"]["children"] = {"type": "array", "items": ref("Block")}
    assert spec_diff.diff_specs(old, copy.deepcopy(old)).changes == []

    added = spec_diff.diff_specs(base(), old)
    assert [c.field for c in added.changes] == ["data.blocks[].children"] * 2

    new = copy.deepcopy(old)
    schemas(new)["Block"]["properties"]["children"]["items"] = ref("Customer")
    assert lines(spec_diff.render_markdown(spec_diff.diff_specs(old, new)))[1] == (
        GET + "response 200 field `data.blocks[].children[]` type changed: "
        "`object (recursive Block)` → `object (recursive Customer)`"
    )


def test_status_codes_and_servers() -> None:
    def edit(doc: Doc) -> None:
        responses = doc["paths"]["/v1/customers"]["post"]["responses"]
        responses["200"] = responses.pop("201")
        doc["servers"].append({"url": "https://sandbox.example.com"})

    report = spec_diff.diff_specs(*changed(edit))
    assert [(c.location, c.detail, c.category) for c in report.changes] == [
        ("servers", "server `https://sandbox.example.com` added", "addition"),
        ("POST /v1/customers", "response 201 removed", "breaking"),
        ("POST /v1/customers", "response 200 added", "addition"),
    ]


def test_schema_removed_and_unused_schema_diffed() -> None:
    def edit(doc: Doc) -> None:
        s = schemas(doc)
        del s["Block"]["properties"]  # keep Block, but it is still referenced
        s["WebhookPayload"] = {"type": "object", "properties": {"kind": {"enum": ["a", "b"]}}}

    old, new = changed(edit)
    schemas(old)["WebhookPayload"] = {"type": "object", "properties": {"kind": {"enum": ["a"]}}}
    schemas(old)["Legacy"] = {"type": "object"}
    report = spec_diff.diff_specs(old, new)
    rendered = lines(spec_diff.render_markdown(report))
    assert (
        "- `components.schemas.Legacy`: schema `Legacy` removed (its generated model is gone)"
        in (rendered)
    )
    assert "- `components.schemas.WebhookPayload`: field `kind` enum value `b` added" in rendered


def test_report_sections_and_json() -> None:
    def edit(doc: Doc) -> None:
        del schemas(doc)["Customer"]["properties"]["balanceCents"]
        schemas(doc)["CreateCustomerRequest"]["required"] = []

    report = spec_diff.diff_specs(*changed(edit))
    assert len(report.breaking) == 2 and not report.additions
    assert [c.detail for c in report.other] == ["request body field `name` made optional"]
    text = spec_diff.render_markdown(report)
    assert text.index("## ⚠ Breaking changes") < text.index("## Other changes")
    as_json = json.loads(spec_diff.render_json(report))
    assert [c["kind"] for c in as_json] == ["field-optional", "field-removed", "field-removed"]
    assert as_json[1] == {
        "category": "breaking",
        "breaking": True,
        "kind": "field-removed",
        "location": "POST /v1/customers",
        "operation_id": "createCustomer",
        "field": "data.balanceCents",
        "detail": "response 201 field `data.balanceCents` removed",
    }


def write_directory(directory: Path, doc: Doc) -> None:
    """Split a document into two YAMLs (customers on the REST host, events on their own)."""
    directory.mkdir()
    customers = {k: v for k, v in doc.items() if k != "paths"}
    customers["paths"] = doc["paths"]
    events: Doc = {
        "openapi": "3.1.0",
        "info": {"title": "Events", "version": "1.0.0"},
        "servers": [{"url": "https://events.example.com"}],
        "paths": {
            "/v1/events": {
                "post": {
                    "operationId": "createEvent",
                    "requestBody": json_body(ref("Event")),
                    "responses": {"202": {"description": "accepted"}},
                }
            }
        },
        "components": {"schemas": {"Event": {"type": "object", "properties": doc["x-event"]}}},
    }
    del customers["x-event"]
    (directory / "customers.yaml").write_text(yaml.safe_dump(customers, sort_keys=False))
    (directory / "events.yml").write_text(yaml.safe_dump(events, sort_keys=False))
    (directory / "manifest.json").write_text('{"documents": {}}')  # not OpenAPI: skipped
    (directory / "openapi.json").write_text(json.dumps({"openapi": "3.1.0", "paths": {}}))


def test_directory_of_two_yaml_documents(tmp_path: Path) -> None:
    old_doc = base() | {"x-event": {"name": {"type": "string"}}}
    new_doc = base() | {"x-event": {"name": {"type": "string"}, "value": {"type": "number"}}}
    write_directory(tmp_path / "old", old_doc)
    write_directory(tmp_path / "new", new_doc)
    merged = spec_diff.load_spec(tmp_path / "old")
    # the YAMLs are merged (the stale openapi.json beside them is ignored)
    assert sorted(merged["paths"]) == ["/v1/customers", "/v1/customers/{customerId}", "/v1/events"]
    assert merged["servers"] == [{"url": "https://api.example.com", "description": "Production"}]
    assert merged["paths"]["/v1/events"]["servers"] == [{"url": "https://events.example.com"}]
    assert "Event" in merged["components"]["schemas"] and "Block" in merged["components"]["schemas"]
    report = spec_diff.diff_specs(merged, spec_diff.load_spec(tmp_path / "new"))
    assert lines(spec_diff.render_markdown(report)) == [
        "- `POST /v1/events` (createEvent): request body field `value` added"
    ]


def test_directory_without_yamls_reads_openapi_json(tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text(json.dumps(base()))
    (tmp_path / "manifest.json").write_text("{}")
    assert spec_diff.load_spec(tmp_path) == base()


def test_conflicting_documents_in_a_directory(tmp_path: Path) -> None:
    first, second = base(), base()
    schemas(second)["Block"] = {"type": "string"}
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(first))
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(second))
    with pytest.raises(spec_diff.SpecError, match=r"components\.schemas\.Block differs"):
        spec_diff.load_spec(tmp_path)


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_exit_codes_and_formats(tmp_path: Path) -> None:
    old, new = changed(lambda doc: doc["paths"].pop("/v1/customers"))
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))

    done = run_cli(tmp_path / "old.json", tmp_path / "new.yaml", "--fail-on-breaking")
    assert done.returncode == 1, done.stderr
    assert "## ⚠ Breaking changes" in done.stdout
    assert POST + "operation removed" in done.stdout.splitlines()

    done = run_cli(tmp_path / "old.json", tmp_path / "new.yaml")
    assert done.returncode == 0, done.stderr

    done = run_cli(tmp_path / "new.yaml", tmp_path / "old.json", "--fail-on-breaking")
    assert done.returncode == 0, done.stderr  # the reverse only adds an operation
    assert "## Additions" in done.stdout

    done = run_cli(tmp_path / "old.json", tmp_path / "old.json", "--format", "json")
    assert (done.returncode, done.stdout) == (0, "[]\n")
    done = run_cli(tmp_path / "old.json", tmp_path / "old.json")
    assert (done.returncode, done.stdout) == (0, "No changes.\n")

    done = run_cli(tmp_path / "old.json", tmp_path / "missing.yaml")
    assert done.returncode == 2 and "missing.yaml" in done.stderr


# --- the proposed release (docs/versioning.md) ---------------------------------------------


def test_a_removed_or_retyped_field_proposes_a_major_release() -> None:
    def removed(doc: Doc) -> None:
        del schemas(doc)["Customer"]["properties"]["balanceCents"]

    def retyped(doc: Doc) -> None:
        schemas(doc)["Customer"]["properties"]["balanceCents"] = {"type": "string"}

    for edit in (removed, retyped):
        report = spec_diff.diff_specs(*changed(edit))
        assert spec_diff.proposed_bump(report) == "major"
        assert spec_diff.render_bump(report, "1.4.2").startswith("**Proposed release: 2.0.0**")


def test_an_added_field_proposes_a_minor_release_and_nothing_none() -> None:
    def added(doc: Doc) -> None:
        schemas(doc)["Customer"]["properties"]["nickname"] = {"type": "string"}

    report = spec_diff.diff_specs(*changed(added))
    assert spec_diff.proposed_bump(report) == "minor"
    assert "**Proposed release: 1.5.0**" in spec_diff.render_bump(report, "1.4.2")
    unchanged = spec_diff.diff_specs(base(), base())
    assert spec_diff.proposed_bump(unchanged) is None
    assert spec_diff.next_version("0.1.0", "patch") == "0.1.1"
    with pytest.raises(spec_diff.SpecError):
        spec_diff.next_version("one", "major")
