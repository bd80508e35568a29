"""MkDocs hooks of the docs site (mkdocs.yml ``hooks:``).

literate-nav reads the navigation from SUMMARY.md (written by scripts/docs_pages.py); the file
itself is not a page of the site. Once literate-nav has read it, it is excluded from the build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel

NAV_FILE = "SUMMARY.md"


@event_priority(-200)  # after literate-nav (-100), which reads the file in its on_files
def on_files(files: Files, config: MkDocsConfig) -> None:
    nav = files.get_file_from_path(NAV_FILE)
    if nav is not None:
        nav.inclusion = InclusionLevel.EXCLUDED
