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
# PYPI.md is the package's page on PyPI: often the first code a user copies. CONTRIBUTING.md holds
# the maintainers' sections the README had (the docs site cuts pages from both).
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "PYPI.md",
    ROOT / "CONTRIBUTING.md",
    *sorted((ROOT / "docs").glob("**/*.md")),
]
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


def test_the_first_example_runs_alone_with_no_account(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's first screen: no MONK_API_KEY, no server, and it prints the priced usage."""
    for name in ("MONK_API_KEY", "MONK_BASE_URL", "MONK_EVENTS_BASE_URL", "MONK_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    text = (ROOT / "README.md").read_text()
    line, source = python_blocks(ROOT / "README.md")[0]
    assert text.index("```python") < text.index("\n## "), "the first example is on the first screen"
    assert "pip install monk-sdk" in text[: text.index("```python")]
    assert source.count("\n") <= 20 and "from monk.testing import MockMonk" in source
    exec(compile(source, f"README.md:{line}", "exec"), {"__name__": "readme"})  # noqa: S102
    assert capsys.readouterr().out.strip() == "0.06"


def test_the_using_it_example_does_not_depend_on_the_loop_running(mock_env: MockMonk) -> None:
    """The first "Using it" block runs alone for a customer without contracts (no NameError)."""
    text = (ROOT / "README.md").read_text()
    after = text.count("\n", 0, text.index("\n## Using it\n"))
    line, source = next((n, s) for n, s in python_blocks(ROOT / "README.md") if n > after)
    exec(compile(source, f"README.md:{line}", "exec"), {"__name__": "readme"})  # noqa: S102


def test_the_two_commands_work_where_pip_is_externally_managed() -> None:
    """The README's set-up commands make a virtualenv (PEP 668) and stay what CI runs."""
    text = (ROOT / "README.md").read_text()
    first_screen = text[: text.index("\n## ")]
    venv = "python3 -m venv .venv && .venv/bin/pip install -q nox && .venv/bin/nox"
    assert f"{venv} -s demo" in first_screen
    assert f"{venv} -t ci" in first_screen
    assert "python3-venv" in first_screen
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 -m pip install" in ci and "python3 -m nox -t ci" in ci
