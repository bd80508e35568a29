"""Every Python block of the README runs, in order, against monk.testing's mock.

Blocks share one namespace, as a reader's session would. Blocks hidden in HTML comments give the
others their setup (a database cursor, a contract) and check what they did (each webhook recipe
answers every verification failure with 400).
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from monk.testing import DEFAULT_API_KEY, MockMonk

ROOT = Path(__file__).resolve().parent.parent
# PYPI.md is the package's page on PyPI: often the first code a user copies.
DOCUMENTS = [ROOT / "README.md", ROOT / "PYPI.md", *sorted((ROOT / "docs").glob("**/*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
REQUIRES = re.compile(r"^# requires: (\w+)$", re.M)  # a block that needs an extra's package


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """(first line number, source) of every ```python block, hidden ones included."""
    text = path.read_text()
    return [(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in FENCE.finditer(text)]


@pytest.fixture
def mock_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MockMonk]:
    mock = MockMonk()
    with mock.serve() as server:
        monkeypatch.setenv("MONK_API_KEY", DEFAULT_API_KEY)
        monkeypatch.setenv("MONK_BASE_URL", server.url)
        monkeypatch.setenv("MONK_EVENTS_BASE_URL", server.url)
        monkeypatch.setenv("MONK_WEBHOOK_SECRET", "test_secret")
        monkeypatch.delenv("MONK_ENVIRONMENT", raising=False)
        monkeypatch.delenv("MONK_LOG", raising=False)
        monkeypatch.chdir(tmp_path)  # a block may write files (the dead-letter example)
        yield mock


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_python_block_runs(document: Path, mock_env: MockMonk) -> None:
    blocks = python_blocks(document)
    namespace: dict[str, object] = {"__name__": "readme"}
    for line, source in blocks:
        needed = REQUIRES.search(source)
        if needed and importlib.util.find_spec(needed.group(1)) is None:
            # An extra's block (monk-sdk[spark]) runs in that extra's nox session, which sets
            # MONK_README_ALL=1: there, and in CI's sessions that have it, nothing is skipped.
            if os.environ.get("MONK_README_ALL") == "1":
                pytest.fail(f"{document.name}:{line} needs {needed.group(1)}, which is missing")
            continue
        code = compile(source, f"{document.name}:{line}", "exec")
        try:
            exec(code, namespace)  # noqa: S102 (the README's own examples)
        except Exception as exc:
            exc.add_note(f"in the Python block at {document.name} line {line}")
            raise
    assert len(blocks) == document.read_text().count("```python")  # none skipped by the parser
    if document.name == "README.md":
        assert len(blocks) >= 25
        assert mock_env.requests, "the README's examples sent no request to the mock"
    if document.name == "PYPI.md":  # the loop reached the contract and priced it
        assert any("/usage" in call.path for call in mock_env.requests), mock_env.requests


def test_the_first_example_does_not_depend_on_the_loop_running(mock_env: MockMonk) -> None:
    """The first "Using it" block runs alone for a customer without contracts (no NameError)."""
    line, source = python_blocks(ROOT / "README.md")[0]
    exec(compile(source, f"README.md:{line}", "exec"), {"__name__": "readme"})  # noqa: S102
