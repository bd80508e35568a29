"""Shared fixtures: where the spec, the fact sheets and the generated package are."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
SHEETS = ROOT.parent / "shared" / "monk-api"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The bundled spec the client is generated from."""
    return json.loads((OPENAPI / "openapi.json").read_text())


@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Cassettes can match request bodies as parsed JSON (``match_on=[..., "json_body"]``)."""
    from vcr_support import json_body

    vcr.register_matcher("json_body", json_body)


@pytest.fixture
def mock() -> Any:
    """A fresh ``monk.testing.MockMonk`` (a module may define its own, e.g. with other keys)."""
    from monk.testing import MockMonk

    return MockMonk()


@pytest.fixture
def server(mock: Any) -> Iterator[Any]:
    """``mock`` served over HTTP on 127.0.0.1 for the length of the test."""
    with mock.serve() as running:
        yield running


def require_sheets() -> Path:
    """The documentation fact sheets; CI always has them beside the checkout.

    Only where they cannot be (GitHub runners) does MONK_SKIP_SHEETS=1 turn the failure into a
    skip; where the sheets are present they are used whatever it says.
    """
    if not SHEETS.is_dir():
        if os.environ.get("MONK_SKIP_SHEETS") == "1":
            pytest.skip(f"{SHEETS} is missing and MONK_SKIP_SHEETS=1 (a GitHub runner)")
        if os.environ.get("CI"):
            pytest.fail(f"{SHEETS} is missing: ../shared must sit beside the checkout")
        pytest.skip("../shared/monk-api is not beside this checkout")
    return SHEETS
