"""A copy of the shipped package works under another import path (teams vendor it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import monk

SCRIPT = textwrap.dedent(
    """
    import sys
    import httpx
    from acme.vendor import monk as vendored

    def handler(request):
        assert request.url.path == "/v1/customers/cus_1"
        return httpx.Response(200, json={"data": {"id": "cus_1", "name": "Acme",
            "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}})

    client = vendored.Monk(api_key="mk_live_" + "0" * 48,
                           http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    customer = client.customers.get("cus_1")
    assert customer.name == "Acme", customer
    assert type(customer).__module__.startswith("acme.vendor.monk._generated."), type(customer)
    try:
        client.customers.create(name="x", contacts=[], not_a_field=1)
    except TypeError as exc:  # the typed signature refuses it before any request
        assert "not_a_field" in str(exc)
    assert vendored.webhooks.verify is not None
    leaked = sorted(name for name in sys.modules if name == "monk" or name.startswith("monk."))
    assert not leaked, leaked
    print("vendored ok")
    """
)


def run_vendored(root: Path) -> None:
    """Run SCRIPT against the copy at ``root/acme/vendor/monk``, with nothing else on the path."""
    (root / "acme" / "__init__.py").write_text("")
    (root / "acme" / "vendor" / "__init__.py").write_text("")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "vendored ok" in done.stdout


def test_vendored_copy_imports_nothing_from_the_top_level_name(tmp_path: Path) -> None:
    installed = Path(monk.__file__).parent
    target = tmp_path / "acme" / "vendor" / "monk"
    shutil.copytree(installed, target, symlinks=False, ignore=shutil.ignore_patterns("__pycache__"))
    run_vendored(tmp_path)


def test_the_documented_vendoring_command_gives_a_working_copy(tmp_path: Path) -> None:
    """README, "Vendoring": ``pip install --no-deps --target`` the wheel, move ``monk`` under
    your package. The source tree's ``overlays/monk`` alone is not the package (no
    ``_generated``), so the copy comes from the wheel, whose path the test session knows."""
    import os

    wheel = os.environ.get("MONK_WHEEL")
    if not wheel:
        import pytest

        pytest.skip("MONK_WHEEL is not set: nox -s tests sets it to the wheel under test")
    staging = tmp_path / "staging"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(staging), wheel],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (tmp_path / "acme" / "vendor").mkdir(parents=True)
    shutil.move(staging / "monk", tmp_path / "acme" / "vendor" / "monk")
    assert (tmp_path / "acme" / "vendor" / "monk" / "_generated" / "models").is_dir()
    run_vendored(tmp_path)
