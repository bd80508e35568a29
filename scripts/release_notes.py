#!/usr/bin/env python3
"""The release notes of one version: its section of CHANGELOG.md (docs/versioning.md).

    python scripts/release_notes.py             the notes of the version in overlays/monk/_version.py
    python scripts/release_notes.py 1.2.0       the notes of 1.2.0
    python scripts/release_notes.py --version   print the package's version and stop

Exit status 1 when CHANGELOG.md has no section for the version, or an empty one: a release
without notes is a mistake the release workflow should stop at.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
VERSION_FILE = ROOT / "overlays" / "monk" / "_version.py"
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\]")


def package_version() -> str:
    found = re.search(r'__version__\s*=\s*"([^"]+)"', VERSION_FILE.read_text(encoding="utf-8"))
    if not found:
        raise SystemExit(f"{VERSION_FILE}: no __version__")
    return found.group(1)


def notes(changelog: str, version: str) -> str | None:
    """The body of the ``## [version]`` section (without its heading), or None if absent."""
    lines: list[str] | None = None
    for line in changelog.splitlines():
        heading = HEADING.match(line)
        if heading:
            if lines is not None:
                break
            if heading.group("version") == version:
                lines = []
            continue
        if lines is not None:
            if line.startswith("[") and "]: " in line:  # the link references at the end
                continue
            lines.append(line)
    return "\n".join(lines).strip() if lines is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("version", nargs="?", help="default: the package's version")
    parser.add_argument("--version", dest="show", action="store_true", help="print the version")
    args = parser.parse_args(argv)
    if args.show:
        print(package_version())
        return 0
    version = args.version or package_version()
    body = notes(CHANGELOG.read_text(encoding="utf-8"), version)
    if not body:
        print(f"CHANGELOG.md has no notes for {version}", file=sys.stderr)
        return 1
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
