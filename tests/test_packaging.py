"""What ships: the wheel built from the sdist holds the whole package, and is what runs here."""

from __future__ import annotations

import os
import tarfile
import zipfile
from pathlib import Path

import pytest

import monk

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


def shipped_wheel() -> Path:
    """The wheel the test session installed (nox passes it as MONK_WHEEL)."""
    wheel = os.environ.get("MONK_WHEEL")
    if not wheel:
        if os.environ.get("CI"):
            pytest.fail("MONK_WHEEL is not set: CI must test the wheel it built")
        pytest.skip("MONK_WHEEL is not set (run the tests with `nox -s tests`)")
    return Path(wheel)


def test_the_wheel_holds_every_generated_module() -> None:
    with zipfile.ZipFile(shipped_wheel()) as archive:
        names = set(archive.namelist())
    expected = {
        "monk/_generated/" + str(p.relative_to(GENERATED))
        for p in GENERATED.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert len(expected) > 100
    assert expected - names == set()
    assert "monk/py.typed" in names
    spec = (ROOT / "openapi" / "openapi.json").read_bytes()
    with zipfile.ZipFile(shipped_wheel()) as archive:
        assert archive.read("monk/testing/openapi.json") == spec  # the mock's spec is the client's


def test_the_wheel_was_built_from_an_sdist_that_holds_the_generated_code() -> None:
    sdists = list(shipped_wheel().parent.glob("*.tar.gz"))
    assert len(sdists) == 1, "the wheel must sit beside the sdist it was built from"
    with tarfile.open(sdists[0]) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert "generated/models/customer.py" in names
    assert "overlays/monk/_client.py" in names
    assert not any(n.startswith("overlays/monk/_generated") for n in names)


def test_the_package_under_test_is_the_installed_wheel_not_the_tree() -> None:
    shipped_wheel()
    package = Path(monk.__file__).resolve().parent
    assert "site-packages" in package.parts
    assert not package.is_relative_to(ROOT / "overlays")
    generated = (package / "_generated").resolve()
    assert generated.is_dir() and not (package / "_generated").is_symlink()
    assert generated.is_relative_to(package)


def test_the_source_tree_has_no_links() -> None:
    links = [
        p.relative_to(ROOT)
        for top in ("overlays", "generated", "tests", "scripts")
        for p in (ROOT / top).rglob("*")
        if p.is_symlink()
    ]
    assert links == []
