"""Shared fixtures: where the spec, the fact sheets and the generated package are."""

from __future__ import annotations

import json
import os
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


def require_sheets() -> Path:
    """The documentation fact sheets; CI always has them beside the checkout."""
    if not SHEETS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHEETS} is missing: ../shared must sit beside the checkout")
        pytest.skip("../shared/monk-api is not beside this checkout")
    return SHEETS
