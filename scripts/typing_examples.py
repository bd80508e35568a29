#!/usr/bin/env python3
"""Write the ```python blocks of README.md and PYPI.md as modules for the typing suite.

    python scripts/typing_examples.py [--out build/typing-examples]

Each document becomes one module (``readme_md.py``, ``pypi_md.py``): its blocks in order, hidden
ones (inside HTML comments) included, as tests/test_readme.py runs them, each preceded by a
``# README.md:<line>`` comment so a checker's error leads back to the document. A block marked
``# requires: <package>`` is kept only when that package is importable here (the typing venv);
otherwise it is left out and this says so on stderr. ``nox -s typing`` runs mypy and pyright on
the output (tests/typing/examples-mypy.ini, tests/typing/examples-pyrightconfig.json).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ("README.md", "PYPI.md")
OUT = ROOT / "build" / "typing-examples"
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)  # as tests/test_readme.py
REQUIRES = re.compile(r"^# requires: (\w+)$", re.M)


def module_of(document: Path) -> tuple[str, list[str]]:
    """(module source, the packages of the blocks left out) for one document."""
    text = document.read_text()
    parts = [
        f'"""The ```python blocks of {document.name}, in order (scripts/typing_examples.py)."""'
    ]
    skipped = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start(1)) + 1
        needed = [n for n in REQUIRES.findall(match.group(1)) if not importlib.util.find_spec(n)]
        if needed:
            skipped += needed
            parts.append(f"# {document.name}:{line}: left out (needs {', '.join(needed)})")
            continue
        parts.append(f"# {document.name}:{line}\n{match.group(1).rstrip()}")
    return "\n\n".join(parts) + "\n", skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in DOCUMENTS:
        source, skipped = module_of(ROOT / name)
        target = args.out / (name.lower().replace(".", "_") + ".py")
        target.write_text(source)
        note = f"; blocks left out, not installed here: {', '.join(skipped)}" if skipped else ""
        print(
            f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}{note}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
