"""CONTRIBUTING.md's list of inferred parts is the spec's, and every operation says where it is from."""

from __future__ import annotations

from conftest import ROOT
from spec_helpers import load_script, load_spec, operations

provenance = load_script("provenance")

SPEC = load_spec()


def test_contributing_lists_exactly_the_inferred_parts() -> None:
    expected = provenance.markdown(provenance.inferred_parts(SPEC))
    assert provenance.document_section() == expected, "run: python scripts/provenance.py --write"


def test_the_user_pages_carry_no_list_of_inferred_parts() -> None:
    """The list is for maintainers: README.md and PYPI.md are for users."""
    for name in ("README.md", "PYPI.md"):
        text = (ROOT / name).read_text()
        assert "inferred:start" not in text, name
        assert "inferred parts of `openapi/openapi.json`" not in text, name


def test_every_operation_has_source_scope_tag_and_operation_id() -> None:
    seen_ids = set()
    for method, path, op in operations(SPEC):
        where = f"{method.upper()} {path}"
        assert op.get("x-monk-source", "").startswith("https://docs.monk.com/"), where
        assert op.get("x-monk-scope"), where
        assert len(op.get("tags", [])) == 1, where
        assert op["operationId"] not in seen_ids, where
        seen_ids.add(op["operationId"])


def test_every_inferred_part_says_what_it_was_inferred_from() -> None:
    parts = provenance.inferred_parts(SPEC)
    assert len(parts) > 100
    assert [where for where, note in parts if not note] == []


def test_spec_says_it_is_reconstructed() -> None:
    assert SPEC["info"]["x-monk-reconstructed"] is True
    assert "Reconstructed" in SPEC["info"]["description"]
