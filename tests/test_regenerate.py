"""The regeneration pipeline: fetch from a loopback server, drift report, check, determinism."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from spec_helpers import load_script


def tree_hash(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the parts of the project the pipeline touches."""
    dest = tmp_path / "project"
    dest.mkdir()
    # overlays/: the typed resource layer is regenerated (and checked) with generated/
    for name in ("scripts", "openapi", "generated", "templates", "overlays"):
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy(ROOT / "generator-config.yaml", dest)
    return dest


rehearsal = load_script("spec_sync_rehearsal", "spec_sync_rehearsal_for_regenerate")


@pytest.fixture
def published(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of openapi/ published the way docs.monk.com lays it out: (site, base URL)."""
    site = tmp_path / "site"
    rehearsal.publish(ROOT / "openapi", site)
    with rehearsal.docs_server(site) as url:
        yield site, url


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_fetch_of_unchanged_documents_changes_nothing(
    project: Path, published: tuple[Path, str]
) -> None:
    before = tree_hash(project / "openapi")
    done = run(project, "--fetch", "--fetch-only", "--base-url", published[1])
    assert done.returncode == 0, done.stderr
    assert "unchanged" in done.stdout
    assert tree_hash(project / "openapi") == before


def test_fetch_replaces_documents_writes_manifest_and_reports_drift(
    project: Path, published: tuple[Path, str]
) -> None:
    site, url = published
    rehearsal.modify(site)
    done = run(project, "--fetch", "--fetch-only", "--base-url", url)
    assert done.returncode == 0, done.stderr
    assert (project / "openapi" / "customers.yaml").read_bytes() == (
        site / "openapi" / "customers.yaml"
    ).read_bytes()
    manifest = json.loads((project / "openapi" / "manifest.json").read_text())
    assert manifest["source"] == url
    assert (
        manifest["documents"]["customers.yaml"]
        == hashlib.sha256((site / "openapi" / "customers.yaml").read_bytes()).hexdigest()
    )
    report = done.stdout
    assert "listCustomerNotes" in report or "/v1/customers/{customerId}/notes" in report
    assert "loyaltyTier" in report
    assert "legalName" in report
    assert "reak" in report  # the removed field is flagged as breaking
    assert not list(project.glob(".openapi-*")), "temporary directories were left behind"


@pytest.mark.parametrize("breakage", ["missing", "not-openapi", "invalid-yaml"])
def test_broken_download_changes_nothing(
    project: Path, published: tuple[Path, str], breakage: str
) -> None:
    site, url = published
    target = site / "openapi" / "pricing.yaml"
    if breakage == "missing":
        target.unlink()
    elif breakage == "not-openapi":
        target.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: 12\n")
    else:
        target.write_text("openapi: [3.1.0\n  : :\n")
    before = tree_hash(project / "openapi")
    done = run(project, "--fetch", "--fetch-only", "--base-url", url)
    assert done.returncode == 2
    assert "pricing.yaml" in done.stderr
    assert tree_hash(project / "openapi") == before
    assert not list(project.glob(".openapi-*"))


def test_unreachable_server_changes_nothing(project: Path) -> None:
    before = tree_hash(project / "openapi")
    done = run(project, "--fetch", "--fetch-only", "--base-url", "http://127.0.0.1:9")
    assert done.returncode == 2
    assert "download failed" in done.stderr
    assert tree_hash(project / "openapi") == before


def test_check_passes_in_step_and_fails_on_a_hand_edit(project: Path) -> None:
    done = run(project, "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    edited = project / "generated" / "models" / "customer.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    done = run(project, "--check")
    assert done.returncode == 1
    assert "generated/models/customer.py differs" in done.stdout
    # The request rules table and the resources are in generated/ too, and checked alike.
    table = project / "generated" / "request_table.py"
    table.write_text(table.read_text().replace('"maximum": 100', '"maximum": 1000', 1))
    done = run(project, "--check")
    assert "generated/request_table.py differs" in done.stdout


def test_request_table_follows_the_spec(project: Path) -> None:
    """A changed limit in the spec is stale in the table until it is rebuilt."""
    script = [sys.executable, str(project / "scripts" / "build_request_table.py")]
    assert subprocess.run([*script, "--check"], capture_output=True).returncode == 0
    bundle = project / "openapi" / "openapi.json"
    bundle.write_text(bundle.read_text().replace('"maxLength": 255', '"maxLength": 300', 1))
    assert subprocess.run([*script, "--check"], capture_output=True).returncode == 1
    assert subprocess.run(script, capture_output=True).returncode == 0
    assert "'maxLength': 300" in (project / "generated/request_table.py").read_text().replace(
        '"', "'"
    )


def test_check_fails_when_bundle_disagrees_with_yamls(project: Path) -> None:
    path = project / "openapi" / "usage.yaml"
    doc: dict[str, Any] = yaml.safe_load(path.read_text())
    doc["components"]["schemas"]["UsageCostResponse"]["properties"]["addedByHand"] = {
        "type": "string"
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    done = run(project, "--check")
    assert done.returncode == 2
    assert "disagrees" in done.stderr and "addedByHand" in done.stderr


def test_two_regenerations_are_byte_identical(project: Path) -> None:
    first = run(project)
    assert first.returncode == 0, first.stderr
    once = tree_hash(project / "generated")
    second = run(project)
    assert second.returncode == 0, second.stderr
    assert tree_hash(project / "generated") == once
    assert once == tree_hash(ROOT / "generated")
