"""``nox -s typing`` type-checks README.md's and PYPI.md's examples: scripts/typing_examples.py
writes every ```python block (hidden ones too, in order) into one module per document, leaving
out only the blocks whose ``# requires:`` package is not installed."""

from __future__ import annotations

from pathlib import Path

from spec_helpers import load_script

ROOT = Path(__file__).resolve().parent.parent


def test_every_block_of_both_documents_is_in_its_module(tmp_path: Path) -> None:
    script = load_script("typing_examples")
    assert script.main(["--out", str(tmp_path)]) == 0
    for name, module in (("README.md", "readme_md.py"), ("PYPI.md", "pypi_md.py")):
        text = (ROOT / name).read_text()
        written = (tmp_path / module).read_text()
        assert written.count(f"# {name}:") == text.count("```python") > 0
        compile(written, module, "exec")  # one module that parses


def test_a_block_needing_an_absent_package_is_left_out_and_said_so(tmp_path: Path) -> None:
    document = tmp_path / "DOC.md"
    document.write_text(
        "```python\nx = 1\n```\n<!--\n```python\ny = x + 1\n```\n-->\n"
        "```python\n# requires: no_such_package_here\nimport no_such_package_here\n```\n"
    )
    source, skipped = load_script("typing_examples").module_of(document)
    assert skipped == ["no_such_package_here"]
    assert "x = 1" in source and "y = x + 1" in source  # the hidden block too, after the first
    assert source.index("x = 1") < source.index("y = x + 1")
    assert "import no_such_package_here" not in source
    assert "# DOC.md:10: left out (needs no_such_package_here)" in source
